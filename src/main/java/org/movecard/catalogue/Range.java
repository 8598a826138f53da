package org.movecard.catalogue;


/** A whole-number range such as "10–20" seconds or "2–3" times; {@code max == min} for a single value. */
public record Range(int min, int max) {
    public Range {
        if (min < 1) {
            throw new IllegalArgumentException("min must be at least 1, got " + min);
        }
        if (max < min) {
            throw new IllegalArgumentException("max (" + max + ") must not be less than min (" + min + ")");
        }
    }

    /** How a catalogue writes a range: { "min": 10 } or { "min": 10, "max": 20 }. */
    static final JsonFields.Shape<Range> JSON = JsonFields.Shape.of(Range.class, f -> {
        int min = f.requiredWhole("min");
        Integer max = f.whole("max");
        return new Range(min, max == null ? min : max);
    }, "min", "max");

    public static Range exactly(int value) {
        return new Range(value, value);
    }

    public boolean isSingle() {
        return min == max;
    }

    /** "10" or "10–20" (en dash). */
    public String text() {
        return isSingle() ? Integer.toString(min) : min + "\u2013" + max;
    }
}
