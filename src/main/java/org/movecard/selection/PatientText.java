package org.movecard.selection;

/**
 * Checks for text that comes from patient records (names, notes). Messages say what is wrong but
 * never quote the text: it must not reach logs or terminals. Each check has its own
 * {@link InputProblem#hint() hint}.
 */
public final class PatientText {
    /** Long enough for any real name, short enough for a page header. */
    public static final int MAX_NAME = 100;
    /** About a page of notes. */
    public static final int MAX_NOTE = 2000;

    private PatientText() {
    }

    /** A patient's name: not blank, one line, no control characters, no slashes. */
    public static String name(String value) {
        if (value == null || value.isBlank()) {
            throw new InputProblem("patient name is empty", "every sheet needs the patient's name");
        }
        String name = value.strip();
        if (name.codePoints().anyMatch(PatientText::control)) {
            throw new InputProblem("patient name contains a control character or line break",
                    "give the name on one line, without tabs or invisible characters (often pasted from another program)");
        }
        // Names become parts of file names; a slash in a name is a mistake or an attempt to leave the folder.
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw new InputProblem("patient name contains a slash or backslash",
                    "leave / and \\ out of the name: it becomes part of the file name");
        }
        requireLeftToRight(name, "patient name");
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new InputProblem("patient name is longer than " + MAX_NAME + " characters",
                    "shorten the name to at most " + MAX_NAME + " characters, e.g. leave out middle names");
        }
        return name;
    }

    /** Free text such as notes: may be null; line breaks and tabs allowed, other control characters not. */
    public static String optional(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePoints().anyMatch(c -> c != '\n' && c != '\r' && c != '\t' && control(c))) {
            throw new InputProblem(what + " contains a control character",
                    "remove the invisible character (often pasted from another program)");
        }
        requireLeftToRight(text, what);
        if (text.codePointCount(0, text.length()) > MAX_NOTE) {
            throw new InputProblem(what + " is longer than " + MAX_NOTE + " characters",
                    "shorten it to at most " + MAX_NOTE + " characters (about a page)");
        }
        return text;
    }

    /**
     * Arabic, Hebrew and other right-to-left scripts would be printed in the wrong order (the layout
     * has no bidirectional reordering yet), so they are refused with a line saying so.
     */
    private static void requireLeftToRight(String text, String what) {
        if (text.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        })) {
            throw new InputProblem(what + " is written in a right-to-left script (such as Arabic or Hebrew), "
                    + "which movecard cannot print yet", "write it in Latin letters for now");
        }
    }

    private static boolean control(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
