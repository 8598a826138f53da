package org.movecard.cli;

import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes a man page for movecard and each of its commands, in the AsciiDoc form picocli generates
 * (from the same model as {@code --help}); the build runs it into {@code target/man}. Build-time
 * only: picocli-codegen is not in the jar.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "target/man");
        if (!out.isDirectory() && !out.mkdirs()) {
            throw new IOException("cannot create " + out);
        }
        int code = ManPageGenerator.generateManPage(out, null, new boolean[0], true,
                Main.commandLine().getCommandSpec());
        if (code != 0) {
            throw new IOException("man pages: exit code " + code);
        }
    }
}
