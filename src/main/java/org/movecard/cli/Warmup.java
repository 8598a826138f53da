package org.movecard.cli;

import org.movecard.catalogue.CatalogueReader;
import org.movecard.pdf.Typesetter;

/**
 * Loads and initialises the JSON reader and the font and PDF classes on the second core while the
 * main thread sets up the command line: a one-document run spends most of its time there, not in
 * layout. Results are thrown away; failures are ignored (the real run reports them).
 */
final class Warmup {
    private Warmup() {
    }

    static void start() {
        Thread thread = new Thread(() -> {
            try {
                CatalogueReader.bundled();
                new Typesetter();
            } catch (RuntimeException ignored) {
                // Only a head start: the command itself reads, and reports, for real.
            }
        }, "movecard-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
