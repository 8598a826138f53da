package org.movecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.layout.Face;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.output.AtomicFiles;
import org.movecard.output.FileNames;
import org.movecard.patients.CsvRow;
import org.movecard.patients.PatientCsv;
import org.movecard.patients.RowProblem;
import org.movecard.pdf.Fonts;
import org.movecard.press.Merger;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;

/**
 * A batch of take-home sheets from a patient CSV, one file per row. Every row is checked before
 * anything is written (a first streaming pass, {@link #check}), then the sheets are made in a second
 * streaming pass ({@link #write}) by a pool of workers, each with its own {@link Movecard}, and one
 * thread that writes the files, so memory stays flat however long the file is. Messages name rows by their line, never a patient's text.
 */
public final class SheetBatch {
    /**
     * The most sheets made at once. Each worker holds its own fonts and layout (tens of MB), and a
     * sheet takes milliseconds, so more workers than this only cost memory.
     */
    public static final int MAX_JOBS = 64;

    private final Request request;
    private final Queue<Movecard> idle = new ConcurrentLinkedQueue<>();

    /**
     * What to make: {@code jobs} sheets at once; {@code today} is the default date of a row without
     * one; {@code date} the PDFs' creation date (null: none).
     */
    public record Request(Catalogue catalogue, Clinic clinic, Path csv, Path outDir, PageFormat paper,
                          RenderOptions options, int jobs, LocalDate today, Instant date, Catalogue second) {
        public Request {
            if (jobs < 1 || jobs > MAX_JOBS) {
                throw new IllegalArgumentException("jobs " + jobs + " is not from 1 to " + MAX_JOBS);
            }
        }

        /** Sheets in the catalogue's language only. */
        public Request(Catalogue catalogue, Clinic clinic, Path csv, Path outDir, PageFormat paper,
                       RenderOptions options, int jobs, LocalDate today, Instant date) {
            this(catalogue, clinic, csv, outDir, paper, options, jobs, today, date, null);
        }
    }

    /** What the checking pass found: every problem, the lines to leave out and how many rows are good. */
    public record Checked(String source, List<RowProblem> problems, Set<Integer> badLines, int valid, int lastLine) {
        public Checked {
            problems = List.copyOf(problems);
            badLines = Set.copyOf(badLines);
        }
    }

    /** A sheet written by the second pass, remembered by its row for the combined PDF. */
    public record Written(int line, Path file) {
    }

    public SheetBatch(Request request) {
        this.request = request;
    }

    /** The first pass: every row, all problems found; nothing written. */
    public Checked check() {
        Movecard movecard = take();
        Set<Integer> bad = new LinkedHashSet<>();
        List<RowProblem> problems = new ArrayList<>();
        int valid = 0;
        int last = 1;
        try (PatientCsv rows = open()) {
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                last = row.line();
                RowProblem problem = row.problem() != null ? row.problem()
                        : problem(movecard.typesetter().fonts(), row);
                if (problem == null) {
                    valid++;
                } else {
                    bad.add(row.line());
                    problems.add(problem);
                }
            }
            return new Checked(rows.source(), problems, bad, valid, last);
        } finally {
            give(movecard);
        }
    }

    /**
     * The second pass: rows are read one at a time and handed to the pool with a bounded number in
     * flight; {@code done} is called after each sheet is written. Returns the files in row order.
     */
    public List<Written> write(Checked checked, Runnable done) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(request.jobs());
        // Files are written, and waited for until they are on disk, by a thread of their own, so the
        // workers go on to the next sheets meanwhile (an fsync takes about as long as a tenth of a sheet).
        ExecutorService disk = Executors.newSingleThreadExecutor();
        Semaphore inFlight = new Semaphore(request.jobs() * 2);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Naming names = new Naming(checked);
        List<Written> written = new ArrayList<>();
        try (PatientCsv rows = open()) {
            while (rows.hasNext() && failure.get() == null) {
                CsvRow row = rows.next();
                if (names.skips(row)) {
                    continue;
                }
                SheetOrder order = order(row);
                Path file = names.next(row, order);
                int line = row.line();
                written.add(new Written(line, file));
                inFlight.acquire();
                pool.execute(() -> {
                    Movecard movecard = take();
                    byte[] rendered = null;
                    try {
                        rendered = render(movecard, order, line);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        give(movecard);
                        if (rendered == null) {
                            inFlight.release();
                        }
                    }
                    if (rendered == null) {
                        return;
                    }
                    byte[] bytes = rendered;
                    disk.execute(() -> {
                        try {
                            writeSheet(file, bytes, line);
                            done.run();
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
            disk.shutdown();
            disk.awaitTermination(1, TimeUnit.DAYS);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return written;
    }

    /**
     * The file the second pass would write that {@code other} names (compared as the batch's names
     * are, ignoring case), or null: the combined PDF must not replace a sheet of its own batch.
     */
    public Path sheetAt(Checked checked, Path other) {
        Path wanted = other.toAbsolutePath().normalize();
        Naming names = new Naming(checked);
        try (PatientCsv rows = open()) {
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                if (names.skips(row)) {
                    continue;
                }
                Path file = names.next(row, order(row));
                if (file.getParent().equals(wanted.getParent())
                        && file.getFileName().toString().equalsIgnoreCase(wanted.getFileName().toString())) {
                    return file;
                }
            }
        }
        return null;
    }

    /** Names the valid rows' sheets, the same way in every pass: "0012-anna-muller.pdf". */
    private final class Naming {
        private final Checked checked;
        private final FileNames names = new FileNames(request.outDir());
        private final int digits;

        Naming(Checked checked) {
            this.checked = checked;
            this.digits = Math.max(4, Integer.toString(checked.lastLine()).length());
        }

        boolean skips(CsvRow row) {
            return checked.badLines().contains(row.line()) || row.problem() != null;
        }

        Path next(CsvRow row, SheetOrder order) {
            return names.next(String.format(Locale.ROOT, "%0" + digits + "d", row.line()), order.patient(), ".pdf");
        }
    }

    /** All written sheets joined into one PDF, in row order, streamed. */
    public static void combine(List<Written> written, Path combined, AtomicFiles.OutputHint hint) {
        List<Merger.Source> sources = written.stream().map(SheetBatch::source).toList();
        AtomicFiles.write(combined, out -> Merger.merge(sources, out), hint);
    }

    private PatientCsv open() {
        return PatientCsv.open(request.csv(), SheetOrders.FIELDS, List.of(SheetOrders.PATIENT, SheetOrders.MOVES));
    }

    private SheetOrder order(CsvRow row) {
        return Movecard.order(request.catalogue(), row.get(SheetOrders.PATIENT), row.get(SheetOrders.DATE),
                row.get(SheetOrders.CLINICIAN), List.of(String.valueOf(row.get(SheetOrders.MOVES))),
                row.get(SheetOrders.NOTES), request.today());
    }

    /** What is wrong with a row, or null; every field a sheet prints must also be printable. */
    private RowProblem problem(Fonts fonts, CsvRow row) {
        try {
            SheetOrder order = order(row);
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

    /** One row's sheet as PDF bytes; an error names the row (see {@link #bug}). */
    private byte[] render(Movecard movecard, SheetOrder order, int line) {
        try {
            return movecard.sheet(request.catalogue(), request.second(), request.clinic(), order, request.paper(),
                    request.options(), request.date()).bytes();
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
    private void writeSheet(Path file, byte[] bytes, int line) {
        try {
            AtomicFiles.write(file, bytes);
        } catch (AtomicFiles.Failure e) {
            throw new UserError(ExitCode.OUTPUT_FAILED, "row " + line + ": cannot write the sheet into "
                    + request.outDir() + " (" + e.reason() + ")",
                    "choose a folder you can write to, or check its permissions and free space");
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

    /** A worker's Movecard, handed from task to task so fonts are parsed once per worker. */
    private Movecard take() {
        Movecard movecard = idle.poll();
        return movecard != null ? movecard : new Movecard();
    }

    private void give(Movecard movecard) {
        idle.add(movecard);
    }
}
