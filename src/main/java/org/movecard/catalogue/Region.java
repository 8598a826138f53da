package org.movecard.catalogue;

import java.util.List;

/**
 * A body region a move targets (upper back …). {@code zone}, optional, names the zone it covers on
 * the standard body map, so documents can draw a region map; {@code null} means no map.
 */
public record Region(String id, String label, String zone) {
    /** The zones of the standard body map, from the top down; {@code zone} names one of them. */
    public static final List<String> ZONES = List.of("neck", "shoulders", "upper-back", "middle-back", "lower-back",
            "hips");

    public Region {
        id = Text.requireId(id, "region id");
        label = Text.requireText(label, "region label");
        zone = Text.optionalText(zone, "region zone");
    }

    /** How a catalogue writes a region. */
    static final JsonFields.Shape<Region> JSON = JsonFields.Shape.of(Region.class,
            f -> new Region(f.requiredText("id"), f.requiredText("label"), f.text("zone")), "id", "label", "zone");
}
