package org.movecard.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.movecard.Movecard;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.language.Labels;

/**
 * A head start on the second core while the main thread sets up the command line: the bundled
 * catalogue is read on one thread, and on another a {@link Movecard} parses its fonts, to be the
 * command's own ({@link #movecard()}: one per run, so a checked catalogue or clinic file and the
 * document share its fonts). A failure is ignored: the command reports, for real, what was wrong.
 * (Also setting a small document there, to have OpenPDF's one-time set-up done, measured no faster:
 * on two cores it takes the CPU the main thread needs.)
 */
final class Warmup {
    /** The Movecard being prepared for this run, until the command takes it. */
    private static final AtomicReference<FutureTask<Movecard>> PREPARED = new AtomicReference<>();
    /** One Movecard per thread (it is not thread-safe), reused for every document the thread makes. */
    private static final ThreadLocal<Movecard> OWN = ThreadLocal.withInitial(Warmup::preparedOrNew);

    private Warmup() {
    }

    /** Warms what {@code command} will need: nothing for none (--version, --help, a typo), no fonts for list. */
    static void start(String command) {
        if (command == null || command.equals("help") || command.equals("preview")) {
            return;
        }
        // Two threads, so the catalogue and the fonts load side by side while the main thread
        // builds the command line.
        start("movecard-warmup-catalogue", () -> {
            CatalogueReader.bundled();
            // The labels' bundle and MessageFormat: every document prints words from them.
            Labels.english().text("page", "1", "1");
        });
        if (command.equals("list")) {
            return;
        }
        FutureTask<Movecard> task = new FutureTask<>(Movecard::new);
        PREPARED.set(task);
        start("movecard-warmup-fonts", task);
    }

    /** This thread's Movecard: the one the warm-up prepared (waiting for it to finish), else a new one. */
    static Movecard movecard() {
        return OWN.get();
    }

    private static Movecard preparedOrNew() {
        FutureTask<Movecard> task = PREPARED.getAndSet(null);
        if (task != null) {
            try {
                return task.get();
            } catch (ExecutionException e) {
                // The warm-up failed; a fresh Movecard will fail the same way, and say why.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Movecard();
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
