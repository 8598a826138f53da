package org.movecard.typeset;

import java.awt.Color;

/**
 * Every size, space and colour of the handout in one place. Sizes are in points. Body text is
 * {@link #body} and never below {@link #MIN_BODY}.
 */
public record Style(float body, float leading, float title, float subtitle, float heading, float meta,
                    float small, float margin, float topMargin, float bottomMargin) {
    public static final float MIN_BODY = 11f;

    /** The desk handout: 12 pt body on A4 or Letter. */
    public static final Style HANDOUT = new Style(12f, 1.38f, 25f, 12.5f, 16f, 11f, 9f, 50f, 50f, 58f);

    /** The clinic take-home sheet: body text a little larger than the handout (12.5 pt) for people reading at home, often without glasses. */
    public static final Style SHEET = new Style(12.5f, 1.36f, 22f, 13f, 16f, 12f, 11f, 46f, 40f, 62f);

    public Style {
        if (body < MIN_BODY) {
            throw new IllegalArgumentException("body text below " + MIN_BODY + " pt");
        }
    }

    public float lineHeight(float size) {
        return size * leading;
    }

    /** Colours: dark ink on white; the accent and the warning colour keep 4.5:1 contrast on white. */
    public static final class Palette {
        public static final Color INK = new Color(0x1F, 0x29, 0x33);
        public static final Color MUTED = new Color(0x4A, 0x55, 0x63);
        public static final Color ACCENT = new Color(0x0B, 0x6E, 0x69);
        public static final Color ACCENT_TINT = new Color(0xE8, 0xF3, 0xF2);
        public static final Color DANGER = new Color(0xB4, 0x23, 0x18);
        public static final Color DANGER_TINT = new Color(0xFE, 0xF3, 0xF2);
        public static final Color HAIRLINE = new Color(0xCB, 0xD2, 0xD9);
        public static final Color WHITE = Color.WHITE;

        private Palette() {
        }
    }
}
