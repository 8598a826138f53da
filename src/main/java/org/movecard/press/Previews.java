package org.movecard.press;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;

/** Renders every page of a PDF to PNG bytes with PDFBox's renderer (deterministic for the same input). */
public final class Previews {
    public static final int MIN_DPI = 20;
    public static final int MAX_DPI = 600;

    private Previews() {
    }

    /** {@code name} is used in error messages only. */
    public static List<byte[]> png(byte[] pdf, int dpi, String name) {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new UserError(ExitCode.INVALID_INPUT, Hint.option("dpi") + " " + dpi + " is out of range",
                    "use a value from " + MIN_DPI + " to " + MAX_DPI + " (96 suits a screen, 300 a printer)");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UserError(ExitCode.INVALID_INPUT, name + ": not a readable PDF (" + e.getMessage() + ")",
                    "give a PDF file, for example one written by " + Hint.command("card"));
        }
        try (doc) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                pages.add(out.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UserError(ExitCode.INVALID_INPUT, name + ": cannot render (" + e.getMessage() + ")", null);
        }
    }
}
