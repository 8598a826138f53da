package org.movecard.selection;

/**
 * Something typed for a sheet that cannot be used: the message says what is wrong, the hint how to
 * fix it. Neither ever quotes a patient's name or notes.
 */
public class InputProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public InputProblem(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** How to fix it, or {@code null}. */
    public String hint() {
        return hint;
    }
}
