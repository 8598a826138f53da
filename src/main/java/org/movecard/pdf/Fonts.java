package org.movecard.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.movecard.layout.Face;
import org.movecard.layout.Metrics;

/**
 * The shipped fonts (Noto Sans, OFL), parsed for one typesetter, and fallbacks for what Noto Sans
 * lacks: Droid Sans Fallback (Apache-2.0) draws Chinese and Japanese, a Hangul subset of Baekmuk
 * Dotum (permissive licence) Korean, so a patient's or a clinician's name in those scripts prints.
 * They are parsed only when first needed (megabytes) and, like every font, only the glyphs used are
 * embedded. Font files are read into memory once per
 * process: given a path, OpenPDF re-reads font tables byte by byte for every document.
 * Not thread-safe; make one per thread.
 */
public final class Fonts implements Metrics {
    private static final String RESOURCE_DIR = "/org/movecard/fonts/";
    private static final Map<Face, String> FILES = Map.of(
            Face.REGULAR, "NotoSans-Regular.ttf",
            Face.BOLD, "NotoSans-Bold.ttf");

    /** One face for every face: the fallbacks have no bold. */
    private static final String FALLBACK = "DroidSansFallbackFull.ttf";
    /** Droid Sans Fallback has no Hangul: Korean comes from this subset of Baekmuk Dotum. */
    private static final String HANGUL_FALLBACK = "BaekmukDotum-Hangul.ttf";
    /**
     * Outside the Hangul jamo and from the CJK radicals on, the fallbacks are never asked: the
     * common case (Latin, dashes, quotes) stays one pass over the text.
     */
    private static boolean maybeFallback(int c) {
        return (c >= 0x1100 && c <= 0x11FF) || c >= 0x2E80;
    }

    /** A plain loop: measuring runs for every candidate line, so no stream or allocation here. */
    private static boolean anyFallback(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (maybeFallback(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
    /** Characters below this have their advance widths kept in {@link #advances}. */
    private static final int ADVANCES = 0x3000;
    /** Each face's advance widths (thousandths of the size) by character, -1 until asked; one Fonts per thread. */
    private final Map<Face, int[]> advances = new EnumMap<>(Face.class);
    /** The fallbacks by file, parsed on first need (they are megabytes). */
    private final Map<String, BaseFont> fallbacks = new java.util.LinkedHashMap<>();

    public Fonts() {
        for (Face face : Face.values()) {
            fonts.put(face, load(FILES.get(face)));
            int[] unknown = new int[ADVANCES];
            java.util.Arrays.fill(unknown, -1);
            advances.put(face, unknown);
        }
    }

    private static BaseFont load(String file) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, Bytes.of(file), null);
            // PDF/A-2 wants a complete CIDSet or none; OpenPDF's is incomplete, so write none.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot load bundled font " + file, e);
        }
    }

    private BaseFont fallback(String file) {
        return fallbacks.computeIfAbsent(file, f -> {
            BaseFont font = load(f);
            font.setSecureRandom(new Reproducible.SubsetLetters(Face.values().length + (f.equals(FALLBACK) ? 0 : 1)));
            return font;
        });
    }

    /** A piece of a text drawn with one font. */
    record Run(BaseFont font, String text) {
    }

    /**
     * {@code text} cut where it changes between the face's font and the fallback: every character
     * the face lacks and the fallback has goes to the fallback. Usually one run.
     */
    List<Run> runs(String text, Face face) {
        BaseFont main = fonts.get(face);
        if (!anyFallback(text)) {
            return List.of(new Run(main, text));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        BaseFont current = main;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            BaseFont other = main.charExists(cp) || Character.isWhitespace(cp) ? null : fallbackFor(cp);
            BaseFont font = other == null ? main : other;
            if (font != current && run.length() > 0) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0 || runs.isEmpty()) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    /**
     * The fallback that draws {@code cp}, or null. Only letters of the scripts they are for: their
     * Latin and symbols must not stand in for what Noto Sans lacks.
     */
    private BaseFont fallbackFor(int cp) {
        if (!maybeFallback(cp)) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        String file = script == Character.UnicodeScript.HANGUL ? HANGUL_FALLBACK
                : script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO
                        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ? FALLBACK : null;
        if (file == null) {
            return null;
        }
        BaseFont font = fallback(file);
        return font.charExists(cp) ? font : null;
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
        for (Map.Entry<String, BaseFont> fallback : fallbacks.entrySet()) {
            fallback.getValue().setSecureRandom(new Reproducible.SubsetLetters(
                    index + (fallback.getKey().equals(FALLBACK) ? 0 : 1)));
        }
    }

    BaseFont font(Face face) {
        return fonts.get(face);
    }

    @Override
    public float width(String text, Face face, float size) {
        if (!anyFallback(text)) {
            int[] known = advances.get(face);
            BaseFont font = fonts.get(face);
            int sum = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= ADVANCES) {
                    return font.getWidthPoint(text, size);
                }
                int w = known[c];
                if (w < 0) {
                    w = font.getWidth(c);
                    known[c] = w;
                }
                sum += w;
            }
            // As BaseFont.getWidthPoint, from the same per-character widths (line breaking asks for
            // the width of every candidate line; OpenPDF looks each character up in a map).
            return sum * 0.001f * size;
        }
        List<Run> runs = runs(text, face);
        if (runs.size() == 1) {
            return runs.get(0).font().getWidthPoint(text, size);
        }
        float width = 0;
        for (Run run : runs) {
            width += run.font().getWidthPoint(run.text(), size);
        }
        return width;
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
        return fonts.get(face).charExists(codePoint) || fallbackFor(codePoint) != null;
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
