package org.movecard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.movecard.Movecard;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.output.AtomicFiles;
import org.movecard.selection.DoseSyntax;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code movecard sheet}: one patient's take-home sheet with prescribed doses. */
@Command(name = "sheet", header = "One patient's take-home sheet with doses and a stop-and-call box.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Writes one patient's take-home sheet: the clinic's header, the stop-and-call box, the safety box,",
            "each prescribed move with its dose and note, notes and a week log to tick.",
            "Dose syntax (docs/clinic.md): ID[: PART, PART, ...][; note: TEXT], parts such as",
            "hold 20s | 3 times | 2 sets | each side | both sides | twice a day | 3 times a week | every other day.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard sheet --clinic data/examples/clinic.json --patient \"Alex Smith\" \\",
            "      --move \"chair-twist: hold 20s, 3 times, twice a day; note: go slowly\" \\",
            "      --move \"palms-arch: 10 times, once a day\" -o output/alex.pdf",
        })
final class SheetCommand implements Callable<Integer> {
    private static final AtomicFiles.OutputHint OUTPUT = new AtomicFiles.OutputHint("-o", "sheet.pdf");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CatalogueOption catalogueFile;

    @Mixin
    LanguageOption language;

    @Option(names = "--clinic", paramLabel = "FILE",
            description = "Clinic profile JSON (required, or clinic= in the config file; format: docs/clinic.md).")
    Path clinic;

    @Option(names = "--patient", paramLabel = "NAME", required = true, description = "The patient's name (required).")
    String patient;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date on the sheet (default: today, or the day of SOURCE_DATE_EPOCH when set).")
    String date;

    @Option(names = "--clinician", paramLabel = "NAME", description = "Who prescribed the moves.")
    String clinician;

    @Option(names = {"-m", "--move"}, paramLabel = "ENTRY", required = true,
            description = "A move and its dose, e.g. \"" + DoseSyntax.EXAMPLE + "\". Repeat for more moves.")
    List<String> moves = new ArrayList<>();

    @Option(names = "--notes", paramLabel = "TEXT", description = "General notes printed on the sheet.")
    String notes;

    @Mixin
    RenderFlags render;

    @Option(names = "--full-safety",
            description = "Print the catalogue's full safety notes instead of its short points (the stop-and-call "
                    + "box already names the red flags).")
    boolean fullSafety;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = OutputFileConverter.class,
            defaultValue = "output/sheet.pdf",
            description = "Output PDF, default ${DEFAULT-VALUE}; missing folders are created; - for standard output.")
    Path output;

    @Override
    public Integer call() {
        AtomicFiles.requireNotAnInput(output, OUTPUT, "the catalogue", catalogueFile.file);
        AtomicFiles.requireNotAnInput(output, OUTPUT, "the clinic profile", clinic);
        Clinic profile = ClinicOption.load(clinic);
        Movecard.Languages languages = language.of(catalogueFile.load(), catalogueFile.file);
        Catalogue catalogue = languages.first();
        SheetOrder order;
        try {
            order = Movecard.order(catalogue, patient, date, clinician, moves, notes, today());
        } catch (SheetOrders.FieldProblem p) {
            throw new UserError(ExitCode.INVALID_INPUT, option(p.field()) + ": " + p.getMessage(), p.hint());
        }
        Movecard.Pdf rendered = Warmup.movecard().sheet(catalogue, languages.second(), profile, order, render.paper,
                render.options().withFullSafety(fullSafety),
                Meta.sourceDate());
        PrintWriter report = PdfOut.write(spec, output, rendered.bytes(), OUTPUT);
        // The patient's name stays out of the terminal: the file name is what the user chose.
        int moveCount = order.moves().size();
        report.printf("wrote %s (%d %s, %d %s, %s)%n", PdfOut.name(output), moveCount, moveCount == 1 ? "move" : "moves",
                rendered.pages(), rendered.pages() == 1 ? "page" : "pages", render.paper.name().toUpperCase());
        return 0;
    }

    private static String option(String field) {
        return SheetOrders.MOVES.equals(field) ? "--move" : "--" + field;
    }

    /** The default date: the day of SOURCE_DATE_EPOCH (UTC) when set, so reproducible builds stay so; else today. */
    static LocalDate today() {
        var epoch = Meta.sourceDate();
        return epoch == null ? LocalDate.now() : epoch.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
