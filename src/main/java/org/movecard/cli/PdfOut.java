package org.movecard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.output.AtomicFiles;
import picocli.CommandLine;

/**
 * Where a command's {@code -o} sends its PDF: a file (written whole or not at all), or standard
 * output for {@code -o -}, so scripts can pipe it. Then the PDF is the only thing on standard output
 * and the command's report goes to standard error.
 */
final class PdfOut {
    private static final String STDOUT = "-";

    private PdfOut() {
    }

    /** Writes the PDF; returns where the command should print its "wrote …" line. */
    static PrintWriter write(CommandLine.Model.CommandSpec spec, Path output, byte[] pdf, AtomicFiles.OutputHint hint) {
        if (!isStdout(output)) {
            AtomicFiles.write(output, pdf, hint);
            return spec.commandLine().getOut();
        }
        if (System.console() != null) {
            throw new UserError(ExitCode.INVALID_INPUT, "not writing a PDF to the terminal",
                    "redirect standard output (" + hint.option() + " - > " + hint.example() + ") or give "
                            + hint.option() + " " + hint.example());
        }
        System.out.write(pdf, 0, pdf.length);
        System.out.flush();
        if (System.out.checkError()) {
            throw new UserError(ExitCode.OUTPUT_FAILED, "cannot write the PDF to standard output",
                    "check the pipe or file standard output goes to");
        }
        return spec.commandLine().getErr();
    }

    /** How the "wrote …" line names the output. */
    static String name(Path output) {
        return isStdout(output) ? "the PDF to standard output" : output.toString();
    }

    private static boolean isStdout(Path output) {
        return STDOUT.equals(output.toString());
    }
}
