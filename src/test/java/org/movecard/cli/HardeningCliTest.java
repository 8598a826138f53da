package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.movecard.cli.CliTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs and destinations that used to hang, destroy a file or reach the terminal raw: each
 * ends in one error line and an exit code, with nothing written.
 */
class HardeningCliTest {
    private static final String CLINIC = SheetsCliTest.CLINIC;
    private static final String CSV = "data/examples/patients.csv";

    @TempDir
    Path dir;

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return fifo;
    }

    private static void assertOneErrorLine(CliTest.Run run, int code, String says) {
        assertThat(run.code()).as(run.err()).isEqualTo(code);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString().contains(says);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private long files() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFifoAsOutputIsLeftAsItIs() throws Exception {
        Path fifo = fifo();
        CliTest.Run run = run("handout", "-o", fifo.toString());
        assertOneErrorLine(run, 3, "is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(files()).isZero();
    }

    @Test
    void aCombinedPdfOntoAFifoIsRefusedBeforeAnySheet() throws Exception {
        Path fifo = fifo();
        CliTest.Run run = run("sheets", "--clinic", CLINIC, "--csv", CSV, "--out-dir", dir.resolve("out").toString(),
                "--combined", fifo.toString());
        assertOneErrorLine(run, 3, "is not a regular file");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"handout", "card"})
    void anOutputEndingInASlashIsAFolderNotAFileNamedLikeIt(String command) throws Exception {
        String folder = dir.resolve("out") + "/";
        CliTest.Run run = run(command, "-o", folder);
        assertOneErrorLine(run, 2, "names a folder, not a file");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFifoAsCatalogueIsRefusedInsteadOfBlocking() throws Exception {
        CliTest.Run run = run("handout", "-c", fifo().toString(), "-o", dir.resolve("h.pdf").toString());
        assertOneErrorLine(run, 2, "is not a regular file");
        assertThat(files()).isZero();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFifoAsClinicProfileIsRefusedInsteadOfBlocking() throws Exception {
        CliTest.Run run = run("sheet", "--clinic", fifo().toString(), "--patient", "A B", "--move", "chair-twist",
                "-o", dir.resolve("s.pdf").toString());
        assertOneErrorLine(run, 2, "is not a regular file");
        assertThat(files()).isZero();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFifoAsCsvIsRefusedInsteadOfBlocking() throws Exception {
        CliTest.Run run = run("sheets", "--clinic", CLINIC, "--csv", fifo().toString(), "--out-dir", dir.resolve("out").toString());
        assertOneErrorLine(run, 2, "is not a regular file");
        assertThat(files()).isZero();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFifoAsLogoIsRefusedInsteadOfBlocking() throws Exception {
        fifo();
        Path clinic = dir.resolve("clinic.json");
        Files.writeString(clinic, Files.readString(Path.of(CLINIC)).replace("clinic-logo.png", "pipe"), StandardCharsets.UTF_8);
        CliTest.Run run = run("sheet", "--clinic", clinic.toString(), "--patient", "A B", "--move", "chair-twist",
                "-o", dir.resolve("s.pdf").toString());
        assertOneErrorLine(run, 2, "clinic.json:7:");
        assertThat(run.err()).contains("is not a regular file");
        assertThat(dir.resolve("s.pdf")).doesNotExist();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFifoToPreviewIsRefusedInsteadOfBlocking() throws Exception {
        CliTest.Run run = run("preview", fifo().toString(), "--out-dir", dir.resolve("png").toString());
        assertOneErrorLine(run, 2, "is not a regular file");
        assertThat(dir.resolve("png")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "65", "2147483647"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void jobsOutsideOneToSixtyFourAreRefused(String jobs) throws Exception {
        CliTest.Run run = run("sheets", "--clinic", CLINIC, "--csv", CSV, "--out-dir", dir.resolve("out").toString(), "--jobs", jobs);
        assertOneErrorLine(run, 2, "--jobs " + jobs + ": give a number from 1 to 64");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCombinedPdfNamedLikeOneOfTheSheetsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path out = dir.resolve("out");
        // Row 2 of the example is "Patient 0001"; the case differs, as it may on a case-insensitive disk.
        CliTest.Run run = run("sheets", "--clinic", CLINIC, "--csv", CSV, "--out-dir", out.toString(),
                "--combined", out.resolve("0002-Patient-0001.pdf").toString());
        assertOneErrorLine(run, 3, "is the name of one of the sheets");
        assertThat(out).doesNotExist();
    }

    @Test
    void escapeCharactersFromACatalogueAreShownEscaped() throws Exception {
        Path catalogue = dir.resolve("esc.json");
        // Written as JSON escapes: the reader refuses a raw control character before it reaches a value.
        String json = Files.readString(Path.of("data/back-moves.json"));
        Files.writeString(catalogue, json.replaceFirst("\"id\": \"chair-twist\"", "\"id\": \"chair\\\\u001b]0;owned\\\\u0007-twist\""),
                StandardCharsets.UTF_8);
        CliTest.Run run = run("check", "-c", catalogue.toString());
        assertOneErrorLine(run, 2, "chair\\u001B]0;owned\\u0007-twist");
        assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void escapeCharactersInAnArgumentAreShownEscaped() {
        CliTest.Run run = run("handout", "--moves", "chair\u001b[2J-twist", "-o", dir.resolve("h.pdf").toString());
        assertOneErrorLine(run, 2, "chair\\u001B[2J-twist");
        assertThat(run.err()).doesNotContain("\u001b");
    }

    @Test
    void escapeCharactersInACsvCellAreShownEscaped() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "patient,moves\nAnn,chair\u001b[31m-x\u009b\n", StandardCharsets.UTF_8);
        CliTest.Run run = run("sheets", "--clinic", CLINIC, "--csv", csv.toString(), "--out-dir", dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("chair\\u001B[31m-x\\u009B").doesNotContain("\u001b").doesNotContain("\u009b");
    }

    @Test
    void aHugeCellIsNamedAsSuchNotAsAnUnclosedQuote() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "patient,moves,notes\nAnn,chair-twist,ok\nBen,chair-twist,\"" + "y".repeat(3_000_000) + "\"\n",
                StandardCharsets.UTF_8);
        CliTest.Run run = run("sheets", "--clinic", CLINIC, "--csv", csv.toString(), "--out-dir", dir.resolve("out").toString());
        assertOneErrorLine(run, 2, "p.csv: line 3: a cell is longer than 100000 characters");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** At the profile's limits, in the widest letters and large print, the header would not leave room: exit 5, not clipped. */
    @Test
    void aHeaderTooTallForPageOneIsDoesNotFitNeverClipped() throws Exception {
        Path clinic = dir.resolve("clinic.json");
        String wide = "W".repeat(60);
        Files.writeString(clinic, """
                {"name": "%s", "address": ["%s", "%s", "%s"], "phone": "01632 960 123", "web": "%s",
                 "callUsIf": ["the pain gets worse"]}
                """.formatted(wide, wide, wide, wide, wide), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("s.pdf");
        CliTest.Run large = run("sheet", "--clinic", clinic.toString(), "--patient", "A B", "--move", "chair-twist",
                "--large-print", "-o", pdf.toString());
        assertOneErrorLine(large, 5, "the clinic's name, address and contact need");
        assertThat(pdf).doesNotExist();
    }

    /** The JVM, not movecard, decodes arguments: under LC_ALL=C "Zoë" is already "Zo\uFFFD\uFFFD" when main starts. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void underAnAsciiLocaleArgumentsThatCannotBeReadAreRefusedNotPrintedWrong() throws Exception {
        Path pdf = dir.resolve("s.pdf");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sheet", "--clinic", CLINIC, "--patient", "Zo\u00eb \u00d8deg\u00e5rd", "--move", "chair-twist", "-o", pdf.toString());
        java.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        java.environment().put("LC_ALL", "C");
        java.redirectErrorStream(true);
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(2);
        assertThat(output).startsWith("error: an argument has characters that could not be read: the locale's character set is ")
                .contains("hint: run movecard through its launcher").doesNotContain("Zo");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void argumentsAreTrustedUnderUtf8AndWhenTheyHaveNothingToLose() {
        String[] mangled = {"--patient", "Zo\uFFFD\uFFFD"};
        assertThat(Main.unreadableArguments(mangled, "UTF-8")).isNull();
        assertThat(Main.unreadableArguments(new String[] {"--patient", "Zoe"}, "ANSI_X3.4-1968")).isNull();
        assertThat(Main.unreadableArguments(mangled, "ANSI_X3.4-1968")).contains("ANSI_X3.4-1968, not UTF-8");
    }

    @Test
    void anOutputThatIsOneOfTheInputsIsRefusedAndTheInputKept() throws Exception {
        Path catalogue = Files.copy(Path.of("data/back-moves.json"), dir.resolve("moves.json"));
        byte[] before = Files.readAllBytes(catalogue);
        CliTest.Run handout = run("handout", "-c", catalogue.toString(), "-o", dir.resolve(".").resolve("moves.json").toString());
        assertOneErrorLine(handout, 3, "is the catalogue this run reads; nothing was written");
        Path csv = Files.copy(Path.of(CSV), dir.resolve("patients.csv"));
        CliTest.Run sheets = run("sheets", "--clinic", CLINIC, "--csv", csv.toString(), "--out-dir", dir.resolve("out").toString(),
                "--combined", csv.toString());
        assertOneErrorLine(sheets, 3, "is the patient CSV this run reads");
        assertThat(Files.readAllBytes(catalogue)).isEqualTo(before);
        assertThat(Files.readAllBytes(csv)).isEqualTo(Files.readAllBytes(Path.of(CSV)));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** An OutOfMemoryError is an Error, which passes picocli's handler: it used to end in a JVM trace, exit 1. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void runningOutOfMemoryIsOneLineNotATrace() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var catalogue = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Path.of("data/back-moves.json").toFile());
        var moves = (com.fasterxml.jackson.databind.node.ArrayNode) catalogue.get("moves");
        var first = (com.fasterxml.jackson.databind.node.ObjectNode) moves.get(0).deepCopy();
        first.remove(List.of("figure", "variationOf", "video"));
        moves.removeAll();
        for (int i = 0; i < 3000; i++) {
            moves.add(first.deepCopy().put("id", "m" + i).put("name", "Move " + i));
        }
        Path big = dir.resolve("big.json");
        mapper.writeValue(big.toFile(), catalogue);
        Path pdf = dir.resolve("h.pdf");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "handout", "-c", big.toString(), "-o", pdf.toString());
        java.redirectErrorStream(true);
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(3);
        assertThat(output).startsWith("error: out of memory: the run needs more than the ")
                .contains("hint: allow more, e.g. MOVECARD_MAX_HEAP=2g").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(pdf).doesNotExist();
    }
}
