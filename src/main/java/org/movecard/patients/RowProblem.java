package org.movecard.patients;

/**
 * Something wrong with one CSV row: its line in the file, the column (a name, or a number when the
 * header has none for it), what is wrong and how to fix it. Never contains patient data.
 */
public record RowProblem(int line, String column, String problem, String hint) {
    public RowProblem {
        if (line < 1 || column == null || problem == null) {
            throw new IllegalArgumentException("a row problem needs a line, a column and a message");
        }
    }

    /** "patients.csv:12:moves: unknown move "chair-twst"". */
    public String message(String source) {
        return source + ":" + line + ":" + column + ": " + problem;
    }
}
