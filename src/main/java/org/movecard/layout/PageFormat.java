package org.movecard.layout;

import java.util.Locale;

/**
 * A page size in PDF points (1/72 inch). {@code width} and {@code height} are the whole page; a
 * card page also has {@code bleed} on every side beyond its trim (the size after cutting).
 */
public record PageFormat(String name, float width, float height, float bleed) {
    public static final float MM = 72f / 25.4f;
    public static final PageFormat A4 = new PageFormat("a4", 595.2756f, 841.8898f, 0);
    public static final PageFormat LETTER = new PageFormat("letter", 612f, 792f, 0);

    public PageFormat {
        if (width <= 0 || height <= 0 || bleed < 0 || 2 * bleed >= Math.min(width, height)) {
            throw new IllegalArgumentException("bad page size " + width + " x " + height + " bleed " + bleed);
        }
    }

    /** A page cut to {@code trimWidth} × {@code trimHeight}, printed with {@code bleed} around it. */
    public static PageFormat trimmed(String name, float trimWidth, float trimHeight, float bleed) {
        return new PageFormat(name, trimWidth + 2 * bleed, trimHeight + 2 * bleed, bleed);
    }

    public float trimWidth() {
        return width - 2 * bleed;
    }

    public float trimHeight() {
        return height - 2 * bleed;
    }

    /** Its name and size in points; written out, since a record's own costs a cold start its set-up. */
    @Override
    public String toString() {
        return name + " " + width + " x " + height + " pt" + (bleed > 0 ? ", bleed " + bleed : "");
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
