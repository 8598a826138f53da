package org.movecard;

/**
 * A problem the user can fix (bad input, unwritable output, empty selection): reported as one
 * {@code error:} line plus an optional {@code hint:} line, never with a stack trace.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final String hint;

    public UserError(ExitCode exitCode, String message, String hint) {
        super(message);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public UserError(ExitCode exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** A sentence telling the user how to fix it, or {@code null}. */
    public String hint() {
        return hint;
    }
}
