package org.movecard.cli;

import java.nio.file.Path;
import org.movecard.Movecard;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.layout.Unprintable;
import picocli.CommandLine.Option;

/** {@code --catalogue FILE}, defaulting to the bundled back-moves catalogue. */
final class CatalogueOption {
    @Option(names = {"-c", "--catalogue"}, paramLabel = "FILE",
            description = "Catalogue JSON file (default: the bundled back-moves catalogue). "
                    + "Format: docs/catalogue.md.")
    Path file;

    /**
     * The catalogue, with every character checked against the fonts: found here, a character no
     * font has is named with its line and column, which layout, long after reading, cannot do.
     */
    Catalogue load() {
        if (file == null) {
            return CatalogueReader.bundled();
        }
        Catalogue catalogue = CatalogueReader.read(file);
        try {
            Warmup.movecard().checkPrintable(catalogue);
        } catch (Unprintable e) {
            throw e.pointer() == null ? e : CatalogueReader.errorAt(file, e.pointer(), e.problem(), e.hint());
        }
        return catalogue;
    }

    String name() {
        return file == null ? "bundled catalogue (data/back-moves.json)" : file.toString();
    }
}
