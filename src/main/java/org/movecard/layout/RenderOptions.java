package org.movecard.layout;

/**
 * How to render, beyond paper size: {@code figures} puts each move's picture and region map beside
 * its text (QR codes for videos are links rather than pictures and are drawn either way);
 * {@code largePrint} sets everything at 16 pt or more; {@code oneColumn} keeps a handout's moves in
 * one column (large print always does); {@code pages}, when above 0, fits a handout on that many
 * pages by shrinking text and pictures down to a floor; {@code fullSafety} prints a take-home sheet's
 * full safety notes instead of the catalogue's short ones.
 */
public record RenderOptions(boolean figures, boolean largePrint, boolean oneColumn, int pages, boolean fullSafety) {
    /** Everything on, normal print, moves in two columns, as many pages as needed. */
    public static final RenderOptions DEFAULT = new RenderOptions(true, false, false, 0, false);
    /** The most pages {@code pages} may ask for. */
    public static final int MAX_PAGES = 999;

    public RenderOptions {
        if (pages < 0 || pages > MAX_PAGES) {
            throw new IllegalArgumentException("pages " + pages);
        }
    }

    public RenderOptions(boolean figures, boolean largePrint) {
        this(figures, largePrint, false);
    }

    public RenderOptions(boolean figures, boolean largePrint, boolean oneColumn) {
        this(figures, largePrint, oneColumn, 0, false);
    }

    public RenderOptions withPages(int n) {
        return new RenderOptions(figures, largePrint, oneColumn, n, fullSafety);
    }

    public RenderOptions withFullSafety(boolean full) {
        return new RenderOptions(figures, largePrint, oneColumn, pages, full);
    }

    /** How many columns a handout's moves flow in. */
    public int columns() {
        return largePrint || oneColumn ? 1 : 2;
    }

    public Style style() {
        return largePrint ? Style.LARGE_PRINT : Style.HANDOUT;
    }
}
