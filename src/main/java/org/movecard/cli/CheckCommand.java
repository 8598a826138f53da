package org.movecard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.movecard.Movecard;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueError;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.catalogue.Readability;
import org.movecard.language.Labels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code movecard check}: validates a catalogue and gives advice on hard-to-read steps. */
@Command(name = "check", header = "Validate a catalogue and get advice on hard-to-read steps.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Validates a catalogue: errors exit with code 2 and name the line and column;",
            "a character the bundled font cannot print is an error naming the move and step.",
            "Warnings about long or hard-to-read steps are advice only (exit 0).",
            "With --language, checks the catalogue's translation into that language too.",
        })
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CatalogueOption catalogueFile;

    @Mixin
    LanguageOption language;

    @Option(names = "--json", description = "Print the verdict, errors and warnings as JSON on standard output "
            + "(exit codes unchanged).")
    boolean json;

    @Override
    public Integer call() {
        if (json) {
            return callJson();
        }
        List<Catalogue> catalogues;
        try {
            catalogues = load();
        } catch (CatalogueError e) {
            if (e.all().size() == 1) {
                throw e;
            }
            // Every problem found in this pass, in file order: one run to see what to fix.
            PrintWriter err = spec.commandLine().getErr();
            for (CatalogueError each : e.all()) {
                err.println("error: " + each.getMessage());
                if (each.hint() != null) {
                    err.println("hint: " + each.hint());
                }
            }
            err.flush();
            return e.exitCode().code();
        }
        Catalogue catalogue = catalogues.get(0);
        List<Readability.Warning> warnings = warnings(catalogues);
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

    /**
     * The catalogue, or with {@code --language} its translations (read and matched entry for entry,
     * errors at their line and column), each checked against the fonts.
     */
    private List<Catalogue> load() {
        Catalogue catalogue = catalogueFile.load();
        requireKnownLanguage(catalogue);
        List<Catalogue> all = new java.util.ArrayList<>();
        if (language.languages == null) {
            all.add(catalogue);
        } else {
            Movecard.Languages languages = language.of(catalogue, catalogueFile.file);
            all.add(languages.first());
            if (languages.second() != null) {
                all.add(languages.second());
            }
        }
        all.forEach(this::checkPrintable);
        return all;
    }

    /** A catalogue in a language movecard has no words for cannot be printed: an error at its "language". */
    private void requireKnownLanguage(Catalogue catalogue) {
        try {
            Labels.of(catalogue.language());
        } catch (UserError e) {
            throw catalogueFile.file == null ? e
                    : CatalogueReader.errorAt(catalogueFile.file, "/language", e.getMessage(), e.hint());
        }
    }

    /** Readability advice on each language checked (the grade only where its formula applies). */
    private static List<Readability.Warning> warnings(List<Catalogue> catalogues) {
        return catalogues.stream().flatMap(c -> Readability.check(c).stream()).toList();
    }

    private void checkPrintable(Catalogue catalogue) {
        try {
            Warmup.movecard().checkPrintable(catalogue);
        } catch (UserError e) {
            throw new UserError(e.exitCode(), catalogueFile.name() + ": " + e.getMessage(), e.hint());
        }
    }

    /** The same checks; the verdict as one JSON object, an error included rather than printed. */
    private int callJson() {
        Map<String, Object> result = Json.object("source", catalogueFile.name());
        int code = 0;
        try {
            List<Catalogue> catalogues = load();
            Catalogue catalogue = catalogues.get(0);
            result.put("ok", true);
            result.put("moves", catalogue.moves().size());
            result.put("settings", catalogue.settings().size());
            result.put("regions", catalogue.regions().size());
            result.put("errors", List.of());
            result.put("warnings", warnings(catalogues).stream()
                    .map(w -> Json.object("move", w.moveId(), "step", w.step(), "message", w.message())).toList());
        } catch (UserError e) {
            List<Object> errors = e instanceof CatalogueError located
                    ? located.all().stream().map(c -> (Object) Json.object("line", c.line(), "column", c.column(),
                            "path", c.path(), "problem", c.problem(), "message", c.getMessage(), "hint", c.hint())).toList()
                    : List.of(Json.object("message", e.getMessage(), "hint", e.hint()));
            result.put("ok", false);
            result.put("errors", errors);
            result.put("warnings", List.of());
            code = e.exitCode().code();
        }
        Json.print(spec.commandLine().getOut(), result);
        return code;
    }
}
