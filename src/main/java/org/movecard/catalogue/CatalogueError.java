package org.movecard.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * A catalogue the user must fix, pinned to {@code source:line:column} and a JSON Pointer path;
 * its message is one line, e.g. {@code data/x.json:42:18: moves[3].steps[1]: step is empty}.
 */
public final class CatalogueError extends UserError {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;
    /** Further problems found in the same pass, in file order (never thrown on their own). */
    private final List<CatalogueError> following;

    /**
     * @param line   1-based, 0 when unknown
     * @param column 1-based, 0 when unknown
     * @param path   a JSON Pointer such as {@code /moves/3/steps/1}; empty for the whole file
     */
    public CatalogueError(String source, int line, int column, String path, String problem, String hint) {
        super(ExitCode.INVALID_INPUT, format(source, line, column, path, problem), oneLine(hint));
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.problem = oneLine(problem);
        this.following = List.of();
    }

    private CatalogueError(CatalogueError first, List<CatalogueError> following) {
        super(ExitCode.INVALID_INPUT, first.getMessage(), first.hint());
        this.source = first.source;
        this.line = first.line;
        this.column = first.column;
        this.path = first.path;
        this.problem = first.problem;
        this.following = List.copyOf(following);
    }

    /** The first of several problems, in file order: it is what is thrown; {@link #all()} has the rest. */
    static CatalogueError of(List<CatalogueError> inFileOrder) {
        return new CatalogueError(inFileOrder.get(0), inFileOrder.subList(1, inFileOrder.size()));
    }

    /** This problem and any found after it in the same pass, in file order. */
    public List<CatalogueError> all() {
        List<CatalogueError> all = new ArrayList<>(List.of(this));
        all.addAll(following);
        return all;
    }

    /** An error about the file as a whole (missing, unreadable, empty …): no position, no path. */
    public static CatalogueError ofFile(String source, String problem, String hint) {
        return new CatalogueError(source, 0, 0, "", problem, hint);
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }

    private static String format(String source, int line, int column, String path, String problem) {
        StringBuilder out = new StringBuilder(oneLine(source));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        String where = inWords(path);
        if (!where.isEmpty()) {
            out.append(where).append(": ");
        }
        return out.append(oneLine(problem)).toString();
    }

    /** "/moves/3/steps/1" reads as "moves[3].steps[1]", the way people write it in code and docs. */
    static String inWords(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }

    /** The CLI prints the message and hint as single lines, so no line break may survive. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
