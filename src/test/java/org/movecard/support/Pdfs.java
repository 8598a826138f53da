package org.movecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads PDFs back with PDFBox for assertions: text, per-page text, glyph boxes. */
public final class Pdfs {
    private Pdfs() {
    }

    public static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of every page in the order it is drawn, whitespace collapsed to single spaces. Our
     * pages are drawn in reading order (column by column, running footers last), so this is the
     * order a reader follows; sorting by position would interleave two columns line by line.
     */
    public static String text(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            return flat(strip(doc, 1, doc.getNumberOfPages()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(flat(strip(doc, i, i)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String strip(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    /** A glyph as drawn: its page (0-based), box in PDF user space (origin bottom left) and font size. */
    public record Glyph(int page, String text, float x, float y, float width, float height, float fontSize) {
    }

    /**
     * The size the glyph is drawn at, from its text rendering matrix: PDFBox's own
     * {@code getFontSizeInPt} rounds to whole points, which would hide a 6.5 pt minimum.
     */
    static float sizeInPoints(TextPosition p) {
        return p.getTextMatrix().getScalingFactorY();
    }

    public static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                int pageIndex = i;
                PDPage page = doc.getPage(i);
                float pageHeight = page.getMediaBox().getHeight();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            // DirAdj y is the baseline measured from the top; convert to PDF space.
                            float baseline = pageHeight - p.getYDirAdj();
                            glyphs.add(new Glyph(pageIndex, p.getUnicode(), p.getXDirAdj(), baseline,
                                    p.getWidthDirAdj(), p.getHeightDir(), sizeInPoints(p)));
                        }
                    }
                };
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                stripper.getText(doc);
            }
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
