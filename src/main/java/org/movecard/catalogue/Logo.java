package org.movecard.catalogue;

/**
 * A clinic logo ready to embed: opaque 8-bit RGB pixels, row by row, {@code width} × {@code height}
 * of them (any transparency already flattened onto white, so PDF/A needs no soft mask). Pixels, not
 * PNG bytes: the PDF wants them deflated as they are, and a PNG would be encoded only to be decoded
 * again (the larger part of a cold sheet's image work).
 */
public record Logo(byte[] rgb, int width, int height) {
    public Logo {
        if (width < 1 || height < 1 || rgb == null || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("a logo needs width × height × 3 bytes of RGB");
        }
    }
}
