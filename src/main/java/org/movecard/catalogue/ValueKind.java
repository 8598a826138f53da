package org.movecard.catalogue;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Collection;

/** The kinds of JSON value, named for users: what a field expects and what the file has instead. */
enum ValueKind {
    TEXT("text", "text in double quotes", "put text in double quotes, e.g. \"name\": \"Seated twist\""),
    WHOLE_NUMBER("a whole number", "a whole number", "write a whole number without quotes, e.g. \"min\": 10"),
    DECIMAL("a decimal number", "a decimal number", "write a number such as 2.5"),
    BOOLEAN("true/false", "true or false", "write true or false, without quotes"),
    NULL("null", "null", "leave the field out instead of writing null"),
    LIST("a list", "a list in [ ]",
            "use a list in square brackets, even for a single entry, e.g. \"steps\": [\"Sit tall.\"]"),
    OBJECT("an object", "an object in { }", "use an object in braces with named fields: { \"field\": value, … }"),
    OTHER("something else", "another kind of value", "check the value against the catalogue format");

    private final String phrase;
    private final String expected;
    private final String hint;

    ValueKind(String phrase, String expected, String hint) {
        this.phrase = phrase;
        this.expected = expected;
        this.hint = hint;
    }

    /** What a value of this kind is, after "found …". */
    String phrase() {
        return phrase;
    }

    /** What a field wants, after "expected …". */
    String expected() {
        return expected;
    }

    /** How to write a value of this kind. */
    String hint() {
        return hint;
    }

    static ValueKind of(JsonToken token) {
        if (token == null) {
            return OTHER;
        }
        return switch (token) {
            case VALUE_STRING -> TEXT;
            case VALUE_NUMBER_INT -> WHOLE_NUMBER;
            case VALUE_NUMBER_FLOAT -> DECIMAL;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
            case VALUE_NULL -> NULL;
            case START_ARRAY -> LIST;
            case START_OBJECT -> OBJECT;
            default -> OTHER;
        };
    }

    /** The kind a record component of this Java type is written as. */
    static ValueKind of(Class<?> type) {
        if (type == null) {
            return OTHER;
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return TEXT;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return WHOLE_NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        return Collection.class.isAssignableFrom(type) ? LIST : OBJECT;
    }
}
