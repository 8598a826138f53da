package org.movecard;

/** The process exit codes, one per kind of outcome; documented in the README. */
public enum ExitCode {
    /** Everything was written. */
    OK(0),
    /** Invalid input: catalogue, CSV, clinic profile, options, or an empty selection. */
    INVALID_INPUT(2),
    /** The output could not be written (unwritable folder, a directory given as file, disk full). */
    OUTPUT_FAILED(3),
    /** A bug in movecard: please report it, with the output of --verbose. */
    INTERNAL(4),
    /** The content cannot be laid out (a step too long for the smallest allowed card text). */
    DOES_NOT_FIT(5),
    /** Valid input with nothing to make of it: the figures sheet of a catalogue without figures. */
    NOTHING_TO_DRAW(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
