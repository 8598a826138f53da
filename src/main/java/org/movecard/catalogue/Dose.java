package org.movecard.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of a move: hold time in seconds, how many times (with an optional unit such as
 * "rolls each way"), and whether it is done on each side. Every part is optional, but not all empty.
 */
public record Dose(Range holdSeconds, Range repeat, String repeatUnit, boolean eachSide) {
    public Dose {
        repeatUnit = Text.optionalText(repeatUnit, "dose repeatUnit");
        if (repeatUnit != null && repeat == null) {
            throw new IllegalArgumentException("dose repeatUnit needs a repeat count");
        }
        if (holdSeconds == null && repeat == null && !eachSide) {
            throw new IllegalArgumentException("dose is empty: give holdSeconds, repeat or eachSide");
        }
    }

    @JsonCreator
    static Dose json(@JsonProperty("holdSeconds") Range holdSeconds,
                     @JsonProperty("repeat") Range repeat,
                     @JsonProperty("repeatUnit") String repeatUnit,
                     @JsonProperty("eachSide") Boolean eachSide) {
        return new Dose(holdSeconds, repeat, repeatUnit, eachSide != null && eachSide);
    }

    /** The dose in plain words, parts joined by " · ", e.g. "Hold 10–20 seconds · 2–3 times · on each side". */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (holdSeconds != null) {
            parts.add("Hold " + holdSeconds.text() + (holdSeconds.max() == 1 ? " second" : " seconds"));
        }
        if (repeat != null) {
            String unit = repeatUnit != null ? repeatUnit : (repeat.max() == 1 ? "time" : "times");
            parts.add(repeat.text() + " " + unit);
        }
        if (eachSide) {
            parts.add(parts.isEmpty() ? "Do it on each side" : "on each side");
        }
        return String.join(" \u00b7 ", parts);
    }
}
