package org.movecard.catalogue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Invariant checks shared by the catalogue records; each failure names the field. */
final class Text {
    /** Ids are what users type on the command line: lower case, digits and dashes. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Text() {
    }

    static String requireId(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " \"" + value
                    + "\" must use only lower-case letters, digits and single dashes (like \"chair-twist\")");
        }
        return value;
    }

    /** An invariant failure that knows better advice than its record's general rules. */
    static final class Problem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Problem(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /** Characters that print as nothing: a reader cannot see them, a PDF search or screen reader trips on them. */
    private static final Map<Integer, String> INVISIBLE = Map.of(
            0x00AD, "soft hyphen",
            0x200B, "zero-width space",
            0x200C, "zero-width non-joiner",
            0x200D, "zero-width joiner",
            0x2060, "word joiner",
            0xFEFF, "byte order mark / zero-width no-break space");

    static String requireText(String value, String what) {
        return checked(value, what, false);
    }

    static String optionalText(String value, String what) {
        if (value == null) {
            return null;
        }
        return checked(value, what, true);
    }

    /** Not blank (no-break and zero-width spaces count as blank), no control or invisible characters. */
    private static String checked(String value, String what, boolean newlines) {
        if (value == null || isBlank(value)) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        requirePrintable(value, what, newlines);
        return value.strip();
    }

    static boolean isBlank(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || INVISIBLE.containsKey(c));
    }

    private static void requirePrintable(String value, String what, boolean newlines) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' && newlines) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                throw new Problem(what + " must not contain the control character " + code(c),
                        "delete the escape " + String.format("\\u%04X", c)
                                + (newlines ? " (only \\n, a line break, is allowed)" : "")
                                + "; use a space or plain text instead");
            }
            String name = INVISIBLE.get(c);
            if (name != null) {
                throw new Problem(what + " must not contain the invisible character " + code(c) + " (" + name + ")",
                        "delete the " + name + " " + code(c) + " (editors and copy-paste from the web add it unseen)");
            }
        }
    }

    /** How a message names a character: U+00E9. */
    private static String code(int c) {
        return String.format("U+%04X", c);
    }

    static List<String> requireTexts(List<String> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must have at least one entry");
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || isBlank(v)) {
                throw new IllegalArgumentException(what + " entry " + (i + 1) + " is empty");
            }
            requirePrintable(v, what + " entry " + (i + 1), true);
        }
        return values.stream().map(String::strip).toList();
    }

    static List<String> requireIds(List<String> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must have at least one entry");
        }
        values.forEach(v -> requireId(v, what + " entry"));
        return List.copyOf(values);
    }

    static <T> List<T> requireNonEmpty(List<T> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must have at least one entry");
        }
        return List.copyOf(values);
    }
}
