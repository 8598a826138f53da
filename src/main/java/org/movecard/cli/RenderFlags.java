package org.movecard.cli;

import org.movecard.typeset.RenderOptions;
import picocli.CommandLine.Option;

/** {@code --large-print} and {@code --no-figures}, shared by handouts and take-home sheets. */
final class RenderFlags {
    @Option(names = "--large-print",
            description = "Large print: 16 pt text and larger headings, for readers who need it.")
    boolean largePrint;

    @Option(names = "--no-figures",
            description = "Leave out the pictures of the moves and the back maps (QR codes for videos stay).")
    boolean noFigures;

    RenderOptions options() {
        return new RenderOptions(!noFigures, largePrint);
    }
}
