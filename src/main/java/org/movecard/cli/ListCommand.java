package org.movecard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.selection.Routine;
import org.movecard.selection.Selector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code movecard list}: the selected moves as a table, in routine order. */
@Command(name = "list", header = "List the moves a selection gives, in print order.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Lists the moves a selection gives, in the order they will be printed, "
                + "and the settings and regions the catalogue declares.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Mixin
    CatalogueOption catalogueFile;

    @Option(names = "--json", description = "Print JSON for scripts instead of a table (fields: docs/catalogue.md).")
    boolean json;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogueFile.load();
        Routine routine = Selector.select(catalogue, selection.criteria());
        if (json) {
            Json.print(spec.commandLine().getOut(), json(catalogue, routine));
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "ID", "NAME", "SETTING", "REGIONS", "STEPS"});
        int n = 1;
        for (Move move : routine.moves()) {
            // The reader refuses control characters; escaping also shows a bidi override as such.
            rows.add(new String[] {Integer.toString(n++), move.id(), Terminal.escape(move.name()), move.setting(),
                String.join(",", move.regions()), Integer.toString(move.steps().size())});
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Terminal.escape(catalogue.title()) + " (" + catalogueFile.name() + ")");
        out.println();
        printTable(out, rows);
        out.println();
        out.println("settings: " + catalogue.settings().stream().map(s -> s.id() + " (" + Terminal.escape(s.label()) + ")")
                .collect(Collectors.joining(", ")));
        out.println("regions:  " + catalogue.regions().stream().map(r -> r.id() + " (" + Terminal.escape(r.label()) + ")")
                .collect(Collectors.joining(", ")));
        out.flush();
        return 0;
    }

    private Map<String, Object> json(Catalogue catalogue, Routine routine) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("catalogue", Json.object("id", catalogue.id(), "title", catalogue.title(),
                "language", catalogue.language(), "source", catalogueFile.name()));
        List<Object> moves = new ArrayList<>();
        int n = 1;
        for (Move move : routine.moves()) {
            moves.add(Json.object("position", n++, "id", move.id(), "name", move.name(), "setting", move.setting(),
                    "regions", move.regions(), "steps", move.steps().size()));
        }
        root.put("moves", moves);
        root.put("settings", catalogue.settings().stream().map(s -> Json.object("id", s.id(), "label", s.label())).toList());
        root.put("regions", catalogue.regions().stream().map(r -> Json.object("id", r.id(), "label", r.label())).toList());
        return root;
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 0 || i == row.length - 1;
                String cell = number ? " ".repeat(widths[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(widths[i] - row[i].length());
                line.append(cell).append(i < row.length - 1 ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
