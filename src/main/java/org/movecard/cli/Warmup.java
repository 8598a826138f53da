package org.movecard.cli;

import org.movecard.catalogue.CatalogueReader;
import org.movecard.language.Labels;
import org.movecard.pdf.Typesetter;

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
        // Two threads, so the catalogue reader and the fonts load side by side while the main
        // thread builds the command line; each is a head start only.
        start("movecard-warmup-catalogue", () -> {
            CatalogueReader.bundled();
            // The labels' bundle and MessageFormat: every document prints words from them.
            Labels.english().text("page", "1", "1");
        });
        if (!command.equals("list")) {
            start("movecard-warmup-fonts", Typesetter::new);
        }
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | OutOfMemoryError ignored) {
                // Only a head start: the command itself reads, and reports, for real.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
