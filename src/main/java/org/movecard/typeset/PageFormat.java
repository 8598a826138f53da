package org.movecard.typeset;

import java.util.Locale;

/** A paper size in PDF points (1/72 inch). */
public record PageFormat(String name, float width, float height) {
    public static final float MM = 72f / 25.4f;
    public static final PageFormat A4 = new PageFormat("a4", 595.2756f, 841.8898f);
    public static final PageFormat LETTER = new PageFormat("letter", 612f, 792f);

    public PageFormat {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("page size must be positive");
        }
    }

    /** "a4" or "letter", in any case; {@code null} when unknown. */
    public static PageFormat paper(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter" -> LETTER;
            default -> null;
        };
    }
}
