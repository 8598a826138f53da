package org.movecard.layout;

import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * A character the bundled font cannot draw. {@link #pointer()} lets the catalogue's reader place
 * the error at its line and column; {@link #problem()} is the message without the place.
 */
public final class Unprintable extends UserError {
    private static final long serialVersionUID = 1L;
    private final String pointer;
    private final String problem;

    Unprintable(String where, String pointer, int cp) {
        this(where, pointer, "the character \"" + new String(Character.toChars(cp)) + "\" (U+"
                + String.format("%04X", cp) + ") cannot be printed with the bundled font");
    }

    private Unprintable(String where, String pointer, String problem) {
        super(ExitCode.INVALID_INPUT, where + ": " + problem,
                "replace it with plain text (emoji and rare symbols are not supported)");
        this.pointer = pointer;
        this.problem = problem;
    }

    /** A JSON Pointer into the catalogue or clinic profile such as {@code /moves/3/steps/1}, or null. */
    public String pointer() {
        return pointer;
    }

    public String problem() {
        return problem;
    }
}
