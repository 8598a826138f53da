package org.movecard.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One move of a catalogue. Required: id, name, setting (a setting id), regions (region ids, at
 * least one) and steps (at least one, none blank). The rest is optional: {@code feel} (the "You'll
 * feel this in …" sentence), equipment, tips, dose, {@code variationOf} (another move's id) and a
 * demonstration {@code video} URL, and a {@code figure} (a pictogram of the move; null when none).
 */
public record Move(String id, String name, String setting, List<String> regions, List<String> steps,
                   String feel, List<String> equipment, List<String> tips, Dose dose,
                   String variationOf, String video, Figure figure) {
    /** A move without a figure. */
    public Move(String id, String name, String setting, List<String> regions, List<String> steps, String feel,
                List<String> equipment, List<String> tips, Dose dose, String variationOf, String video) {
        this(id, name, setting, regions, steps, feel, equipment, tips, dose, variationOf, video, null);
    }

    /**
     * The most a QR code can hold at medium error correction (version 40-M: 2334 data codewords,
     * less the byte-mode header and the UTF-8 ECI marker), so every accepted link can be printed.
     */
    public static final int MAX_VIDEO_BYTES = 2330;

    public Move {
        id = Text.requireId(id, "move id");
        name = Text.requireText(name, "move name");
        setting = Text.requireId(setting, "move setting");
        regions = Text.requireIds(regions, "move regions");
        steps = Text.requireTexts(steps, "steps");
        feel = Text.optionalText(feel, "feel");
        equipment = equipment == null ? List.of() : Text.requireTexts(equipment, "equipment");
        tips = tips == null ? List.of() : Text.requireTexts(tips, "tips");
        variationOf = variationOf == null ? null : Text.requireId(variationOf, "variationOf");
        video = Text.optionalText(video, "video");
        if (video != null && !(video.startsWith("https://") || video.startsWith("http://"))) {
            throw new IllegalArgumentException("video must be an http:// or https:// URL");
        }
        if (video != null && video.getBytes(StandardCharsets.UTF_8).length > MAX_VIDEO_BYTES) {
            throw new Text.Problem("video must be at most " + MAX_VIDEO_BYTES + " bytes to fit in a QR code, found "
                    + video.getBytes(StandardCharsets.UTF_8).length,
                    "use a shorter link to the video (drop tracking parameters, or use the site's share link)");
        }
    }

    /** How a catalogue writes a move. */
    static final JsonFields.Shape<Move> JSON = JsonFields.Shape.of(Move.class,
            f -> new Move(f.requiredText("id"), f.requiredText("name"), f.requiredText("setting"),
                    f.requiredTexts("regions"), f.requiredTexts("steps"), f.text("feel"), f.texts("equipment"),
                    f.texts("tips"), f.value("dose", Dose.JSON), f.text("variationOf"), f.text("video"),
                    f.value("figure", Figure.JSON)),
            "id", "name", "setting", "regions", "steps", "feel", "equipment", "tips", "dose", "variationOf", "video",
            "figure");
}
