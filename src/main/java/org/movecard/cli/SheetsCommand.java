package org.movecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.movecard.ExitCode;
import org.movecard.Movecard;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.document.Sheets;
import org.movecard.document.TakeHomeSheet;
import org.movecard.output.AtomicFiles;
import org.movecard.output.FileNames;
import org.movecard.patients.CsvRow;
import org.movecard.patients.PatientCsv;
import org.movecard.patients.RowProblem;
import org.movecard.press.Merger;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;
import org.movecard.typeset.Face;
import org.movecard.typeset.Fonts;
import org.movecard.typeset.PdfMeta;
import org.movecard.typeset.RenderOptions;
import org.movecard.typeset.Typesetter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code movecard sheets}: one take-home sheet per CSV row, in parallel. Every row is checked
 * before anything is written (a first streaming pass), then the sheets are made in a second
 * streaming pass, so memory stays flat however long the file is. Patient names and notes never
 * reach the terminal: rows are named by their line number.
 */
@Command(name = "sheets", header = "Take-home sheets for every patient in a CSV file.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Writes one take-home sheet per row of a CSV file (columns: patient, date, clinician, moves, notes;",
            "see docs/clinic.md). Every row is checked first; if any is invalid nothing is written, unless",
            "--skip-invalid is given. Progress goes to stderr, as counts only.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard sheets --clinic data/examples/clinic.json --csv data/examples/patients.csv --out-dir output/sheets",
            "  movecard sheets --clinic clinic.json --csv today.csv --out-dir out --combined out/all.pdf --skip-invalid",
        })
final class SheetsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CatalogueOption catalogueFile;

    @Option(names = "--clinic", paramLabel = "FILE", description = "Clinic profile JSON (required; docs/clinic.md).")
    Path clinic;

    @Option(names = "--csv", paramLabel = "FILE", required = true,
            description = "Patients, one a row: patient,date,clinician,moves,notes (comma or semicolon separated, UTF-8).")
    Path csv;

    @Option(names = "--out-dir", paramLabel = "DIR", required = true,
            description = "Folder for the sheets (created if missing); files are named ROW-NAME.pdf.")
    Path outDir;

    @Option(names = "--combined", paramLabel = "FILE", description = "Also write all sheets into this one PDF, in row order.")
    Path combined;

    @Option(names = "--skip-invalid", description = "Write the valid rows and list the invalid ones, instead of writing nothing.")
    boolean skipInvalid;

    @Mixin
    RenderFlags render;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Sheets made at once (default: the number of cores).")
    Integer jobs;

    /** How the two outputs are named in hints. */
    private static final AtomicFiles.OutputHint OUT_DIR = new AtomicFiles.OutputHint("--out-dir", "sheets");
    private static final AtomicFiles.OutputHint COMBINED = new AtomicFiles.OutputHint("--combined", "all-sheets.pdf");

    /** What the checking pass found: the rows to leave out and how many are good. */
    private record Checked(Set<Integer> badLines, int valid, int lastLine) {
    }

    /** A sheet written by the second pass, remembered by its row for the combined PDF and for errors. */
    private record Written(int line, Path file) {
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Clinic profile = ClinicOption.load(clinic);
        Catalogue catalogue = catalogueFile.load();
        // A destination that cannot work is reported before the rows are read, so nobody fixes a
        // CSV only to learn that the folder was wrong, and long before the first sheet exists.
        AtomicFiles.checkFolder(outDir, OUT_DIR);
        if (combined != null) {
            AtomicFiles.checkFile(combined, COMBINED);
        }
        LocalDate today = SheetCommand.today();
        PrintWriter err = spec.commandLine().getErr();
        Typesetters typesetters = new Typesetters();

        Checked checked = check(catalogue, today, typesetters, err);
        // Some folders pass every check and still refuse files; find out with an empty probe, not a sheet.
        AtomicFiles.prepareFolder(outDir, OUT_DIR);
        if (combined != null) {
            AtomicFiles.prepareFolder(combined.toAbsolutePath().normalize().getParent(), COMBINED);
        }
        int total = checked.valid();
        Progress progress = new Progress(err, System.console() != null, total, "sheets");
        List<Written> written = generate(catalogue, profile, today, checked, typesetters, progress);
        if (combined != null) {
            err.println("joining " + written.size() + " sheets into " + combined);
            err.flush();
            List<Merger.Source> sources = written.stream().map(SheetsCommand::source).toList();
            AtomicFiles.write(combined, out -> Merger.merge(sources, out), COMBINED);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %d %s to %s%s in %.1f s%n", total, total == 1 ? "sheet" : "sheets", outDir,
                combined == null ? "" : " and " + combined, seconds);
        out.flush();
        return 0;
    }

    /** The first pass: every row, all problems reported; nothing written yet. */
    private Checked check(Catalogue catalogue, LocalDate today, Typesetters typesetters, PrintWriter err) {
        Typesetter typesetter = typesetters.take();
        Set<Integer> bad = new LinkedHashSet<>();
        List<RowProblem> problems = new ArrayList<>();
        int valid = 0;
        int last = 1;
        String source;
        try (PatientCsv rows = open()) {
            source = rows.source();
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                last = row.line();
                RowProblem problem = row.problem() != null ? row.problem()
                        : problem(catalogue, today, typesetter.fonts(), row);
                if (problem == null) {
                    valid++;
                } else {
                    bad.add(row.line());
                    problems.add(problem);
                }
            }
        } finally {
            typesetters.give(typesetter);
        }
        Set<String> hinted = new HashSet<>();
        String level = skipInvalid ? "warning: " : "error: ";
        for (RowProblem p : problems) {
            err.println(level + p.message(source));
            // The same hint under every row of a long file helps nobody; once is enough.
            if (p.hint() != null && hinted.add(p.hint())) {
                err.println("hint: " + p.hint());
            }
        }
        err.flush();
        int rows = valid + bad.size();
        if (!problems.isEmpty() && !skipInvalid) {
            throw new UserError(ExitCode.INVALID_INPUT, bad.size() + " of " + rows + " rows are invalid; nothing was written",
                    "fix the rows above, or add --skip-invalid to write the " + (valid == 1 ? "1 valid row" : valid + " valid rows"));
        }
        if (valid == 0) {
            throw new UserError(ExitCode.INVALID_INPUT, source + ": " + (rows == 0 ? "no patient rows after the header"
                    : "no valid rows; nothing was written"), "one patient a row, with at least the columns patient and moves");
        }
        if (!bad.isEmpty()) {
            err.println("skipping " + bad.size() + " invalid " + (bad.size() == 1 ? "row" : "rows") + ": "
                    + String.join(", ", bad.stream().map(String::valueOf).toList()));
            err.flush();
        }
        return new Checked(bad, valid, last);
    }

    private PatientCsv open() {
        return PatientCsv.open(csv, SheetOrders.FIELDS, List.of(SheetOrders.PATIENT, SheetOrders.MOVES));
    }

    /** What is wrong with a row, or null; every field a sheet prints must also be printable. */
    private static RowProblem problem(Catalogue catalogue, LocalDate today, Fonts fonts, CsvRow row) {
        try {
            SheetOrder order = order(catalogue, today, row);
            printable(fonts, order.patient(), SheetOrders.PATIENT);
            printable(fonts, order.clinician(), SheetOrders.CLINICIAN);
            printable(fonts, order.notes(), SheetOrders.NOTES);
            for (var move : order.moves()) {
                printable(fonts, move.note(), SheetOrders.MOVES);
            }
            return null;
        } catch (SheetOrders.FieldProblem p) {
            return new RowProblem(row.line(), p.field(), p.getMessage(), p.hint());
        }
    }

    /** Fields are printed bold (the name, in the header) or regular (elsewhere); checking both faces covers every use. */
    private static void printable(Fonts fonts, String text, String field) {
        if (text == null) {
            return;
        }
        for (Face face : List.of(Face.BOLD, Face.REGULAR)) {
            try {
                fonts.requireGlyphs(text, face, field);
            } catch (UserError e) {
                throw unprintable(fonts, text, face, field, e.hint());
            }
        }
    }

    /**
     * The first character the font cannot draw, found again one at a time, so the message is made
     * here with the field known rather than cut out of the font check's wording; it names the one
     * character, never the text around it.
     */
    private static SheetOrders.FieldProblem unprintable(Fonts fonts, String text, Face face, String field, String hint) {
        for (int cp : text.codePoints().toArray()) {
            String character = new String(Character.toChars(cp));
            try {
                fonts.requireGlyphs(character, face, field);
            } catch (UserError e) {
                return new SheetOrders.FieldProblem(field, "the character \"" + character + "\" (U+"
                        + String.format(Locale.ROOT, "%04X", cp) + ") cannot be printed with the bundled font", hint);
            }
        }
        return new SheetOrders.FieldProblem(field, "a character cannot be printed with the bundled font", hint);
    }

    private static SheetOrder order(Catalogue catalogue, LocalDate today, CsvRow row) {
        return SheetOrders.of(catalogue, row.get(SheetOrders.PATIENT), row.get(SheetOrders.DATE),
                row.get(SheetOrders.CLINICIAN), List.of(String.valueOf(row.get(SheetOrders.MOVES))),
                row.get(SheetOrders.NOTES), today);
    }

    /**
     * The second pass: rows are read one at a time and handed to a pool with a bounded number in
     * flight; each task borrows a typesetter (fonts are not thread-safe) and writes its file.
     * Returns the files in row order, for the combined PDF.
     */
    private List<Written> generate(Catalogue catalogue, Clinic profile, LocalDate today, Checked checked,
                                   Typesetters typesetters, Progress progress) throws InterruptedException {
        int threads = jobs != null && jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        PdfMeta meta = Movecard.sheetMeta(profile, catalogue, Meta.sourceDate());
        RenderOptions options = render.options();
        FileNames names = new FileNames(outDir);
        int digits = Math.max(4, Integer.toString(checked.lastLine()).length());
        List<Written> written = new ArrayList<>();
        try (PatientCsv rows = open()) {
            while (rows.hasNext() && failure.get() == null) {
                CsvRow row = rows.next();
                if (checked.badLines().contains(row.line()) || row.problem() != null) {
                    continue;
                }
                SheetOrder order = order(catalogue, today, row);
                Path file = names.next(String.format(Locale.ROOT, "%0" + digits + "d", row.line()), order.patient(), ".pdf");
                int line = row.line();
                written.add(new Written(line, file));
                inFlight.acquire();
                pool.execute(() -> {
                    Typesetter typesetter = typesetters.take();
                    try {
                        write(file, render(typesetter, Sheets.build(catalogue, profile, order), meta, options, line), line);
                        progress.advance();
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        typesetters.give(typesetter);
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return written;
    }

    /** One row's sheet as PDF bytes; an error names the row (see {@link #bug}). */
    private byte[] render(Typesetter typesetter, TakeHomeSheet sheet, PdfMeta meta, RenderOptions options, int line) {
        try {
            return typesetter.sheet(sheet, render.paper, meta, options).bytes();
        } catch (UserError e) {
            // A user error's message names a field or a move, never a patient's text.
            throw new UserError(e.exitCode(), "row " + line + ": " + e.getMessage(), e.hint());
        } catch (RuntimeException e) {
            throw bug(e, line);
        }
    }

    /**
     * The file name comes from the patient's name, and AtomicFiles' error and its cause both carry
     * it: report the row and the folder instead, and attach no cause, so --verbose cannot print it.
     */
    private void write(Path file, byte[] bytes, int line) {
        try {
            AtomicFiles.write(file, bytes, OUT_DIR);
        } catch (AtomicFiles.Failure e) {
            throw new UserError(ExitCode.OUTPUT_FAILED, "row " + line + ": cannot write the sheet into " + outDir
                    + " (" + e.reason() + ")", "choose a folder you can write to with --out-dir, or check its "
                    + "permissions and free space");
        } catch (RuntimeException e) {
            throw bug(e, line);
        }
    }

    /**
     * An internal error while making one row's sheet. Its message might quote anything, so only its
     * type and stack trace (code locations, for a bug report under --verbose) are kept.
     */
    private static IllegalStateException bug(RuntimeException e, int line) {
        IllegalStateException bug = new IllegalStateException("row " + line + ": " + e.getClass().getName());
        bug.setStackTrace(e.getStackTrace());
        return bug;
    }

    /** Reopens a written sheet for the combined PDF; an error names the row, not the file (its name is the patient's). */
    private static Merger.Source source(Written sheet) {
        return () -> {
            try {
                return Files.newInputStream(sheet.file());
            } catch (IOException e) {
                throw new IOException("cannot read the sheet of row " + sheet.line() + " again");
            }
        };
    }

    /**
     * Typesetters handed from task to task, so fonts are parsed once per worker (and the checking
     * pass's set is reused by the first), however many sheets there are. Thread-safe.
     */
    private static final class Typesetters {
        private final Queue<Typesetter> idle = new ConcurrentLinkedQueue<>();

        Typesetter take() {
            Typesetter typesetter = idle.poll();
            return typesetter != null ? typesetter : new Typesetter();
        }

        void give(Typesetter typesetter) {
            idle.add(typesetter);
        }
    }
}
