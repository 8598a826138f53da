package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.movecard.cli.CliTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class SheetsCliTest {
    static final String CLINIC = "data/examples/clinic.json";
    static final String HEADER = "patient,date,clinician,moves,notes\n";

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("patients.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private CliTest.Run sheets(Path csv, String... more) {
        List<String> args = new ArrayList<>(List.of("sheets", "--clinic", CLINIC, "--csv", csv.toString(),
                "--out-dir", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private List<Path> written() throws Exception {
        Path out = dir.resolve("out");
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.sorted().toList();
        }
    }

    /** Twenty rows with names nobody would print by accident. */
    private static String twenty() {
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 1; i <= 20; i++) {
            s.append(String.format("Quillon Vantrebble%02d,2026-11-25,Dr Rivera,\"chair-twist: hold 20s, %d times, twice a day"
                    + "; note: Secretnote%02d | lying-twist\",Privatenote%02d\n", i, i % 5 + 1, i, i));
        }
        return s.toString();
    }

    @Test
    void aBatchWritesOneSheetPerRowInRowOrderAndACombinedPdf() throws Exception {
        Path combined = dir.resolve("all.pdf");
        CliTest.Run run = sheets(csv(twenty()), "--combined", combined.toString(), "--jobs", "2");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).matches("wrote 20 sheets to .*out and .*all\\.pdf in \\d+\\.\\d s\\R");
        List<Path> files = written();
        assertThat(files).hasSize(20);
        assertThat(files.get(0).getFileName()).hasToString("0002-quillon-vantrebble01.pdf");
        assertThat(files.get(19).getFileName()).hasToString("0021-quillon-vantrebble20.pdf");
        assertThat(Pdfs.text(Files.readAllBytes(files.get(4)))).contains("For: Quillon Vantrebble05")
                .contains("Note: Secretnote05").contains("Privatenote05");

        // Each patient's pages together and in order: the foot of every page names its patient.
        List<String> pages = Pdfs.pageTexts(Files.readAllBytes(combined));
        int patient = 1;
        int page = 1;
        for (String text : pages) {
            if (!text.contains(String.format("Quillon Vantrebble%02d \u00b7", patient))) {
                patient++;
                page = 1;
            }
            assertThat(text).as("page %d of patient %d", page, patient)
                    .contains(String.format("Quillon Vantrebble%02d \u00b7", patient)).contains("Page " + page + " of ");
            page++;
        }
        assertThat(patient).isEqualTo(20);
        assertThat(VeraPdf.failures(Files.readAllBytes(combined), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void noPatientNameOrNoteReachesStdoutOrStderr() throws Exception {
        String rows = twenty() + "Quillon Badrow,2026-11-25,,\"chair-twst: 3 times; note: Secretbad\",Privatebad\n";
        CliTest.Run skipped = sheets(csv(rows), "--skip-invalid", "--combined", dir.resolve("all.pdf").toString());
        CliTest.Run failed = sheets(csv(rows));
        for (CliTest.Run run : List.of(skipped, failed)) {
            assertThat(run.out() + run.err()).doesNotContainIgnoringCase("Quillon").doesNotContain("Vantrebble")
                    .doesNotContain("Secret").doesNotContain("Private").doesNotContain("Badrow");
        }
        assertThat(skipped.code()).isZero();
        assertThat(failed.code()).isEqualTo(2);
    }

    @Test
    void everyBadRowIsReportedByLineAndColumnAndNothingIsWritten() throws Exception {
        String text = HEADER
                + "Ann Able,2026-11-25,,chair-twist: 3 times,\n"                    // 2 good
                + "Ben Bold,2026-11-25,,chair-twst: 3 times,\n"                     // 3 unknown move
                + ",2026-11-25,,chair-twist,\n"                                     // 4 missing patient
                + "Cy Cole,2026-11-25,,\"chair-twist: hold 20\",\n"                 // 5 malformed dose
                + "Di Dee,2026-11-25,,chair-twist,,extra\n"                         // 6 wrong column count
                + "../../etc/x,2026-11-25,,chair-twist,\n"                          // 7 path in the name
                + "Ed\u001b[31mEvil,2026-11-25,,chair-twist,\n"                     // 8 control character
                + "Flo Fine,25/11/2026,,chair-twist,\n"                             // 9 bad date
                + "\"Gus\nGone\",2026-11-25,,chair-twist,\n";                       // 10 line break in a name
        Path file = csv(text);
        CliTest.Run run = sheets(file);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(
                "error: " + file + ":3:moves: unknown move \"chair-twst\"",
                "error: " + file + ":4:patient: patient name is empty",
                "error: " + file + ":5:moves: \"hold 20\": give the hold time in seconds",
                "error: " + file + ":6:6: the row has 6 fields, the header has 5",
                "error: " + file + ":7:patient: patient name contains a slash or backslash",
                "error: " + file + ":8:patient: patient name contains a control character or line break",
                "error: " + file + ":9:date: \"25/11/2026\" is not a date in the form yyyy-mm-dd",
                "error: " + file + ":10:patient: patient name contains a control character or line break",
                "error: 8 of 9 rows are invalid; nothing was written");
        assertThat(run.err()).doesNotContain("etc/x").doesNotContain("Evil").doesNotContain("Gone");
        assertThat(written()).isEmpty();
        assertThat(Files.exists(dir.resolve("out"))).isFalse();

        CliTest.Run skip = sheets(file, "--skip-invalid");
        assertThat(skip.code()).as(skip.err()).isZero();
        assertThat(skip.err()).contains("warning: " + file + ":3:moves: unknown move")
                .contains("skipping 8 invalid rows: 3, 4, 5, 6, 7, 8, 9, 10");
        assertThat(skip.out()).startsWith("wrote 1 sheet to ");
        assertThat(written()).extracting(p -> p.getFileName().toString()).containsExactly("0002-ann-able.pdf");
    }

    @Test
    void emptyFilesAndBadHeadersAreFileErrors() throws Exception {
        CliTest.Run empty = sheets(csv(""));
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).startsWith("error: " + dir.resolve("patients.csv") + ": the file is empty");
        CliTest.Run headerOnly = sheets(csv(HEADER + "\n,,,,\n"));
        assertThat(headerOnly.code()).isEqualTo(2);
        assertThat(headerOnly.err()).contains("no patient rows after the header");
        CliTest.Run unknown = sheets(csv("patient,moves,note\nA,chair-twist,x\n"));
        assertThat(unknown.err()).contains(":1:3: unknown column \"note\"").contains("hint: the known columns are");
        Files.write(dir.resolve("latin1.csv"), "patient,moves\nAnn\u00e9,chair-twist\n".getBytes(StandardCharsets.ISO_8859_1));
        CliTest.Run latin1 = sheets(dir.resolve("latin1.csv"));
        assertThat(latin1.err()).contains("latin1.csv: the file is not UTF-8 text").contains("CSV UTF-8");
        CliTest.Run unclosed = sheets(csv("patient,moves\nAnn,\"chair-twist: 3 times\nBen,lying-twist\n"));
        assertThat(unclosed.err()).contains("not readable as CSV").contains("hint: check the quotes");
        CliTest.Run noMoves = sheets(csv("patient,notes\nA,x\n"));
        assertThat(noMoves.err()).contains(":1: the header has no \"moves\" column");
        assertThat(written()).isEmpty();
    }

    @Test
    void aSpreadsheetsSemicolonCsvWithBomAndMultiLineNotesWorks() throws Exception {
        String text = "\uFEFFPatient;Moves;Notes;Date\r\n"
                + "Hélène Ñúñez;\"chair-twist: hold 20s, 3 times; note: slowly | lying-twist: each side\";\"First line\r\nsecond line\";2026-11-25\r\n"
                + "Bo Bright;palms-arch;;\r\n"
                + ";;;\r\n\r\n";
        CliTest.Run run = sheets(csv(text));
        assertThat(run.code()).as(run.err()).isZero();
        List<Path> files = written();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("0002-helene-nunez.pdf", "0004-bo-bright.pdf");
        String sheet = Pdfs.text(Files.readAllBytes(files.get(0)));
        assertThat(sheet).contains("For: Hélène Ñúñez").contains("First line second line")
                .contains("Your dose: Hold 20 seconds \u00b7 3 times.").contains("Your dose: Each side.");
    }

    @Test
    void sheetWritesOnePatientsSheet() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        CliTest.Run run = run("sheet", "--clinic", CLINIC, "--patient", "Quillon Vantrebble", "--date", "2026-11-25",
                "--move", "chair-twist: hold 20s, 3 times, 2 sets, both sides, twice a day; note: go slowly",
                "--move", "lying-twist", "--notes", "Privatenote", "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + pdf + " (2 moves, ").doesNotContain("Quillon");
        assertThat(Pdfs.text(Files.readAllBytes(pdf))).contains("For: Quillon Vantrebble")
                .contains("Hold 20 seconds \u00b7 3 times \u00b7 2 sets \u00b7 both sides \u00b7 twice a day")
                .contains("Privatenote");
    }

    @Test
    void sheetWithoutClinicOrWithABadDoseExitsTwo() throws Exception {
        CliTest.Run noClinic = run("sheet", "--patient", "X", "--move", "chair-twist", "-o", dir.resolve("x.pdf").toString());
        assertThat(noClinic.code()).isEqualTo(2);
        assertThat(noClinic.err()).startsWith("error: no clinic profile given: --clinic FILE is required")
                .contains("hint: ").contains("docs/clinic.md");
        CliTest.Run badDose = run("sheet", "--clinic", CLINIC, "--patient", "Quillon", "--move", "chair-twist",
                "--move", "lying-twist: hold 5; note: Secret", "-o", dir.resolve("x.pdf").toString());
        assertThat(badDose.code()).isEqualTo(2);
        assertThat(badDose.err()).startsWith("error: --move: move 2: \"hold 5\": give the hold time in seconds")
                .doesNotContain("Quillon").doesNotContain("Secret");
        CliTest.Run badName = run("sheet", "--clinic", CLINIC, "--patient", "../x", "--move", "chair-twist",
                "-o", dir.resolve("x.pdf").toString());
        assertThat(badName.err()).startsWith("error: --patient: patient name contains a slash or backslash");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void usageErrorsDoNotEchoAnUnquotedName() {
        CliTest.Run run = run("sheet", "--clinic", CLINIC, "--patient", "Quillon", "Vantrebble", "--move", "chair-twist");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").doesNotContain("Vantrebble").doesNotContain("Quillon");
        CliTest.Run unknown = run("sheets", "--csv", "x.csv", "--out-dir", "out", "--patent", "Quillon Vantrebble");
        assertThat(unknown.err()).contains("--patent").doesNotContain("Quillon");
    }

    /** Everything in the temporary folder but the CSV and the given files: what a run left behind. */
    private List<Path> leftBehind(Path... expected) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> keep = new ArrayList<>(List.of(expected));
            keep.add(dir);
            keep.add(dir.resolve("patients.csv"));
            return files.filter(f -> !keep.contains(f)).toList();
        }
    }

    @Test
    void aSheetThatCannotBeWrittenIsNamedByItsRowNeverByThePatientEvenWithVerbose() throws Exception {
        Path csv = csv(twenty());
        // A folder where row 2's sheet should go: the sheet cannot be written, whoever runs the test.
        Files.createDirectories(dir.resolve("out/0002-quillon-vantrebble01.pdf"));
        for (boolean verbose : List.of(false, true)) {
            CliTest.Run run = verbose ? sheets(csv, "--jobs", "1", "--verbose") : sheets(csv, "--jobs", "1");
            assertThat(run.code()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("error: row 2: cannot write the sheet into " + dir.resolve("out")
                    + " (is a directory, not a file)").contains("hint: ");
            assertThat(run.out() + run.err()).as("verbose %s", verbose).doesNotContainIgnoringCase("Quillon")
                    .doesNotContainIgnoringCase("Vantrebble").doesNotContain("Secret").doesNotContain("Private");
        }
    }

    @Test
    void aBadOutputIsFoundBeforeAnySheetIsMade() throws Exception {
        Path csv = csv(twenty());
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path out = dir.resolve("out").toAbsolutePath();

        CliTest.Run combinedIsAFolder = sheets(csv, "--combined", folder.toString());
        assertThat(combinedIsAFolder.err()).startsWith("error: " + folder + ": is a directory, not a file")
                .contains("hint: give --combined a file name, for example " + folder.resolve("all-sheets.pdf"));
        CliTest.Run combinedInAFile = sheets(csv, "--combined", plain.resolve("all.pdf").toString());
        assertThat(combinedInAFile.err()).startsWith("error: " + plain.resolve("all.pdf") + ": cannot write here: "
                + plain + " is a file, not a folder").contains("--combined");
        CliTest.Run outDirIsAFile = run("sheets", "--clinic", CLINIC, "--csv", csv.toString(), "--out-dir", plain.toString());
        assertThat(outDirIsAFile.err()).startsWith("error: " + plain + ": is a file, not a folder")
                .contains("hint: give --out-dir a folder");
        CliTest.Run outDirInAFile = run("sheets", "--clinic", CLINIC, "--csv", csv.toString(),
                "--out-dir", plain.resolve("sheets").toString());
        assertThat(outDirInAFile.err()).startsWith("error: " + plain.resolve("sheets") + ": cannot write here: "
                + plain + " is a file, not a folder").contains("--out-dir");
        for (CliTest.Run run : List.of(combinedIsAFolder, combinedInAFile, outDirIsAFile, outDirInAFile)) {
            assertThat(run.code()).as(run.err()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).doesNotContain("sheets into").doesNotContain("[#");
        }
        assertThat(leftBehind(plain, folder)).isEmpty();
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aFolderThatPassesTheChecksButRefusesFilesIsFoundBeforeAnySheet() throws Exception {
        // /proc looks like a writable folder to root, yet nothing can be made in it.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc) && Files.isWritable(proc), "needs a folder that refuses new files");
        CliTest.Run run = run("sheets", "--clinic", CLINIC, "--csv", csv(twenty()).toString(),
                "--out-dir", proc.resolve("movecard-sheets").toString(), "--combined", dir.resolve("all.pdf").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: /proc/movecard-sheets: cannot create the folder (")
                .doesNotContainIgnoringCase("Quillon");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void charactersTheFontCannotPrintAreNamedWithTheirFieldNotTheText() throws Exception {
        Path file = csv(HEADER
                + "Quillon \uD83D\uDE00,2026-11-25,,chair-twist,\n"
                + "Quillon Two,2026-11-25,Dr \u2603 Secret,chair-twist,\n"
                + "Quillon Three,2026-11-25,,chair-twist,Privatenote \uD83D\uDC4D\n"
                + "Quillon Four,2026-11-25,,\"chair-twist: 3 times; note: Secret \uD83C\uDF1F\",\n");
        CliTest.Run run = sheets(file);
        assertThat(run.code()).isEqualTo(2);
        String cannot = " cannot be printed with the bundled font";
        assertThat(run.err()).contains(
                "error: " + file + ":2:patient: the character \"\uD83D\uDE00\" (U+1F600)" + cannot,
                "error: " + file + ":3:clinician: the character \"\u2603\" (U+2603)" + cannot,
                "error: " + file + ":4:notes: the character \"\uD83D\uDC4D\" (U+1F44D)" + cannot,
                "error: " + file + ":5:moves: the character \"\uD83C\uDF1F\" (U+1F31F)" + cannot,
                "hint: replace it with plain text");
        assertThat(run.err()).doesNotContain("Quillon").doesNotContain("Secret").doesNotContain("Private");
    }

    @Test
    void sheetCountsOneMoveInTheSingular() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        CliTest.Run run = run("sheet", "--clinic", CLINIC, "--patient", "A B", "--move", "palms-arch", "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + pdf + " (1 move, ");
    }
}
