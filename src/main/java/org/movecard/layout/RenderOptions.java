package org.movecard.layout;

/**
 * How to render, beyond paper size: {@code figures} puts each move's picture and region map beside
 * its text (QR codes for videos are links rather than pictures and are drawn either way);
 * {@code largePrint} sets everything at 16 pt or more; {@code oneColumn} keeps a handout's moves in
 * one column (large print always does).
 */
public record RenderOptions(boolean figures, boolean largePrint, boolean oneColumn) {
    /** Everything on, normal print, moves in two columns. */
    public static final RenderOptions DEFAULT = new RenderOptions(true, false, false);

    public RenderOptions(boolean figures, boolean largePrint) {
        this(figures, largePrint, false);
    }

    /** How many columns a handout's moves flow in. */
    public int columns() {
        return largePrint || oneColumn ? 1 : 2;
    }

    public Style style() {
        return largePrint ? Style.LARGE_PRINT : Style.HANDOUT;
    }
}
