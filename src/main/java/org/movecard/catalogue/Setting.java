package org.movecard.catalogue;


/** Where a move is done (chair, standing, floor …); the catalogue's order is the routine order. */
public record Setting(String id, String label) {
    public Setting {
        id = Text.requireId(id, "setting id");
        label = Text.requireText(label, "setting label");
    }

    /** How a catalogue writes a setting. */
    static final JsonFields.Shape<Setting> JSON = JsonFields.Shape.of(Setting.class,
            f -> new Setting(f.requiredText("id"), f.requiredText("label")), "id", "label");
}
