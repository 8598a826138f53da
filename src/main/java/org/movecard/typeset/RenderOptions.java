package org.movecard.typeset;

/**
 * How to render, beyond paper size: {@code figures} puts each move's picture and region map beside
 * its text. QR codes for videos are links rather than pictures and are drawn either way.
 */
public record RenderOptions(boolean figures) {
    /** Everything on. */
    public static final RenderOptions DEFAULT = new RenderOptions(true);
}
