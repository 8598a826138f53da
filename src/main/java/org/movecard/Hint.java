package org.movecard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hints name the settings a user can change without knowing which front end asked: the stages
 * write {@link #option(String)} or {@link #command(String)} markers into a hint, and each front end
 * words them for its audience with {@link #words(String, Wording)}: the CLI as {@code --title}, the
 * HTTP API as the JSON field {@code "title"}. A setting's name is the same in both.
 */
public final class Hint {
    private static final Pattern MARKER = Pattern.compile("\\{(option|command):([a-z][a-z-]*)(?:=([^}]*))?}");

    private Hint() {
    }

    /** Marks the setting {@code name} (a CLI option without its dashes, an API field) in a hint. */
    public static String option(String name) {
        return "{option:" + name + "}";
    }

    /** Marks the setting {@code name} given {@code value}. */
    public static String option(String name, String value) {
        return "{option:" + name + "=" + value + "}";
    }

    /** Marks another job the front end offers, such as {@code list} (the catalogue's moves). */
    public static String command(String name) {
        return "{command:" + name + "}";
    }

    /** How a front end names settings and jobs. */
    public interface Wording {
        String option(String name, String value);

        String command(String name);
    }

    /** Words as a Java caller sees them: the setting's name in quotes. */
    public static final Wording PLAIN = new Wording() {
        @Override
        public String option(String name, String value) {
            return value == null ? "\"" + name + "\"" : "\"" + name + "\" " + value;
        }

        @Override
        public String command(String name) {
            return "\"" + name + "\"";
        }
    };

    /** {@code hint} with its markers worded; {@code null} stays {@code null}. */
    public static String words(String hint, Wording wording) {
        if (hint == null) {
            return null;
        }
        Matcher m = MARKER.matcher(hint);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1).equals("option") ? wording.option(m.group(2), m.group(3))
                    : wording.command(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }
}
