package org.movecard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.movecard.Movecard;
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
        })
final class HandoutCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Mixin
    CatalogueOption catalogueFile;

    @Option(names = {"-t", "--title"}, paramLabel = "TEXT",
            description = "Title at the top (default: the catalogue's title).")
    String title;

    @Mixin
    RenderFlags render;

    @Option(names = "--one-column",
            description = "One move under another across the page, instead of two columns.")
    boolean oneColumn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "output/handout.pdf",
            description = "Output PDF, default ${DEFAULT-VALUE}; missing folders are created; - for standard output.")
    Path output;

    @Override
    public Integer call() {
        Routine routine = Movecard.select(catalogueFile.load(), selection.criteria());
        Movecard.Pdf rendered = new Movecard().handout(routine, title, render.paper, options(), Meta.sourceDate());
        PdfOut.write(spec, output, rendered.bytes(), AtomicFiles.OutputHint.OUTPUT)
                .printf("wrote %s (%s, %d %s, %s)%n", PdfOut.name(output), Plural.of(routine.moves().size(), "move"),
                rendered.pages(), rendered.pages() == 1 ? "page" : "pages", render.paper.name().toUpperCase());
        return 0;
    }

    private RenderOptions options() {
        RenderOptions flags = render.options();
        return new RenderOptions(flags.figures(), flags.largePrint(), oneColumn);
    }
}
