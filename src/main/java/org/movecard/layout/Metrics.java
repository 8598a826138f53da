package org.movecard.layout;

import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * What the layouts need to know about the fonts: how wide a text is, how tall capitals are, how
 * deep descenders go, and whether a character can be drawn at all. The PDF stage implements it
 * with the fonts it embeds, so layout and painting agree to the point.
 */
public interface Metrics {
    /** Advance width of {@code text} at {@code size} points. */
    float width(String text, Face face, float size);

    /** Height above the baseline of capital letters, for optical centring. */
    float capHeight(Face face, float size);

    /** How far below the baseline descenders reach (a positive number). */
    float descent(Face face, float size);

    /** Whether the font has a glyph for the code point. */
    boolean canDraw(int codePoint, Face face);

    /**
     * Fails with a user error naming the character and where it occurs if the font cannot draw it:
     * a silently dropped character could change the meaning of an instruction.
     */
    default void requireGlyphs(String text, Face face, String where) {
        text.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && cp != 0xAD && !canDraw(cp, face)) {
                throw new UserError(ExitCode.INVALID_INPUT,
                        where + ": the character \"" + new String(Character.toChars(cp)) + "\" (U+"
                                + String.format("%04X", cp) + ") cannot be printed with the bundled font",
                        "replace it with plain text (emoji and rare symbols are not supported)");
            }
        });
    }
}
