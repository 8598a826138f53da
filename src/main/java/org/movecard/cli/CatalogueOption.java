package org.movecard.cli;

import java.nio.file.Path;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;
import picocli.CommandLine.Option;

/** {@code --catalogue FILE}, defaulting to the bundled back-moves catalogue. */
final class CatalogueOption {
    @Option(names = {"-c", "--catalogue"}, paramLabel = "FILE",
            description = "Catalogue JSON file (default: the bundled back-moves catalogue). "
                    + "Format: docs/catalogue.md.")
    Path file;

    Catalogue load() {
        return file == null ? CatalogueReader.bundled() : CatalogueReader.read(file);
    }

    String name() {
        return file == null ? "bundled catalogue (data/back-moves.json)" : file.toString();
    }
}
