package org.movecard.catalogue;

/**
 * A clinic logo ready to embed: opaque 8-bit RGB PNG bytes (any transparency already flattened onto
 * white, so PDF/A needs no soft mask) and its size in pixels.
 */
public record Logo(byte[] png, int width, int height) {
    public Logo {
        if (png == null || png.length == 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("empty logo");
        }
    }
}
