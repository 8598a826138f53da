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
    void helpTeachesWithExamples() {
        Run run = run("handout", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--setting").contains("--paper").contains("Examples:")
                .contains("default output/handout.pdf");
    }
}
