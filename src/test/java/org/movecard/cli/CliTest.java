package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.support.Pdfs;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void handoutWritesAPdfAndSaysWhere() throws Exception {
        Path pdf = dir.resolve("out/desk.pdf");
        Run run = run("handout", "--setting", "chair", "--setting", "standing", "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + pdf).contains("6 moves").contains("A4");
        String text = Pdfs.text(Files.readAllBytes(pdf));
        assertThat(text).contains("6 moves").contains("Chair twist").doesNotContain("Lying");
    }

    @Test
    void oneColumnIsAHandoutOptionOnly() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        Run handout = run("handout", "--one-column", "--setting", "chair", "-o", pdf.toString());
        assertThat(handout.code()).as(handout.err()).isZero();
        Run sheet = run("sheet", "--one-column", "--clinic", "data/examples/clinic.json", "--patient", "A B",
                "--move", "chair-twist", "-o", dir.resolve("s.pdf").toString());
        assertThat(sheet.code()).isEqualTo(2);
        assertThat(sheet.err()).contains("--one-column");
        assertThat(dir.resolve("s.pdf")).doesNotExist();
    }

    @Test
    void largePrintHandout() throws Exception {
        Path pdf = dir.resolve("large.pdf");
        Run run = run("handout", "--large-print", "--setting", "chair", "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Pdfs.glyphs(Files.readAllBytes(pdf)).stream().mapToDouble(Pdfs.Glyph::fontSize).max().orElse(0))
                .isGreaterThanOrEqualTo(21);
    }

    @Test
    void commaSeparatedRegionsAndLetter() throws Exception {
        Path pdf = dir.resolve("lower.pdf");
        Run run = run("handout", "--region", "lower,upper", "--paper", "LETTER", "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (var doc = Pdfs.load(Files.readAllBytes(pdf))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void brokenCatalogueIsOneLineWithLocationExitTwoAndNoFile() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"id\": \"x\",\n  \"title\" \"missing colon\"\n}\n", StandardCharsets.UTF_8);
        Path pdf = dir.resolve("never.pdf");
        Run run = run("handout", "--catalogue", bad.toString(), "-o", pdf.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + bad + ":3:");
        assertThat(run.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(Files.list(dir)).containsExactly(bad);
    }

    @Test
    void unknownSettingExitsTwoAndListsChoices() {
        Run run = run("handout", "--setting", "bed", "-o", dir.resolve("x.pdf").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("error: unknown setting \"bed\"").contains("hint: the catalogue's settings are: chair, standing, floor");
    }

    @Test
    void emptySelectionExitsTwo() {
        Run run = run("list", "--setting", "chair", "--region", "upper", "--exclude", "chair-lean-back");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("error: no move matches the selection").contains("regions: upper, middle, lower");
    }

    @Test
    void unknownPaperIsAUsageErrorWithoutUsageDump() {
        Run run = run("handout", "--paper", "a5");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown paper size 'a5'; use a4 or letter").contains("hint: see 'movecard handout --help'");
        assertThat(run.err().lines().count()).isLessThanOrEqualTo(2);
    }

    @Test
    void outputThatIsADirectoryExitsThree() {
        Run run = run("handout", "-o", dir.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: " + dir + ": is a directory");
    }

    @Test
    void listPrintsATableInRoutineOrder() {
        Run run = run("list", "--setting", "floor");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("ID").contains("NAME").contains("settings: chair (On a chair)");
        assertThat(run.out().indexOf("floor-seated-twist")).isLessThan(run.out().indexOf("hug-curl-up"));
        assertThat(run.out()).doesNotContain("chair-twist ");
    }

    @Test
    void checkAcceptsTheBundledCatalogueAndWarnsAboutLongSteps() {
        Run ok = run("check");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).startsWith("ok: ").contains("10 moves, 3 settings, 3 regions");
        Path longSteps = Path.of("src/test/resources/catalogues/long-steps.json");
        Run warned = run("check", "--catalogue", longSteps.toString());
        assertThat(warned.code()).isZero();
        assertThat(warned.err()).contains("warning: " + longSteps + ": move \"").contains("long step (");
    }

    @Test
    void checkReportsAnInvalidCatalogueWithExitTwo() throws Exception {
        Path bad = dir.resolve("dup.json");
        String json = Files.readString(Path.of("data/back-moves.json"))
                .replace("\"id\": \"chair-twist\"", "\"id\": \"chair-lean-back\"");
        Files.writeString(bad, json);
        Run run = run("check", "--catalogue", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + bad + ":").contains("chair-lean-back");
    }

    @Test
    void cardWritesAnImposedSheetByDefault() throws Exception {
        Path pdf = dir.resolve("card.pdf");
        Run run = run("card", "--setting", "floor", "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + pdf).contains("4 moves").contains("2 per A4 sheet").contains("A6 text at");
        try (var doc = Pdfs.load(Files.readAllBytes(pdf))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void cardOptionsAreCheckedWithClearErrors() {
        assertThat(run("card", "--format", "a5").err()).contains("unknown card format 'a5'; use a6, a7 or wallet");
        assertThat(run("card", "--duplex", "both").err()).contains("unknown duplex mode 'both'");
        assertThat(run("card", "--back-offset", "3").err()).contains("bad back offset '3'; give X,Y in millimetres");
        Run sheet = run("card", "--sheet", "a3", "-o", dir.resolve("x.pdf").toString());
        assertThat(sheet.code()).isEqualTo(2);
        assertThat(sheet.err()).contains("unknown sheet 'a3'; use a4, letter or none");
    }

    @Test
    void cardThatCannotFitExitsFiveAndWritesNothing() throws Exception {
        String longStep = "Breathe slowly and notice how your back feels. ".repeat(40).strip();
        String json = Files.readString(Path.of("data/back-moves.json"))
                .replaceFirst("\"steps\": \\[\\s*\"", "\"steps\": [\"" + longStep + "\", \"");
        Path catalogue = Files.writeString(dir.resolve("long.json"), json);
        Path pdf = dir.resolve("wallet.pdf");
        Run run = run("card", "--catalogue", catalogue.toString(), "--format", "wallet", "-o", pdf.toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("error: move \"chair-lean-back\" step 1 does not fit on an empty wallet card");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void previewWritesOnePngPerPage() throws Exception {
        Path pdf = dir.resolve("c.pdf");
        assertThat(run("card", "--setting", "floor", "--duplex", "long-edge", "-o", pdf.toString()).code()).isZero();
        Run run = run("preview", pdf.toString(), "--dpi", "30", "--out-dir", dir.resolve("png").toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (var files = Files.list(dir.resolve("png"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("c-1.png", "c-2.png", "c-3.png", "c-4.png");
        }
        var image = javax.imageio.ImageIO.read(dir.resolve("png/c-1.png").toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(595.28 / 72 * 30));
        assertThat(run("preview", dir.resolve("missing.pdf").toString()).code()).isEqualTo(2);
        Path notPdf = Files.writeString(dir.resolve("x.pdf"), "hello");
        Run bad = run("preview", notPdf.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("not a readable PDF");
    }

    @Test
    void checkReportsACharacterTheFontCannotPrint() throws Exception {
        String json = Files.readString(Path.of("data/back-moves.json"))
                .replaceFirst("\"steps\": \\[\\s*\"", "\"steps\": [\"Smile \uD83D\uDE00 now.\", \"");
        Path catalogue = Files.writeString(dir.resolve("emoji.json"), json);
        Run run = run("check", "--catalogue", catalogue.toString());
        assertThat(run.code()).isEqualTo(2);
        // Placed at the step's line and column, as every other catalogue error is.
        assertThat(run.err()).contains("error: " + catalogue + ":40:17: moves[0].steps[0]: the character")
                .contains("U+1F600");
        // The commands that make documents check before layout, so they place it too.
        Run handout = run("handout", "--catalogue", catalogue.toString(), "-o", dir.resolve("h.pdf").toString());
        assertThat(handout.code()).isEqualTo(2);
        assertThat(handout.err()).contains("error: " + catalogue + ":40:17: moves[0].steps[0]: the character");
        assertThat(dir.resolve("h.pdf")).doesNotExist();
    }

    @Test
    void aClinicFieldTheFontCannotPrintIsPlacedToo() throws Exception {
        String json = Files.readString(Path.of("data/examples/clinic.json"))
                .replace("clinic-logo.png", Path.of("data/examples/clinic-logo.png").toAbsolutePath().toString())
                .replace("you feel numbness", "you feel \u2603 numbness");
        Path clinic = Files.writeString(dir.resolve("clinic.json"), json);
        Run run = run("sheet", "--clinic", clinic.toString(), "--patient", "A B", "--move", "chair-twist",
                "-o", dir.resolve("s.pdf").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + clinic + ":10:5: callUsIf[1]: the character \"\u2603\" (U+2603)");
        assertThat(dir.resolve("s.pdf")).doesNotExist();
    }

    @Test
    void helpTeachesWithExamples() {
        Run run = run("handout", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--setting").contains("--paper").contains("Examples:")
                .contains("default output/handout.pdf");
    }
}
