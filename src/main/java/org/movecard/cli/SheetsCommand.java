package org.movecard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.document.Sheets;
import org.movecard.output.AtomicFiles;
import org.movecard.output.FileNames;
import org.movecard.patients.CsvRow;
import org.movecard.patients.PatientCsv;
import org.movecard.patients.RowProblem;
import org.movecard.press.Merger;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;
import org.movecard.typeset.Fonts;
import org.movecard.typeset.PageFormat;
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
    CommonOptions common;

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

    @Option(names = {"-p", "--paper"}, paramLabel = "SIZE", defaultValue = "a4", converter = Paper.class,
            description = "Paper size: a4 or letter (default: ${DEFAULT-VALUE}).")
    PageFormat paper;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Sheets made at once (default: the number of cores).")
    Integer jobs;

    /** What the checking pass found: the rows to leave out and how many are good. */
    private record Checked(Set<Integer> badLines, int valid, int lastLine) {
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Clinic profile = ClinicOption.load(clinic);
        Catalogue catalogue = common.catalogue.load();
        requireFolder(outDir);
        LocalDate today = SheetCommand.today();
        PrintWriter err = spec.commandLine().getErr();

        Checked checked = check(catalogue, today, err);
        int total = checked.valid();
        Progress progress = new Progress(err, System.console() != null, total, "sheets");
        List<Path> written = generate(catalogue, profile, today, checked, progress);
        if (combined != null) {
            err.println("joining " + written.size() + " sheets into " + combined);
            err.flush();
            AtomicFiles.write(combined, out -> Merger.merge(written, out));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %d %s to %s%s in %.1f s%n", total, total == 1 ? "sheet" : "sheets", outDir,
                combined == null ? "" : " and " + combined, seconds);
        out.flush();
        return 0;
    }

    /** The first pass: every row, all problems reported; nothing written yet. */
    private Checked check(Catalogue catalogue, LocalDate today, PrintWriter err) {
        Fonts fonts = new Fonts();
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
                RowProblem problem = row.problem() != null ? row.problem() : problem(catalogue, today, fonts, row);
                if (problem == null) {
                    valid++;
                } else {
                    bad.add(row.line());
                    problems.add(problem);
                }
            }
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
                    "fix the rows above, or add --skip-invalid to write the " + valid + " valid ones");
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

    private static void printable(Fonts fonts, String text, String field) {
        if (text == null) {
            return;
        }
        try {
            fonts.requireGlyphs(text, org.movecard.typeset.Face.BOLD, field);
            fonts.requireGlyphs(text, org.movecard.typeset.Face.REGULAR, field);
        } catch (UserError e) {
            // The message names the one character, never the text around it.
            throw new SheetOrders.FieldProblem(field, e.getMessage().substring(field.length() + 2), e.hint());
        }
    }

    private static SheetOrder order(Catalogue catalogue, LocalDate today, CsvRow row) {
        return SheetOrders.of(catalogue, row.get(SheetOrders.PATIENT), row.get(SheetOrders.DATE),
                row.get(SheetOrders.CLINICIAN), List.of(String.valueOf(row.get(SheetOrders.MOVES))),
                row.get(SheetOrders.NOTES), today);
    }

    /**
     * The second pass: rows are read one at a time and handed to a pool with a bounded number in
     * flight; each worker keeps its own typesetter (fonts are not thread-safe) and writes its file.
     * Returns the files in row order, for the combined PDF.
     */
    private List<Path> generate(Catalogue catalogue, Clinic profile, LocalDate today, Checked checked,
                                Progress progress) throws InterruptedException {
        int threads = jobs != null && jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        ThreadLocal<Typesetter> typesetters = ThreadLocal.withInitial(Typesetter::new);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        PdfMeta meta = Meta.sheet(profile, catalogue);
        RenderOptions options = render.options();
        FileNames names = new FileNames(outDir);
        int digits = Math.max(4, Integer.toString(checked.lastLine()).length());
        List<Path> written = new ArrayList<>();
        String source = csv.toString();
        try (PatientCsv rows = open()) {
            while (rows.hasNext() && failure.get() == null) {
                CsvRow row = rows.next();
                if (checked.badLines().contains(row.line()) || row.problem() != null) {
                    continue;
                }
                SheetOrder order = order(catalogue, today, row);
                Path file = names.next(String.format(Locale.ROOT, "%0" + digits + "d", row.line()), order.patient(), ".pdf");
                written.add(file);
                inFlight.acquire();
                int line = row.line();
                pool.execute(() -> {
                    try {
                        var rendered = typesetters.get().sheet(Sheets.build(catalogue, profile, order), paper, meta, options);
                        AtomicFiles.write(file, rendered.bytes());
                        progress.advance();
                    } catch (UserError e) {
                        // The file name comes from the patient's name: report the row instead.
                        failure.compareAndSet(null, new UserError(e.exitCode(), source + ":" + line
                                + ": cannot write this row's sheet into " + outDir, e.hint(), e));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
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

    private static void requireFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(ExitCode.OUTPUT_FAILED, dir + ": is a file, not a folder",
                    "give --out-dir a folder (it is created if missing)");
        }
    }
}
