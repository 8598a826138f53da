package org.movecard.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;

/** Catalogues for tests: the bundled one and the test resources under /catalogues. */
public final class Catalogues {
    private Catalogues() {
    }

    public static Catalogue bundled() {
        return CatalogueReader.bundled();
    }

    public static Catalogue resource(String name) {
        try (InputStream in = Catalogues.class.getResourceAsStream("/catalogues/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test catalogue " + name);
            }
            return CatalogueReader.read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
