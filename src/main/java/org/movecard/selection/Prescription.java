package org.movecard.selection;

import java.util.ArrayList;
import java.util.List;
import org.movecard.catalogue.Range;

/**
 * How much of one move a clinician prescribes: hold time, count, sets, sides and how often. Every
 * part is optional, but not all of them; written in {@link DoseSyntax}, printed by {@link #text()}.
 */
public record Prescription(Range holdSeconds, Range repeat, Range sets, Sides sides, Frequency frequency) {
    public Prescription {
        if (holdSeconds == null && repeat == null && sets == null && sides == null && frequency == null) {
            throw new IllegalArgumentException("a prescription says at least one thing");
        }
    }

    /** Which side or sides a move is done on. */
    public enum Sides {
        EACH("each side"), BOTH("both sides"), LEFT("left side only"), RIGHT("right side only");

        private final String words;

        Sides(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** How often: {@code times} per day or per week, or every other day (times is then 1). */
    public record Frequency(int times, Period period) {
        /** The longest sensible count; beyond it a typo is more likely than a prescription. */
        public static final int MAX_TIMES = 12;

        public Frequency {
            if (times < 1 || times > MAX_TIMES) {
                throw new IllegalArgumentException("times " + times);
            }
            if (period == Period.OTHER_DAY && times != 1) {
                throw new IllegalArgumentException("every other day is once");
            }
        }

        /** "once a day", "twice a day", "3 times a week", "every other day". */
        public String words() {
            if (period == Period.OTHER_DAY) {
                return "every other day";
            }
            String count = times == 1 ? "once" : times == 2 ? "twice" : times + " times";
            return count + (period == Period.DAY ? " a day" : " a week");
        }

        /** How many ticks a day's box in the week log wants: one unless done several times a day. */
        public int perDay() {
            return period == Period.DAY ? times : 1;
        }
    }

    /** The unit of a frequency. */
    public enum Period { DAY, WEEK, OTHER_DAY }

    /** Whole minutes as minutes ("1 minute", "1–2 minutes"), anything else in seconds. */
    private static String hold(Range seconds) {
        if (seconds.min() >= 60 && seconds.min() % 60 == 0 && seconds.max() % 60 == 0) {
            Range minutes = new Range(seconds.min() / 60, seconds.max() / 60);
            return minutes.text() + (minutes.max() == 1 ? " minute" : " minutes");
        }
        return seconds.text() + (seconds.max() == 1 ? " second" : " seconds");
    }

    /** In plain words, parts joined by " · ": "Hold 20 seconds · 3 times · 2 sets · both sides · twice a day". */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (holdSeconds != null) {
            parts.add("Hold " + hold(holdSeconds));
        }
        if (repeat != null) {
            parts.add(repeat.text() + (repeat.max() == 1 ? " time" : " times"));
        }
        if (sets != null) {
            parts.add(sets.text() + (sets.max() == 1 ? " set" : " sets"));
        }
        if (sides != null) {
            parts.add(sides.words());
        }
        if (frequency != null) {
            parts.add(frequency.words());
        }
        String joined = String.join(" \u00b7 ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
