package org.movecard.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.movecard.Hint;
import org.movecard.catalogue.Range;

/**
 * The compact way to prescribe moves, shared by {@code movecard sheet --move} and the CSV "moves"
 * column; pure. Grammar (case-insensitive, spaces optional around punctuation):
 * <pre>
 * moves     = entry { "|" entry }
 * entry     = move-id [ ":" part { "," part } ] [ ";" "note:" text ]
 * part      = "hold" range (unit-s | unit-min) | range ("times" | "x" | "reps") | range "sets"
 *           | N ("x" | "×") range | N "sets of" range [ "times" | "reps" ]     sets of a count: 3x10
 *           | ("each" | "both" | "left" | "right") "side(s)"
 *           | ("once" | "twice" | N "times") ("a day" | "a week") | "daily" | "every day" | "every other day"
 * range     = N [ "-" N ]          N a whole number from 1 to 999 (a hold at most 999 seconds)
 * unit-s    = "s" | "sec" | "secs" | "second" | "seconds"
 * unit-min  = "min" | "mins" | "minute" | "minutes"
 * </pre>
 * Errors quote the offending dose part but never the note, which may be private.
 */
public final class DoseSyntax {
    /** Separates moves in one CSV cell; neither a CSV separator nor used inside a dose. */
    public static final String MOVE_SEPARATOR = "|";
    public static final String EXAMPLE = "chair-twist: hold 20s, 3 times, 2 sets, both sides, twice a day; note: go slowly";
    /** Two moves in one CSV cell; both ids are in the bundled catalogue, so the example can be pasted as is. */
    public static final String LIST_EXAMPLE = EXAMPLE + " " + MOVE_SEPARATOR + " palms-arch: 10 times";
    private static final int MAX_NUMBER = 999;

    private static final String RANGE = "(\\d+)\\s*(?:[-\u2013]\\s*(\\d+))?";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern HOLD = Pattern.compile("hold\\s*(?:for\\s*)?" + RANGE + "\\s*(s|secs?|seconds?)");
    private static final Pattern HOLD_MINUTES = Pattern.compile("hold\\s*(?:for\\s*)?" + RANGE + "\\s*(mins?|minutes?)");
    /** "3x10", "3 x 8-12", "2 sets of 10 reps": sets, then the count in each. */
    private static final Pattern SETS_OF = Pattern.compile(
            "(\\d+)\\s*(?:[x\u00d7]|sets?\\s+of)\\s*" + RANGE + "(?:\\s*(?:times?|reps?))?");
    private static final Pattern HOLD_NO_UNIT = Pattern.compile("hold\\b.*");
    private static final Pattern REPEAT = Pattern.compile(RANGE + "\\s*(?:times?|x|reps?)");
    private static final Pattern SETS = Pattern.compile(RANGE + "\\s*sets?");
    private static final Pattern SIDES = Pattern.compile("(each|both|left|right)\\s+sides?(?:\\s+only)?");
    private static final Pattern FREQUENCY = Pattern.compile(
            "(once|twice|(\\d+)\\s*(?:times|x))\\s*(?:a|per|each|/)\\s*(day|week)");
    private static final Pattern EVERY = Pattern.compile("daily|every\\s*day|every\\s+other\\s+day");
    private static final Pattern NOTE = Pattern.compile("note\\s*:(.*)", Pattern.DOTALL);

    static final String PARTS_HINT = "a dose is parts separated by commas: hold 20s (or hold 1 min), 3 times, 2 sets "
            + "(or 2x10 for 2 sets of 10), "
            + "each side (or both sides, left side, right side), twice a day (or 3 times a week, every other day)";

    private DoseSyntax() {
    }

    /** One parsed entry: a move id as written, its prescription (null: use the catalogue's dose) and note. */
    public record Entry(String moveId, Prescription prescription, String note) {
        public Entry {
            if (moveId == null || !ID.matcher(moveId).matches()) {
                throw new IllegalArgumentException("move id");
            }
            if (note != null && note.isBlank()) {
                throw new IllegalArgumentException("blank note");
            }
        }
    }

    /** A mistake in an entry, worded for the user, with a hint; never contains a note's text. */
    public static final class Problem extends InputProblem {
        private static final long serialVersionUID = 1L;

        Problem(String message, String hint) {
            super(message, hint);
        }
    }

    /** Several entries separated by "|" (one CSV cell); empty pieces between separators are errors. */
    public static List<Entry> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new Problem("no moves given", "write one or more moves separated by " + MOVE_SEPARATOR
                    + ", e.g. " + LIST_EXAMPLE);
        }
        List<Entry> entries = new ArrayList<>();
        String[] pieces = text.split(Pattern.quote(MOVE_SEPARATOR), -1);
        for (int i = 0; i < pieces.length; i++) {
            try {
                entries.add(parse(pieces[i]));
            } catch (Problem p) {
                throw pieces.length == 1 ? p : new Problem("move " + (i + 1) + ": " + p.getMessage(), p.hint());
            }
        }
        return entries;
    }

    /** One entry, e.g. {@value #EXAMPLE}. */
    public static Entry parse(String text) {
        String entry = text == null ? "" : text.strip();
        if (entry.isEmpty()) {
            throw new Problem("empty move", "write a move id, optionally with a dose, e.g. " + EXAMPLE);
        }
        String note = null;
        int semicolon = entry.indexOf(';');
        if (semicolon >= 0) {
            note = note(entry.substring(semicolon + 1));
            entry = entry.substring(0, semicolon).strip();
        }
        int colon = entry.indexOf(':');
        String id = (colon >= 0 ? entry.substring(0, colon) : entry).strip();
        if (!ID.matcher(id).matches()) {
            throw new Problem(id.isEmpty() ? "the move id is missing before \":\""
                    : "\"" + id + "\" is not a move id",
                    "start with the move's id: lower-case words joined by dashes, e.g. chair-twist "
                            + "(see them with " + Hint.command("list") + ")");
        }
        Prescription prescription = null;
        if (colon >= 0) {
            String dose = entry.substring(colon + 1).strip();
            if (dose.isEmpty()) {
                throw new Problem("nothing after \"" + id + ":\"", "write a dose after the colon, or leave the colon out "
                        + "to use the catalogue's dose; " + PARTS_HINT);
            }
            prescription = dose(dose);
        }
        return new Entry(id, prescription, note);
    }

    private static String note(String afterSemicolon) {
        Matcher m = NOTE.matcher(afterSemicolon.strip());
        if (!m.matches()) {
            // Do not quote it: it may be a note with a typo in "note:", and notes are private.
            throw new Problem("after \";\" only a note may follow, written as \"note: …\"",
                    "e.g. " + EXAMPLE);
        }
        String note = m.group(1).strip();
        if (note.isEmpty()) {
            throw new Problem("the note after \"note:\" is empty", "write the note, or leave out \"; note:\"");
        }
        return note;
    }

    /** The parts of a dose in any order, each kind at most once. */
    static Prescription dose(String text) {
        Range hold = null;
        Range repeat = null;
        Range sets = null;
        Prescription.Sides sides = null;
        Prescription.Frequency frequency = null;
        String[] given = new String[5];
        for (String raw : text.split(",", -1)) {
            String part = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (part.isEmpty()) {
                throw new Problem("empty dose part (two commas in a row, or a comma at the end)", PARTS_HINT);
            }
            Matcher m;
            if ((m = HOLD.matcher(part)).matches()) {
                hold = range(m, part);
                once(given, 0, part, "hold time");
            } else if ((m = HOLD_MINUTES.matcher(part)).matches()) {
                hold = minutes(range(m, part), part);
                once(given, 0, part, "hold time");
            } else if ((m = SETS_OF.matcher(part)).matches()) {
                sets = Range.exactly(number(m.group(1), part));
                once(given, 2, part, "number of sets");
                repeat = range(m, 2, part);
                once(given, 1, part, "count");
            } else if (HOLD_NO_UNIT.matcher(part).matches()) {
                throw new Problem("\"" + part + "\": give the hold time in seconds or minutes",
                        "write e.g. \"hold 20s\", \"hold 10-20 seconds\" or \"hold 1 min\"");
            } else if ((m = FREQUENCY.matcher(part)).matches()) {
                int times = m.group(1).equals("once") ? 1 : m.group(1).equals("twice") ? 2 : number(m.group(2), part);
                if (times > Prescription.Frequency.MAX_TIMES) {
                    throw new Problem("\"" + part + "\": at most " + Prescription.Frequency.MAX_TIMES + " times a "
                            + m.group(3), "check the number");
                }
                frequency = new Prescription.Frequency(times,
                        m.group(3).equals("day") ? Prescription.Period.DAY : Prescription.Period.WEEK);
                once(given, 4, part, "how often");
            } else if ((m = EVERY.matcher(part)).matches()) {
                frequency = part.contains("other") ? new Prescription.Frequency(1, Prescription.Period.OTHER_DAY)
                        : new Prescription.Frequency(1, Prescription.Period.DAY);
                once(given, 4, part, "how often");
            } else if ((m = REPEAT.matcher(part)).matches()) {
                repeat = range(m, part);
                once(given, 1, part, "count");
            } else if ((m = SETS.matcher(part)).matches()) {
                sets = range(m, part);
                once(given, 2, part, "number of sets");
            } else if ((m = SIDES.matcher(part)).matches()) {
                sides = Prescription.Sides.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                once(given, 3, part, "side");
            } else if (part.matches("\\d+")) {
                throw new Problem("\"" + part + "\": a number needs a unit", "write e.g. \"" + part + " times\", \""
                        + part + " sets\" or \"hold " + part + "s\"");
            } else {
                throw new Problem("\"" + part + "\" is not a dose part", PARTS_HINT);
            }
        }
        return new Prescription(hold, repeat, sets, sides, frequency);
    }

    private static void once(String[] given, int kind, String part, String what) {
        if (given[kind] != null) {
            throw new Problem("\"" + part + "\": the " + what + " is already given (\"" + given[kind] + "\")",
                    "give each part of a dose once");
        }
        given[kind] = part;
    }

    private static Range range(Matcher m, String part) {
        return range(m, 1, part);
    }

    /** The range in groups {@code first} and {@code first + 1} of the match. */
    private static Range range(Matcher m, int first, String part) {
        int min = number(m.group(first), part);
        int max = m.group(first + 1) == null ? min : number(m.group(first + 1), part);
        if (max < min) {
            throw new Problem("\"" + part + "\": the range goes down (" + min + " to " + max + ")",
                    "write the smaller number first, e.g. " + max + "-" + min);
        }
        return new Range(min, max);
    }

    private static Range minutes(Range minutes, String part) {
        if (minutes.max() * 60 > MAX_NUMBER) {
            throw new Problem("\"" + part + "\": a hold is at most " + MAX_NUMBER + " seconds (16 minutes)",
                    "check the number");
        }
        return new Range(minutes.min() * 60, minutes.max() * 60);
    }

    private static int number(String digits, String part) {
        int n = digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (n < 1 || n > MAX_NUMBER) {
            throw new Problem("\"" + part + "\": numbers must be from 1 to " + MAX_NUMBER, "check the number");
        }
        return n;
    }
}
