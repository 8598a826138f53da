package org.movecard.layout;

import java.util.List;
import org.movecard.layout.Style.Palette;

/** Small vector icons, drawn rather than taken from a font so they never depend on glyph coverage. */
final class Icons {
    private Icons() {
    }

    /** A warning triangle with an exclamation mark, {@code size} wide, top left at (x, y). */
    static List<Op> warning(float x, float y, float size) {
        float h = size * 0.9f;
        float r = size * 0.07f;
        return List.of(
                new Op.Polygon(List.of(x + size / 2, y, x + size, y + h, x, y + h), Palette.DANGER, size * 0.12f),
                new Op.Box(x + size / 2 - r, y + h * 0.32f, 2 * r, h * 0.36f, Palette.WHITE, null, 0, r),
                new Op.Disc(x + size / 2, y + h * 0.82f, r * 1.1f, Palette.WHITE));
    }
}
