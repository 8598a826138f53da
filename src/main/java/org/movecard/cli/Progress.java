package org.movecard.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr that shows counts only, never what is being worked on (patient names
 * must not reach a terminal or a log). On a terminal it is redrawn in place with \r; otherwise a
 * few plain lines (every quarter), so logs stay short. Thread-safe.
 */
final class Progress {
    private static final int WIDTH = 30;
    /** Redraw at most this often on a terminal; drawing is slower than a sheet. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final String unit;
    private int done;
    private int lastQuarter;
    private long lastDraw;

    Progress(PrintWriter err, boolean terminal, int total, String unit) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.unit = unit;
    }

    synchronized void advance() {
        done++;
        if (terminal) {
            long now = System.nanoTime();
            if (done == total || now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                err.print("\r" + bar(done, total, unit));
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        } else {
            int quarter = total == 0 ? 4 : done * 4 / total;
            if (quarter > lastQuarter) {
                lastQuarter = quarter;
                err.println(bar(done, total, unit));
                err.flush();
            }
        }
    }

    /** "[###############               ] 512/1000 sheets". */
    static String bar(int done, int total, String unit) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + unit;
    }
}
