package org.movecard.catalogue;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A catalogue of moves with the settings and regions it declares and its safety text. After
 * {@link CatalogueReader} has run, every move's setting and regions exist and ids are unique.
 * {@code language} is a BCP 47 tag ("en" when absent); {@code intro} an optional short paragraph.
 */
public record Catalogue(String id, String title, String language, String intro, List<Setting> settings,
                        List<Region> regions, Safety safety, List<Move> moves) {
    public static final String DEFAULT_LANGUAGE = "en";

    public Catalogue {
        id = Text.requireId(id, "catalogue id");
        title = Text.requireText(title, "catalogue title");
        language = language == null ? DEFAULT_LANGUAGE : requireLanguageTag(Text.requireText(language, "language"));
        intro = Text.optionalText(intro, "intro");
        settings = Text.requireNonEmpty(settings, "settings");
        regions = Text.requireNonEmpty(regions, "regions");
        if (safety == null) {
            throw new IllegalArgumentException("safety is required");
        }
        moves = Text.requireNonEmpty(moves, "moves");
    }

    /** The tag goes into the PDF's /Lang and XMP as is, so it must be BCP 47 and nothing else. */
    private static String requireLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw new Text.Problem("language must be a BCP 47 language tag, not \"" + tag + "\"",
                    "write a language tag such as \"en\", \"en-GB\" or \"de-CH\"");
        }
        return tag;
    }

    /** How a catalogue file writes it: the one place its field names are declared, in the documented order. */
    static final JsonFields.Shape<Catalogue> JSON = JsonFields.Shape.of(Catalogue.class,
            f -> new Catalogue(f.requiredText("id"), f.requiredText("title"), f.text("language"), f.text("intro"),
                    f.requiredValues("settings", Setting.JSON), f.requiredValues("regions", Region.JSON),
                    f.requiredValue("safety", Safety.JSON), f.requiredValues("moves", Move.JSON)),
            "id", "title", "language", "intro", "settings", "regions", "safety", "moves");

    public Optional<Setting> setting(String settingId) {
        return settings.stream().filter(s -> s.id().equals(settingId)).findFirst();
    }

    public Optional<Region> region(String regionId) {
        return regions.stream().filter(r -> r.id().equals(regionId)).findFirst();
    }

    public Optional<Move> move(String moveId) {
        return moves.stream().filter(m -> m.id().equals(moveId)).findFirst();
    }
}
