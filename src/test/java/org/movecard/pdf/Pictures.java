package org.movecard.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.movecard.layout.Frame;
import org.movecard.layout.Op;
import org.movecard.layout.Page;
import org.movecard.layout.PageFormat;
import org.movecard.support.Pdfs;

/** Test helpers: paint loose ops on a page of their own and rasterise PDF pages. */
final class Pictures {
    private static final Fonts FONTS = new Fonts();

    private Pictures() {
    }

    /** A one-page PDF {@code width} × {@code height} points with {@code ops} on it. */
    static byte[] page(List<Op> ops, float width, float height) {
        PageFormat format = new PageFormat("picture", width, height, 0);
        Frame frame = new Frame(height, 0, ops, Frame.Role.ARTIFACT, false);
        Page page = new Page(format, List.of(new Page.Placed(frame, 0, 0)), List.of());
        return new PdfPainter(FONTS).paint(List.of(page), new PdfMeta("picture", null, "en", null));
    }

    static BufferedImage raster(byte[] pdf, int pageIndex, float dpi, ImageType type) {
        try (PDDocument doc = Pdfs.load(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
