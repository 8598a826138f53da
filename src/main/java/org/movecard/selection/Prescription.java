package org.movecard.selection;

import java.util.ArrayList;
import java.util.List;
import org.movecard.catalogue.Range;
import org.movecard.language.Labels;

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
        EACH("each"), BOTH("both"), LEFT("left"), RIGHT("right");

        private final String key;

        Sides(String key) {
            this.key = key;
        }

        /** "each side", "both sides", "left side only" … in the labels' language. */
        public String words(Labels labels) {
            return labels.text("dose.side." + key);
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

        /** "once a day", "twice a day", "3 times a week", "every other day" in the labels' language. */
        public String words(Labels labels) {
            return switch (period) {
                case OTHER_DAY -> labels.text("dose.otherDay");
                case DAY -> labels.text("dose.day", times);
                case WEEK -> labels.text("dose.week", times);
            };
        }

        /** How many ticks a day's box in the week log wants: one unless done several times a day. */
        public int perDay() {
            return period == Period.DAY ? times : 1;
        }
    }

    /** The unit of a frequency. */
    public enum Period { DAY, WEEK, OTHER_DAY }

    /** Whole minutes as minutes ("1 minute", "1–2 minutes"), anything else in seconds. */
    private static String hold(Range seconds, Labels labels) {
        if (seconds.min() >= 60 && seconds.min() % 60 == 0 && seconds.max() % 60 == 0) {
            return labels.count("dose.minutes", seconds.min() / 60, seconds.max() / 60);
        }
        return labels.count("dose.seconds", seconds.min(), seconds.max());
    }

    /** In plain words, parts joined by " · ": "Hold 20 seconds · 3 times · 2 sets · both sides · twice a day". */
    public String text() {
        return text(Labels.english());
    }

    /** The same sentence in the labels' language; the input grammar ({@link DoseSyntax}) is the same for all. */
    public String text(Labels labels) {
        List<String> parts = new ArrayList<>();
        if (holdSeconds != null) {
            parts.add(labels.text("dose.hold", hold(holdSeconds, labels)));
        }
        if (repeat != null) {
            parts.add(labels.count("dose.times", repeat.min(), repeat.max()));
        }
        if (sets != null) {
            parts.add(labels.count("dose.sets", sets.min(), sets.max()));
        }
        if (sides != null) {
            parts.add(sides.words(labels));
        }
        if (frequency != null) {
            parts.add(frequency.words(labels));
        }
        String joined = String.join(labels.text("dose.separator"), parts);
        return joined.substring(0, 1).toUpperCase(labels.locale()) + joined.substring(1);
    }
}
