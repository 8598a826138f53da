package org.movecard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.movecard.Movecard;
import org.movecard.catalogue.Catalogue;
import org.movecard.output.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code movecard figures}: a contact sheet of a catalogue's figures, for people who draw their own. */
@Command(name = "figures", header = "A contact sheet of every figure, to check hand-drawn poses.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Writes every move's figure large, its poses in order, each in its 100 x 100 box over a",
            "faint grid with each joint marked and named, so you can see and fix what you typed.",
            "A catalogue in which no move has a figure is exit code 6.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard figures                  the bundled figures: output/figures.pdf",
            "  movecard figures -c my-moves.json -o output/my-figures.pdf",
        })
final class FiguresCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CatalogueOption catalogueFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = OutputFileConverter.class,
            defaultValue = "output/figures.pdf",
            description = "Output PDF, default ${DEFAULT-VALUE}; missing folders are created; - for standard output.")
    Path output;

    @Override
    public Integer call() {
        AtomicFiles.requireNotAnInput(output, AtomicFiles.OutputHint.OUTPUT, "the catalogue", catalogueFile.file);
        Catalogue catalogue = catalogueFile.load();
        Movecard.Pdf rendered = Warmup.movecard().figures(catalogue, catalogueFile.name(), Meta.sourceDate());
        int figures = (int) catalogue.moves().stream().filter(m -> m.figure() != null).count();
        PdfOut.write(spec, output, rendered.bytes(), AtomicFiles.OutputHint.OUTPUT)
                .printf("wrote %s (%s, %d %s)%n", PdfOut.name(output), Plural.of(figures, "figure"),
                        rendered.pages(), rendered.pages() == 1 ? "page" : "pages");
        return 0;
    }
}
