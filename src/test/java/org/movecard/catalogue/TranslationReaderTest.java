package org.movecard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Translations are read as strictly as catalogues and must match theirs entry for entry. */
class TranslationReaderTest {
    private static final Catalogue BUNDLED = CatalogueReader.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "pt"})
    void everyBundledTranslationMatchesTheCatalogueAndKeepsItsFacts(String language) {
        Catalogue translated = TranslationReader.bundled(language).orElseThrow();
        assertThat(translated.language()).isEqualTo(language);
        assertThat(translated.moves()).hasSameSizeAs(BUNDLED.moves());
        for (int i = 0; i < BUNDLED.moves().size(); i++) {
            Move en = BUNDLED.moves().get(i);
            Move other = translated.moves().get(i);
            assertThat(other.id()).isEqualTo(en.id());
            assertThat(other.dose() == null ? null : other.dose().holdSeconds())
                    .isEqualTo(en.dose() == null ? null : en.dose().holdSeconds());
            assertThat(other.steps()).hasSameSizeAs(en.steps()).doesNotContainAnyElementsOf(en.steps());
            assertThat(other.figure().withAlt(en.figure().alt())).isEqualTo(en.figure());
            assertThat(other.figure().alt()).isNotEqualTo(en.figure().alt());
        }
    }

    @Test
    void aMissingStepIsPlacedAtItsLineAndColumn() throws IOException {
        String json = es().replaceFirst("\"Siéntese en una silla de respaldo firme[^\"]*\",\\s*", "");
        CatalogueError e = error(json);
        assertThat(e.path()).isEqualTo("/moves/chair-lean-back/steps");
        assertThat(e.getMessage()).contains("steps: the catalogue has 4, the translation 3");
        assertThat(e.line()).isEqualTo(line(json, "\"steps\": ["));
    }

    @Test
    void anUnknownMoveAndAnUntranslatedOneAreBothNamed() throws IOException {
        CatalogueError e = error(es().replace("\"chair-twist\": {", "\"chair-twits\": {"));
        assertThat(e.all()).extracting(CatalogueError::getMessage).anyMatch(m -> m.contains("no move \"chair-twits\""))
                .anyMatch(m -> m.contains("move \"chair-twist\" is not translated"));
    }

    @Test
    void unknownFieldsAndAnotherCataloguesIdAreErrors() throws IOException {
        assertThat(error(es().replace("\"feel\": \"Lo notará en la parte baja de la espalda.\"",
                "\"feeling\": \"x\"")).getMessage()).contains("feeling");
        assertThat(error(es().replace("\"catalogue\": \"back-moves\"", "\"catalogue\": \"neck\"")).getMessage())
                .contains("translates catalogue \"neck\"");
    }

    private static String es() throws IOException {
        return Files.readString(Path.of("data/back-moves.es.json"));
    }

    private static CatalogueError error(String json) {
        return catchThrowableOfType(() -> TranslationReader.translate(BUNDLED, json.getBytes(StandardCharsets.UTF_8),
                "es.json"), CatalogueError.class);
    }

    private static int line(String json, String text) {
        return json.substring(0, json.indexOf(text)).split("\n", -1).length;
    }
}
