package org.movecard.cli;

import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import picocli.CommandLine.Option;

/** {@code --paper}, {@code --large-print} and {@code --no-figures}, shared by handouts and take-home sheets. */
final class RenderFlags {
    @Option(names = {"-p", "--paper"}, paramLabel = "SIZE", defaultValue = "a4", converter = Paper.class,
            description = "Paper size: a4 or letter (default: ${DEFAULT-VALUE}).")
    PageFormat paper;

    @Option(names = "--large-print",
            description = "Large print: 16 pt text and larger headings, for readers who need it.")
    boolean largePrint;

    @Option(names = "--no-figures",
            description = "Leave out the pictures of the moves and the back maps (QR codes for videos stay).")
    boolean noFigures;

    RenderOptions options() {
        return new RenderOptions(!noFigures, largePrint, false);
    }
}
