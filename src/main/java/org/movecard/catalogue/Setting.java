package org.movecard.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a move is done (chair, standing, floor …); the catalogue's order is the routine order. */
public record Setting(String id, String label) {
    public Setting {
        id = Text.requireId(id, "setting id");
        label = Text.requireText(label, "setting label");
    }

    @JsonCreator
    static Setting json(@JsonProperty(value = "id", required = true) String id,
                        @JsonProperty(value = "label", required = true) String label) {
        return new Setting(id, label);
    }
}
