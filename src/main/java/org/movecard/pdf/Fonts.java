package org.movecard.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.movecard.layout.Face;
import org.movecard.layout.Metrics;

/**
 * The shipped fonts (Noto Sans, OFL), parsed for one typesetter. Font files are read into memory
 * once per process: given a path, OpenPDF re-reads font tables byte by byte for every document.
 * Not thread-safe; make one per thread.
 */
public final class Fonts implements Metrics {
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

    BaseFont font(Face face) {
        return fonts.get(face);
    }

    @Override
    public float width(String text, Face face, float size) {
        return fonts.get(face).getWidthPoint(text, size);
    }

    @Override
    public float capHeight(Face face, float size) {
        return fonts.get(face).getFontDescriptor(BaseFont.CAPHEIGHT, size);
    }

    @Override
    public float descent(Face face, float size) {
        return -fonts.get(face).getFontDescriptor(BaseFont.DESCENT, size);
    }

    @Override
    public boolean canDraw(int codePoint, Face face) {
        return fonts.get(face).charExists(codePoint);
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
