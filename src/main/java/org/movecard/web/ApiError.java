package org.movecard.web;

/**
 * A request the server answers with an HTTP error: {@code status}, the JSON field it is about (or
 * null), one sentence saying what is wrong and a hint. Messages never quote a patient's name or notes.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final int BAD_REQUEST = 400;
    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int CONFLICT = 409;
    static final int TOO_LARGE = 413;
    static final int UNPROCESSABLE = 422;
    static final int BUSY = 503;

    private final int status;
    private final String field;
    private final String hint;

    ApiError(int status, String field, String message, String hint) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.hint = hint;
    }

    /** 400 about one field; the message starts with the field's name, as the CLI's start with the option. */
    static ApiError field(String field, String message, String hint) {
        return new ApiError(BAD_REQUEST, field, field + ": " + message, hint);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    String hint() {
        return hint;
    }
}
