package org.movecard.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    @JsonCreator
    static Region json(@JsonProperty(value = "id", required = true) String id,
                       @JsonProperty(value = "label", required = true) String label,
                       @JsonProperty("zone") String zone) {
        return new Region(id, label, zone);
    }
}
