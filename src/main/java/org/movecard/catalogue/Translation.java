package org.movecard.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue's text in another language, keyed by the catalogue's ids: its title and intro, the
 * labels of its settings and regions, its safety box, and each move's words (name, steps, feel
 * note, equipment, tips, the dose's {@code repeatUnit} and the figure's {@code alt}). Everything
 * else (ids, doses, figures, videos) stays the catalogue's. {@link TranslationReader} checks that it
 * matches its catalogue entry for entry; {@link #apply} then gives the catalogue in that language.
 */
public record Translation(String catalogue, String language, String title, String intro,
                          Map<String, String> settings, Map<String, String> regions, Safety safety,
                          Map<String, MoveText> moves) {
    public Translation {
        catalogue = Text.requireId(catalogue, "catalogue");
        language = Text.requireText(language, "language");
        title = Text.requireText(title, "title");
        intro = Text.optionalText(intro, "intro");
        settings = texts(settings, "settings");
        regions = texts(regions, "regions");
        if (safety == null) {
            throw new IllegalArgumentException("safety is required");
        }
        moves = moves == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(moves));
    }

    private static Map<String, String> texts(Map<String, String> map, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((id, text) -> out.put(id, Text.requireText(text, what + " " + id)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** How a translation file writes it: settings, regions and moves are keyed by the catalogue's ids. */
    static final JsonFields.Shape<Translation> JSON = JsonFields.Shape.of(Translation.class,
            f -> new Translation(f.requiredText("catalogue"), f.requiredText("language"), f.requiredText("title"),
                    f.text("intro"), f.requiredMap("settings", JsonFields.TEXT), f.requiredMap("regions", JsonFields.TEXT),
                    f.requiredValue("safety", Safety.JSON), f.requiredMap("moves", MoveText.JSON)),
            "catalogue", "language", "title", "intro", "settings", "regions", "safety", "moves");

    /** One move's words; lists have as many entries as the catalogue's, in the same order. */
    public record MoveText(String name, List<String> steps, String feel, List<String> equipment, List<String> tips,
                           String repeatUnit, String alt) {
        public MoveText {
            name = Text.requireText(name, "move name");
            steps = Text.requireTexts(steps, "steps");
            feel = Text.optionalText(feel, "feel");
            equipment = equipment == null ? List.of() : Text.requireTexts(equipment, "equipment");
            tips = tips == null ? List.of() : Text.requireTexts(tips, "tips");
            repeatUnit = Text.optionalText(repeatUnit, "repeatUnit");
            alt = Text.optionalText(alt, "alt");
        }

        /** How a translation writes one move's words. */
        static final JsonFields.Shape<MoveText> JSON = JsonFields.Shape.of(MoveText.class,
                f -> new MoveText(f.requiredText("name"), f.requiredTexts("steps"), f.text("feel"), f.texts("equipment"),
                        f.texts("tips"), f.text("repeatUnit"), f.text("alt")),
                "name", "steps", "feel", "equipment", "tips", "repeatUnit", "alt");
    }

    /** The catalogue in this translation's language; call only after the reader has matched the two. */
    public Catalogue apply(Catalogue original) {
        List<Setting> newSettings = original.settings().stream()
                .map(s -> new Setting(s.id(), settings.get(s.id()))).toList();
        List<Region> newRegions = original.regions().stream()
                .map(r -> new Region(r.id(), regions.get(r.id()), r.zone())).toList();
        List<Move> newMoves = new ArrayList<>();
        for (Move m : original.moves()) {
            MoveText t = moves.get(m.id());
            Dose dose = m.dose() == null ? null
                    : new Dose(m.dose().holdSeconds(), m.dose().repeat(), t.repeatUnit(), m.dose().eachSide());
            Figure figure = m.figure() == null ? null : m.figure().withAlt(t.alt());
            newMoves.add(new Move(m.id(), t.name(), m.setting(), m.regions(), t.steps(), t.feel(),
                    t.equipment().isEmpty() ? null : t.equipment(), t.tips().isEmpty() ? null : t.tips(), dose,
                    m.variationOf(), m.video(), figure));
        }
        return new Catalogue(original.id(), title, language, intro, newSettings, newRegions, safety, newMoves);
    }
}
