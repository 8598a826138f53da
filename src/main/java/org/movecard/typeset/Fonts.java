package org.movecard.typeset;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * The shipped fonts (Noto Sans, OFL), parsed for one typesetter. Font files are read into memory
 * once per process: given a path, OpenPDF re-reads font tables byte by byte for every document.
 * Not thread-safe; make one per thread.
 */
public final class Fonts {
    private static final String RESOURCE_DIR = "/org/movecard/fonts/";
    private static final Map<Face, String> FILES = Map.of(
            Face.REGULAR, "NotoSans-Regular.ttf",
            Face.BOLD, "NotoSans-Bold.ttf");

    private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);

    public Fonts() {
        for (Face face : Face.values()) {
            String file = FILES.get(face);
            try {
                BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.NOT_CACHED, Bytes.of(file), null);
                // PDF/A-2 wants a complete CIDSet or none; OpenPDF's is incomplete, so write none.
                font.setIncludeCidSet(false);
                fonts.put(face, font);
            } catch (IOException | com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("cannot load bundled font " + file, e);
            }
        }
    }

    /**
     * Before each document: OpenPDF names every font subset with six letters drawn from the font's
     * random source when it writes the document; with object streams those names are compressed, so
     * they cannot be replaced afterwards. Each font instead draws from a fixed sequence, restarted
     * here: the first face is MCARDA+, the second MCARDB+, in every document and every run.
     */
    void restartSubsetNames() {
        int index = 0;
        for (BaseFont font : fonts.values()) {
            font.setSecureRandom(new Reproducible.SubsetLetters(index++));
        }
    }

    public BaseFont font(Face face) {
        return fonts.get(face);
    }

    public float width(String text, Face face, float size) {
        return fonts.get(face).getWidthPoint(text, size);
    }

    /** Height above the baseline of capital letters, for optical centring. */
    public float capHeight(Face face, float size) {
        return fonts.get(face).getFontDescriptor(BaseFont.CAPHEIGHT, size);
    }

    /** How far below the baseline descenders reach (a positive number). */
    public float descent(Face face, float size) {
        return -fonts.get(face).getFontDescriptor(BaseFont.DESCENT, size);
    }

    /**
     * Fails with a user error naming the character and where it occurs if the font cannot draw it:
     * a silently dropped character could change the meaning of an instruction.
     */
    public void requireGlyphs(String text, Face face, String where) {
        BaseFont font = fonts.get(face);
        text.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && cp != 0xAD && !font.charExists(cp)) {
                throw new UserError(ExitCode.INVALID_INPUT,
                        where + ": the character \"" + new String(Character.toChars(cp)) + "\" (U+"
                                + String.format("%04X", cp) + ") cannot be printed with the bundled font",
                        "replace it with plain text (emoji and rare symbols are not supported)");
            }
        });
    }

    /** Font files (the build has removed their hinting: {@link Unhinted}), read once per process. */
    private static final class Bytes {
        private static final Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static byte[] of(String file) {
            return CACHE.computeIfAbsent(file, f -> {
                try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE_DIR + f)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled font missing from the jar: " + f);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
