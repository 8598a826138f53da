package org.movecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * A quiet run through the common commands, used by the launcher to record which classes to put in
 * its class-data archive (so later runs start faster). Writes only into the folder it is given.
 */
public final class Train {
    private Train() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String[][] runs = {
            {"handout", "-o", dir.resolve("handout.pdf").toString()},
            {"card", "--setting", "floor", "--duplex", "long-edge", "-o", dir.resolve("card.pdf").toString()},
            {"list"},
        };
        int failures = 0;
        for (String[] run : runs) {
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(new StringWriter()));
            cl.setErr(new PrintWriter(new StringWriter()));
            failures += cl.execute(run) == 0 ? 0 : 1;
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
