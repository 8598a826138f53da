package org.movecard.layout;


/**
 * The text sizes, margins and colours of a document kind. Sizes are in points; the spacing constants
 * inside blocks (in {@code Blocks}) were designed at 12 pt and scale with {@link #body} (see
 * {@link #scale()}), so one set of blocks serves an A4 handout and a wallet card.
 */
public record Style(float body, float leading, float title, float subtitle, float heading, float meta,
                    float small, float margin, float topMargin, float bottomMargin) {
    /** The smallest body text on handouts and sheets. */
    public static final float MIN_BODY = 11f;
    /** A take-home sheet's body text shrinks to this, never below, when that saves a page. */
    public static final float MIN_SHEET_BODY = 12f;
    /** Page footers never go below this. */
    public static final float MIN_SMALL = 8f;
    /** The floor of a handout fitted to a number of pages ({@code --pages}). */
    public static final float MIN_FITTED_BODY = 10f;
    /** The body size block spacing was designed at. */
    private static final float DESIGN_BODY = 12f;

    /**
     * The desk handout: 11 pt body on A4 or Letter, in two columns of about 45 characters a line,
     * so ten moves with their pictures take four pages rather than six.
     */
    public static final Style HANDOUT = new Style(11f, 1.3f, 24f, 12f, 14.5f, 11f, 9f, 42f, 40f, 52f);
    /** Large print: 16 pt body and labels, larger headings, more space; still one column. */
    public static final Style LARGE_PRINT = new Style(16f, 1.45f, 30f, 16f, 21f, 16f, 12f, 50f, 50f, 66f);
    /** Large print never goes below this, except the page footer. */
    public static final float MIN_LARGE_PRINT = 16f;

    /** The clinic take-home sheet: body text a little larger than the handout (12.5 pt) for people reading at home, often without glasses. */
    public static final Style SHEET = new Style(12.5f, 1.34f, 22f, 13f, 16f, 12f, 11f, 44f, 36f, 54f);

    public Style {
        if (body <= 0 || leading < 1) {
            throw new IllegalArgumentException("body " + body + " pt, leading " + leading);
        }
    }

    /** The same style with its text at {@code newBody} points, every other size in proportion. */
    public Style scaledTo(float newBody) {
        float f = newBody / body;
        return new Style(newBody, leading, title * f, subtitle * f, heading * f, meta * f, Math.max(small * f, MIN_SMALL),
                margin, topMargin, bottomMargin);
    }

    /** The same style with no text (the footer's aside) smaller than {@code size} points. */
    public Style noTextBelow(float size) {
        return new Style(Math.max(body, size), leading, Math.max(title, size), Math.max(subtitle, size),
                Math.max(heading, size), Math.max(meta, size), small, margin, topMargin, bottomMargin);
    }

    /** The same style with lines {@code newLeading} times the text size apart. */
    public Style withLeading(float newLeading) {
        return new Style(body, newLeading, title, subtitle, heading, meta, small, margin, topMargin, bottomMargin);
    }

    /** The same style with other page margins. */
    public Style withMargins(float newMargin, float newTop, float newBottom) {
        return new Style(body, leading, title, subtitle, heading, meta, small, newMargin, newTop, newBottom);
    }

    /** A pocket card's text at {@code body} points: every text on a card is at least that size. */
    public static Style card(float body) {
        return new Style(body, 1.25f, body * 1.25f, body, body * 1.2f, body, body, 0, 0, 0);
    }

    /** How much block spacing shrinks or grows relative to the 12 pt design. */
    public float scale() {
        return body / DESIGN_BODY;
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
        /** A bilingual document's second language: this blue with a bar of it at the left, never colour alone. */
        public static final Color SECOND = new Color(0x1D, 0x4E, 0x89);
        /** Pictures: the person in ink, props quieter, body-map zones not worked in a light grey. */
        public static final Color FIGURE = INK;
        public static final Color PROP = new Color(0x8C, 0x96, 0xA1);
        public static final Color ZONE_OFF = new Color(0xDD, 0xE2, 0xE7);

        private Palette() {
        }
    }
}
