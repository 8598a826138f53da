package org.movecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.language.Labels;
import org.movecard.layout.CardFormat;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.press.Duplex;
import org.movecard.selection.Criteria;
import org.movecard.selection.Routine;
import org.movecard.selection.SheetOrder;
import org.movecard.support.Pdfs;

/**
 * Documents in every language movecard prints: the bundled catalogue's translation on a handout, a
 * card deck and a take-home sheet, with no English label left (the text is extracted and searched
 * for every English label the language does not share), dates and doses in the language, /Lang set.
 */
class LanguagesTest {
    private static final Movecard MOVECARD = new Movecard();
    private static final Catalogue ENGLISH = Movecard.bundledCatalogue();
    private static final List<String> DOSES = List.of(
            "chair-twist: hold 20s, 3 times, 2 sets, both sides, twice a day; note: nota",
            "palms-arch: hold 2 min, 1 time, 3 times a week",
            "lying-twist: left side, every other day",
            "foam-roller-roll");
    /** What each language prints for the dates and doses above. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "es", List.of("25 de noviembre de 2026", "mié 25", "Mantenga 20 segundos · 3 veces · 2 series · ambos lados · dos veces al día",
                    "Mantenga 2 minutos · 1 vez · 3 veces a la semana", "Solo el lado izquierdo · un día sí y otro no",
                    "10 pasadas en cada sentido"),
            "fr", List.of("25 novembre 2026", "mer. 25", "Tenez 20 secondes · 3 fois · 2 séries · des deux côtés · deux fois par jour",
                    "Côté gauche seulement · un jour sur deux"),
            "de", List.of("25. November 2026", "Mi. 25.", "20 Sekunden halten · 3-mal · 2 Sätze · beide Seiten · zweimal am Tag",
                    "Nur links · jeden zweiten Tag"),
            "pt", List.of("25 de novembro de 2026", "qua. 25", "Mantenha 20 segundos · 3 vezes · 2 séries · ambos os lados · duas vezes por dia",
                    "Só o lado esquerdo · dia sim, dia não"));

    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "pt"})
    void aHandoutHasNoEnglishLabelAndSaysItsLanguage(String language) {
        Catalogue catalogue = Movecard.inLanguage(ENGLISH, null, language);
        Routine routine = Movecard.select(catalogue, Criteria.ALL);
        byte[] pdf = MOVECARD.handout(routine, null, PageFormat.A4, RenderOptions.DEFAULT, null).bytes();
        assertNoEnglish(Pdfs.text(pdf), language);
        assertThat(lang(pdf)).isEqualTo(language);
        assertThat(Pdfs.text(pdf)).contains(catalogue.moves().get(0).steps().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "pt"})
    void aCardDeckHasNoEnglishLabel(String language) {
        Catalogue catalogue = Movecard.inLanguage(ENGLISH, null, language);
        Routine routine = Movecard.select(catalogue, Criteria.ALL);
        byte[] pdf = MOVECARD.cards(routine, null, CardFormat.A6, PageFormat.A4, Duplex.LONG_EDGE, 0, 0, true, null)
                .bytes();
        assertNoEnglish(Pdfs.text(pdf), language);
        assertThat(lang(pdf)).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "pt"})
    void aSheetHasNoEnglishLabelAndItsDatesAndDosesAreInTheLanguage(String language) throws IOException {
        Catalogue catalogue = Movecard.inLanguage(ENGLISH, null, language);
        byte[] pdf = sheet(catalogue, null, clinic(language));
        String text = Pdfs.text(pdf);
        assertNoEnglish(text, language);
        assertThat(lang(pdf)).isEqualTo(language);
        for (String expected : EXPECTED.get(language)) {
            // Each part on its own (a dose may wrap after any " · "), spaces aside: text extraction
            // sometimes sees a gap between two bold glyphs.
            for (String part : expected.split(" \u00b7 ")) {
                assertThat(text.replace(" ", "")).contains(part.replace(" ", ""));
            }
        }
    }

    /** Longer words wrap, never run past the margins, in large print too. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "pt", "en,es"})
    void everyGlyphStaysInsideTheMargins(String language) throws IOException {
        Movecard.Languages languages = Movecard.languages(ENGLISH, null, language);
        float margin = 10 * PageFormat.MM;
        for (boolean large : new boolean[] {false, true}) {
            RenderOptions options = new RenderOptions(true, large);
            byte[] handout = MOVECARD.handout(Movecard.select(languages.first(), Criteria.ALL), languages.second(), null,
                    PageFormat.A4, options, null).bytes();
            SheetOrder order = Movecard.order(languages.first(), "Zoë", "2026-11-25", "Dr Rivera", DOSES, null, null);
            byte[] sheet = MOVECARD.sheet(languages.first(), languages.second(), clinic("es"), order, PageFormat.A4,
                    options, null).bytes();
            for (byte[] pdf : List.of(handout, sheet)) {
                for (Pdfs.Glyph g : Pdfs.glyphs(pdf)) {
                    assertThat(g.x()).as("left of %s", g).isGreaterThanOrEqualTo(margin);
                    assertThat(g.x() + g.width()).as("right of %s", g).isLessThanOrEqualTo(PageFormat.A4.width() - margin);
                }
            }
        }
    }

    /** The Spanish clinic of docs/clinic.md, with its own Spanish profile: nothing English on its sheet. */
    @Test
    void aSpanishClinicsSheetIsSpanishThroughAndThrough() {
        Catalogue catalogue = Movecard.inLanguage(ENGLISH, null, "es");
        Clinic clinic = Movecard.readClinic(Path.of("data/examples/clinic-es.json"));
        String text = Pdfs.text(sheet(catalogue, null, clinic));
        assertNoEnglish(text, "es");
        assertThat(text).contains("Teléfono 910 123 456").contains("Pare y llámenos al 910 123 456 si:")
                .contains("Para: Zoë").contains("Sus ejercicios en casa").contains("Mi semana");
    }

    @Test
    void aCatalogueFileInAnotherLanguageWithoutATranslationIsAUserError(@TempDir Path files) throws IOException {
        Path file = files.resolve("moves.json");
        Files.copy(Path.of("data/back-moves.json"), file);
        assertThatThrownBy(() -> Movecard.languages(Movecard.readCatalogue(file), file, "es"))
                .isInstanceOf(UserError.class).hasMessageContaining("not \"es\"");
        Files.copy(Path.of("data/back-moves.es.json"), files.resolve("moves.es.json"));
        assertThat(Movecard.languages(Movecard.readCatalogue(file), file, "es").first().title())
                .isEqualTo("Ejercicios suaves para la espalda rígida");
    }

    @Test
    void rightToLeftAndUnknownLanguagesAreClearErrors() {
        assertThatThrownBy(() -> Movecard.languages(ENGLISH, null, "ar")).isInstanceOf(UserError.class)
                .hasMessageContaining("right to left");
        assertThatThrownBy(() -> Movecard.languages(ENGLISH, null, "it")).isInstanceOf(UserError.class)
                .hasMessageContaining("no words for the language \"it\"");
        assertThatThrownBy(() -> Movecard.languages(ENGLISH, null, "en,en")).isInstanceOf(UserError.class);
    }

    static byte[] sheet(Catalogue catalogue, Catalogue second, Clinic clinic) {
        SheetOrder order = Movecard.order(catalogue, "Zoë Quenby-Oyelaran", "2026-11-25", "Dr Rivera", DOSES,
                "Notas", LocalDate.of(2026, 11, 25));
        return MOVECARD.sheet(catalogue, second, clinic, order, PageFormat.A4, RenderOptions.DEFAULT, null).bytes();
    }

    /** A clinic profile whose own words are in {@code language} (its red flags are the clinic's text). */
    static Clinic clinic(String language) throws IOException {
        Path file = dir.resolve("clinic-" + language + ".json");
        Files.writeString(file, "{\"name\": \"Riverside\", \"address\": [\"12 Mill Lane\"], \"phone\": \"01632 960 123\","
                + " \"web\": \"riverside.example\", \"callUsIf\": [\"" + Labels.of(language).text("sheet.notes") + "\"]}");
        return Movecard.readClinic(file);
    }

    /** Every English label (its words between placeholders) that {@code language}'s labels do not also use. */
    static List<String> englishLabels(String language) {
        List<String> own = fragments(Labels.of(language));
        List<String> english = new ArrayList<>(fragments(Labels.english()));
        english.addAll(List.of("Monday", "Mon", "Wed", "Thu", "November", "Page"));
        english.removeIf(own::contains);
        return english;
    }

    private static List<String> fragments(Labels labels) {
        LocalDate date = LocalDate.of(2026, 11, 25);
        List<String> out = new ArrayList<>(List.of(labels.date(date).split("[0-9 .]+")));
        out.addAll(List.of(labels.day(date).split("[0-9 .]+")));
        for (String key : List.of("handout.moves", "handout.regions", "handout.reminder", "routine.name", "label.dose",
                "label.equipment", "label.tip", "label.continued", "safety.signal", "page", "video.caption", "map.alt",
                "sheet.title", "sheet.phone", "sheet.stop.signal", "sheet.stop.title", "sheet.stop.reminder",
                "sheet.dose", "sheet.note", "sheet.for", "sheet.date", "sheet.date.clinician", "sheet.notes",
                "sheet.week", "sheet.tick", "sheet.web", "dose.hold", "dose.seconds", "dose.minutes", "dose.times",
                "dose.sets", "dose.eachSide.alone", "dose.eachSide", "dose.side.each", "dose.side.both",
                "dose.side.left", "dose.side.right", "dose.day", "dose.week", "dose.otherDay")) {
            for (Object[] args : List.of(new Object[] {1, 1}, new Object[] {3, 3})) {
                for (String piece : labels.text(key, args).split("[0-9]+")) {
                    String word = piece.strip();
                    if (word.codePoints().filter(Character::isLetter).count() >= 3) {
                        out.add(word);
                    }
                }
            }
        }
        return out;
    }

    static void assertNoEnglish(String text, String language) {
        List<String> found = englishLabels(language).stream()
                .filter(label -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(label) + "(?![\\p{L}])").matcher(text)
                        .find())
                .distinct().toList();
        assertThat(found).as("English labels in a " + language + " document").isEmpty();
    }

    /** The document's /Lang. */
    static String lang(byte[] pdf) {
        try (var doc = Pdfs.load(pdf)) {
            return doc.getDocumentCatalog().getLanguage();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
