package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.support.Pdfs;

/** {@code --language} on the commands that print, and {@code check --language} on a translation. */
class LanguageCliTest {
    @TempDir
    Path dir;

    @Test
    void everyPrintingCommandTakesALanguage() throws IOException {
        Path handout = dir.resolve("h.pdf");
        assertThat(CliTest.run("handout", "--language", "fr", "--setting", "chair", "-o", handout.toString()).code())
                .isZero();
        assertThat(Pdfs.text(Files.readAllBytes(handout))).contains("Torsion sur chaise", "Page 1 sur");
        Path cards = dir.resolve("c.pdf");
        assertThat(CliTest.run("card", "--language", "de", "--setting", "chair", "--sheet", "none", "-o", cards.toString()).code())
                .isZero();
        assertThat(Pdfs.text(Files.readAllBytes(cards))).contains("Drehung am Stuhl");
        Path sheet = dir.resolve("s.pdf");
        assertThat(CliTest.run("sheet", "--language", "pt,en", "--clinic", "data/examples/clinic.json", "--patient",
                "Ana", "--date", "2026-11-25", "-m", "chair-twist: 3 times", "-o", sheet.toString()).code()).isZero();
        assertThat(Pdfs.text(Files.readAllBytes(sheet))).contains("Rotação na cadeira", "Chair twist", "3 vezes");
    }

    @Test
    void cardsInTwoLanguagesAndUnknownLanguagesAreOneLineErrors() {
        CliTest.Run cards = CliTest.run("card", "--language", "en,es", "-o", dir.resolve("c.pdf").toString());
        assertThat(cards.code()).isEqualTo(2);
        assertThat(cards.err()).startsWith("error: pocket cards are printed in one language");
        CliTest.Run hebrew = CliTest.run("handout", "--language", "he", "-o", dir.resolve("h.pdf").toString());
        assertThat(hebrew.code()).isEqualTo(2);
        assertThat(hebrew.err()).contains("right to left").doesNotContain("Exception");
    }

    @Test
    void checkRefusesACatalogueInALanguageWithoutWordsAtItsLanguageField() throws IOException {
        Path catalogue = dir.resolve("it.json");
        Files.writeString(catalogue, Files.readString(Path.of("data/back-moves.json"))
                .replace("\"language\": \"en\"", "\"language\": \"it\""));
        CliTest.Run run = CliTest.run("check", "-c", catalogue.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).matches("(?s)error: .*it\\.json:\\d+:\\d+: .*no words for the language \"it\".*");
    }

    @Test
    void checkReadsATranslationBesideTheCatalogueAndPlacesItsErrors() throws IOException {
        Path catalogue = dir.resolve("moves.json");
        Files.copy(Path.of("data/back-moves.json"), catalogue);
        assertThat(CliTest.run("check", "-c", catalogue.toString(), "--language", "es").code()).isEqualTo(2);
        Files.writeString(dir.resolve("moves.es.json"), Files.readString(Path.of("data/back-moves.es.json"))
                .replace("\"Siéntese en una silla de respaldo firme. Los omóplatos deben quedar justo por encima del "
                        + "borde superior.\",", ""));
        CliTest.Run run = CliTest.run("check", "-c", catalogue.toString(), "--language", "es");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).matches("(?s)error: .*moves\\.es\\.json:\\d+:\\d+: .*steps: the catalogue has 4, the "
                + "translation 3.*");
        Files.copy(Path.of("data/back-moves.es.json"), dir.resolve("moves.es.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(CliTest.run("check", "-c", catalogue.toString(), "--language", "es").out()).startsWith("ok: ");
    }
}
