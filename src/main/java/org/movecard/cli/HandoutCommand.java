package org.movecard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.movecard.ExitCode;
import org.movecard.Movecard;
import org.movecard.UserError;
import org.movecard.layout.RenderOptions;
import org.movecard.output.AtomicFiles;
import org.movecard.selection.Routine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code movecard handout}: a desk handout on A4 or US Letter. */
@Command(name = "handout", header = "A desk handout (A4 or Letter) with the safety box first.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Writes a desk handout: the safety box first, then each move with numbered steps,",
            "where you'll feel it, and how much to do. Moves are grouped chair, standing, floor.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard handout",
            "  movecard handout --setting chair --setting standing -o output/desk.pdf",
            "  movecard handout --region lower --paper letter --title \"Lower back at work\"",
            "  movecard handout --moves chair-twist,chair-lean-back",
            "  movecard handout --large-print --setting chair",
            "  movecard handout --no-figures -o output/text-only.pdf",
            "  movecard handout --language es -o output/espalda.pdf",
            "  movecard handout --language en,es -o output/two-languages.pdf",
        })
final class HandoutCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Mixin
    CatalogueOption catalogueFile;

    @Mixin
    LanguageOption language;

    @Option(names = {"-t", "--title"}, paramLabel = "TEXT",
            description = "Title at the top (default: the catalogue's title).")
    String title;

    @Mixin
    RenderFlags render;

    @Option(names = "--one-column",
            description = "One move under another across the page, instead of two columns.")
    boolean oneColumn;

    @Option(names = "--pages", paramLabel = "N",
            description = "Fit the handout on N pages (1 for a pin-up) by shrinking text and pictures, never "
                    + "below 10 pt (large print: 16 pt); exit code 5 says how many pages it needs.")
    Integer pages;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = OutputFileConverter.class,
            defaultValue = "output/handout.pdf",
            description = "Output PDF, default ${DEFAULT-VALUE}; missing folders are created; - for standard output.")
    Path output;

    @Override
    public Integer call() {
        AtomicFiles.requireNotAnInput(output, AtomicFiles.OutputHint.OUTPUT, "the catalogue", catalogueFile.file);
        Movecard.Languages languages = language.of(catalogueFile.load(), catalogueFile.file);
        Routine routine = Movecard.select(languages.first(), selection.criteria());
        Movecard.Pdf rendered = Warmup.movecard().handout(routine, languages.second(), title, render.paper, options(),
                Meta.sourceDate());
        PdfOut.write(spec, output, rendered.bytes(), AtomicFiles.OutputHint.OUTPUT)
                .printf("wrote %s (%s, %d %s, %s%s)%n", PdfOut.name(output),
                Plural.of(routine.moves().size(), "move"), rendered.pages(), rendered.pages() == 1 ? "page" : "pages",
                render.paper.name().toUpperCase(), fitted(rendered.fitting()));
        return 0;
    }

    /** What fitting the pages did, when the reader should know: ", 10.5 pt text, no pictures". */
    private String fitted(Movecard.Fitting fit) {
        StringBuilder s = new StringBuilder();
        float size = fit.textSize();
        if (pages != null || fit.smallerText()) {
            s.append(", ").append(size == Math.rint(size) ? Integer.toString((int) size) : Float.toString(size))
                    .append(" pt text");
        }
        if (!fit.pictures() && render.options().figures()) {
            s.append(", pictures left out to fit");
        } else if (fit.smallerPictures()) {
            s.append(", smaller pictures");
        }
        if (fit.shortSafety()) {
            s.append(", short safety points");
        }
        if (!fit.tips()) {
            s.append(", tips left out");
        }
        return s.toString();
    }

    private RenderOptions options() {
        RenderOptions flags = render.options();
        if (pages != null && (pages < 1 || pages > RenderOptions.MAX_PAGES)) {
            throw new UserError(ExitCode.INVALID_INPUT, "--pages " + pages + " is out of range",
                    "give a number of pages from 1 to " + RenderOptions.MAX_PAGES + ", e.g. --pages 1 for a pin-up");
        }
        return new RenderOptions(flags.figures(), flags.largePrint(), oneColumn).withPages(pages == null ? 0 : pages);
    }
}
