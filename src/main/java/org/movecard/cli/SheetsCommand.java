package org.movecard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.Movecard;
import org.movecard.SheetBatch;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.output.AtomicFiles;
import org.movecard.patients.RowProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code movecard sheets}: one take-home sheet per CSV row, made by {@link SheetBatch} (every row
 * checked before anything is written, then written in parallel). Patient names and notes never
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
            "  movecard sheets --clinic data/examples/clinic.json \\",
            "      --csv data/examples/patients.csv --out-dir output/sheets",
            "  movecard sheets --clinic clinic.json --csv today.csv --out-dir out \\",
            "      --combined out/all.pdf --skip-invalid",
        })
final class SheetsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CatalogueOption catalogueFile;

    @Mixin
    LanguageOption language;

    @Option(names = "--clinic", paramLabel = "FILE",
            description = "Clinic profile JSON (required, or clinic= in the config file; docs/clinic.md).")
    Path clinic;

    @Option(names = "--csv", paramLabel = "FILE", required = true,
            description = "Patients, one a row: patient,date,clinician,moves,notes (comma or semicolon separated, UTF-8).")
    Path csv;

    @Option(names = "--out-dir", paramLabel = "DIR", required = true,
            description = "Folder for the sheets (created if missing); files are named ROW-NAME.pdf.")
    Path outDir;

    @Option(names = "--combined", paramLabel = "FILE", converter = OutputFileConverter.class,
            description = "Also write all sheets into this one PDF, in row order.")
    Path combined;

    @Option(names = "--skip-invalid", description = "Write the valid rows and list the invalid ones, instead of writing nothing.")
    boolean skipInvalid;

    @Mixin
    RenderFlags render;

    @Option(names = "--full-safety",
            description = "Print the catalogue's full safety notes instead of its short points (the stop-and-call "
                    + "box already names the red flags).")
    boolean fullSafety;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Sheets made at once, 1 to " + SheetBatch.MAX_JOBS + " (default: the number of cores).")
    Integer jobs;

    /** How the two outputs are named in hints. */
    private static final AtomicFiles.OutputHint OUT_DIR = new AtomicFiles.OutputHint("--out-dir", "sheets");
    private static final AtomicFiles.OutputHint COMBINED = new AtomicFiles.OutputHint("--combined", "all-sheets.pdf");

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (jobs != null && (jobs < 1 || jobs > SheetBatch.MAX_JOBS)) {
            throw new UserError(ExitCode.INVALID_INPUT, "--jobs " + jobs + ": give a number from 1 to " + SheetBatch.MAX_JOBS,
                    "leave --jobs out to make as many sheets at once as there are cores");
        }
        if (combined != null) {
            AtomicFiles.requireNotAnInput(combined, COMBINED, "the catalogue", catalogueFile.file);
            AtomicFiles.requireNotAnInput(combined, COMBINED, "the clinic profile", clinic);
            AtomicFiles.requireNotAnInput(combined, COMBINED, "the patient CSV", csv);
        }
        Clinic profile = ClinicOption.load(clinic);
        Movecard.Languages languages = language.of(catalogueFile.load(), catalogueFile.file);
        Catalogue catalogue = languages.first();
        // A destination that cannot work is reported before the rows are read, so nobody fixes a
        // CSV only to learn that the folder was wrong, and long before the first sheet exists.
        AtomicFiles.checkFolder(outDir, OUT_DIR);
        if (combined != null) {
            AtomicFiles.checkFile(combined, COMBINED);
        }
        PrintWriter err = spec.commandLine().getErr();
        int threads = jobs != null ? jobs : Math.min(Runtime.getRuntime().availableProcessors(), SheetBatch.MAX_JOBS);
        SheetBatch batch = new SheetBatch(new SheetBatch.Request(catalogue, profile, csv, outDir, render.paper,
                render.options().withFullSafety(fullSafety), threads, SheetCommand.today(), Meta.sourceDate(),
                languages.second()));

        SheetBatch.Checked checked = batch.check();
        report(checked, err);
        if (combined != null && batch.sheetAt(checked, combined) != null) {
            // Named by the option as given, not by the sheet's name, which comes from a patient's.
            throw new UserError(ExitCode.OUTPUT_FAILED, "--combined " + combined + ": is the name of one of the sheets"
                    + " this run writes into --out-dir; nothing was written",
                    "give --combined a name outside the sheets' pattern, for example " + outDir.resolve("all-sheets.pdf"));
        }
        // Some folders pass every check and still refuse files; find out with an empty probe, not a sheet.
        AtomicFiles.prepareFolder(outDir, OUT_DIR);
        if (combined != null) {
            AtomicFiles.prepareFolder(combined.toAbsolutePath().normalize().getParent(), COMBINED);
        }
        int total = checked.valid();
        Progress progress = new Progress(err, System.console() != null, total, "sheets");
        List<SheetBatch.Written> written;
        try {
            written = batch.write(checked, progress::advance);
        } catch (UserError e) {
            throw e.exitCode() == ExitCode.OUTPUT_FAILED
                    ? new UserError(e.exitCode(), e.getMessage(), "choose a folder you can write to with --out-dir, "
                            + "or check its permissions and free space")
                    : e;
        }
        if (combined != null) {
            err.println("joining " + written.size() + " sheets into " + combined);
            err.flush();
            SheetBatch.combine(written, combined, COMBINED);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %d %s to %s%s in %.1f s%n", total, total == 1 ? "sheet" : "sheets", outDir,
                combined == null ? "" : " and " + combined, seconds);
        out.flush();
        return 0;
    }

    /** Prints every row problem (each hint once) and stops unless --skip-invalid leaves valid rows. */
    private void report(SheetBatch.Checked checked, PrintWriter err) {
        Set<String> hinted = new HashSet<>();
        String level = skipInvalid ? "warning: " : "error: ";
        for (RowProblem p : checked.problems()) {
            err.println(level + Terminal.escape(Hint.words(p.message(checked.source()), Main.WORDING)));
            // The same hint under every row of a long file helps nobody; once is enough.
            if (p.hint() != null && hinted.add(p.hint())) {
                err.println("hint: " + Terminal.escape(Hint.words(p.hint(), Main.WORDING)));
            }
        }
        err.flush();
        Set<Integer> bad = checked.badLines();
        int valid = checked.valid();
        int rows = valid + bad.size();
        if (!checked.problems().isEmpty() && !skipInvalid) {
            throw new UserError(ExitCode.INVALID_INPUT, bad.size() + " of " + rows + " rows are invalid; nothing was written",
                    "fix the rows above, or add --skip-invalid to write the " + (valid == 1 ? "1 valid row" : valid + " valid rows"));
        }
        if (valid == 0) {
            throw new UserError(ExitCode.INVALID_INPUT, checked.source() + ": " + (rows == 0
                    ? "no patient rows after the header" : "no valid rows; nothing was written"),
                    "one patient a row, with at least the columns patient and moves");
        }
        if (!bad.isEmpty()) {
            err.println("skipping " + bad.size() + " invalid " + (bad.size() == 1 ? "row" : "rows") + ": "
                    + String.join(", ", bad.stream().sorted().map(String::valueOf).toList()));
            err.flush();
        }
    }
}
