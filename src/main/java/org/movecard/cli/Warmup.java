package org.movecard.cli;

import org.movecard.catalogue.CatalogueReader;
import org.movecard.typeset.Typesetter;

/**
 * Loads and initialises the JSON reader and the font and PDF classes on the second core while the
 * main thread sets up the command line: a one-document run spends most of its time there, not in
 * layout. Results are thrown away; failures are ignored (the real run reports them).
 */
final class Warmup {
    private Warmup() {
    }

    /** Warms what {@code command} will need: nothing for none (--version, --help, a typo), no fonts for list. */
    static void start(String command) {
        if (command == null || command.equals("help") || command.equals("preview")) {
            return;
        }
        boolean fonts = !command.equals("list");
        Thread thread = new Thread(() -> {
            try {
                CatalogueReader.bundled();
                if (fonts) {
                    new Typesetter();
                }
            } catch (RuntimeException ignored) {
                // Only a head start: the command itself reads, and reports, for real.
            }
        }, "movecard-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
