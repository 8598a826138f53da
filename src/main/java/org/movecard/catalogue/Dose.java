package org.movecard.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.movecard.language.Labels;

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

    /** How a catalogue writes a dose. */
    static final JsonFields.Shape<Dose> JSON = JsonFields.Shape.of(Dose.class,
            f -> new Dose(f.value("holdSeconds", Range.JSON), f.value("repeat", Range.JSON), f.text("repeatUnit"),
                    Boolean.TRUE.equals(f.bool("eachSide"))),
            "holdSeconds", "repeat", "repeatUnit", "eachSide");

    /** The dose in English words, as {@link #text(Labels)}. */
    public String text() {
        return text(Labels.english());
    }

    /**
     * The dose in plain words of {@code labels}' language, parts joined by " · ", e.g. "Hold 10–20
     * seconds · 2–3 times · on each side"; a {@code repeatUnit} is the catalogue's own words.
     */
    public String text(Labels labels) {
        List<String> parts = new ArrayList<>();
        if (holdSeconds != null) {
            parts.add(labels.text("dose.hold", labels.count("dose.seconds", holdSeconds.min(), holdSeconds.max())));
        }
        if (repeat != null) {
            parts.add(repeatUnit != null ? labels.text("dose.unit", labels.range(repeat.min(), repeat.max()), repeatUnit)
                    : labels.count("dose.times", repeat.min(), repeat.max()));
        }
        if (eachSide) {
            parts.add(labels.text(parts.isEmpty() ? "dose.eachSide.alone" : "dose.eachSide"));
        }
        return String.join(labels.text("dose.separator"), parts);
    }
}
