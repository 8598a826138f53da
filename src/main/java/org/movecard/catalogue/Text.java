package org.movecard.catalogue;

import java.util.List;
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

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value.strip();
    }

    static String optionalText(String value, String what) {
        if (value == null) {
            return null;
        }
        return requireText(value, what);
    }

    static List<String> requireTexts(List<String> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must have at least one entry");
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(what + " entry " + (i + 1) + " is empty");
            }
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
