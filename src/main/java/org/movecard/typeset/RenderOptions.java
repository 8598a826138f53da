package org.movecard.typeset;

/**
 * How to render, beyond paper size: {@code figures} puts each move's picture and region map beside
 * its text (QR codes for videos are links rather than pictures and are drawn either way);
 * {@code largePrint} sets everything at 16 pt or more.
 */
public record RenderOptions(boolean figures, boolean largePrint) {
    /** Everything on, normal print. */
    public static final RenderOptions DEFAULT = new RenderOptions(true, false);

    public Style style() {
        return largePrint ? Style.LARGE_PRINT : Style.HANDOUT;
    }
}
