package org.movecard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.movecard.Movecard;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Readability;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code movecard check}: validates a catalogue and gives advice on hard-to-read steps. */
@Command(name = "check", header = "Validate a catalogue and get advice on hard-to-read steps.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Validates a catalogue: errors exit with code 2 and name the line and column;",
            "a character the bundled font cannot print is an error naming the move and step.",
            "Warnings about long or hard-to-read steps are advice only (exit 0).",
        })
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CatalogueOption catalogueFile;

    @Override
    public Integer call() {
        // Loading a file checks every character against the fonts; the bundled one is checked here.
        Catalogue catalogue = catalogueFile.load();
        if (catalogueFile.file == null) {
            new Movecard().checkPrintable(catalogue);
        }
        List<Readability.Warning> warnings = Readability.check(catalogue);
        PrintWriter err = spec.commandLine().getErr();
        String name = catalogueFile.name();
        for (Readability.Warning w : warnings) {
            err.println("warning: " + name + ": move \"" + w.moveId() + "\" step " + w.step() + ": "
                    + Terminal.escape(w.message()));
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ok: %s: %s, %s, %s%s%n", name, Plural.of(catalogue.moves().size(), "move"),
                Plural.of(catalogue.settings().size(), "setting"), Plural.of(catalogue.regions().size(), "region"),
                warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
        out.flush();
        return 0;
    }
}
