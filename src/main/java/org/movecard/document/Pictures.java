package org.movecard.document;

import java.util.List;
import java.util.Set;
import org.movecard.catalogue.Figure;

/**
 * What a move shows besides text: its figure (or null), the body-map zones of its target regions
 * ({@code targets}) among the zones the catalogue uses ({@code zones}), and a video link (or null);
 * with the words that go with them in the document's language: the map in words for screen
 * readers, the caption under the video's QR code and the code in words.
 */
public record Pictures(Figure figure, List<String> zones, Set<String> targets, String video, String mapAlt,
                       String videoCaption, String videoAlt) {
    /** Nothing to show. */
    public static final Pictures NONE = new Pictures(null, List.of(), Set.of(), null, "-", "-", "-");

    public Pictures {
        zones = List.copyOf(zones);
        targets = Set.copyOf(targets);
        Block.Texts.require(mapAlt, "map description");
        Block.Texts.require(videoCaption, "video caption");
        Block.Texts.require(videoAlt, "video description");
    }
}
