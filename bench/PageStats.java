import java.awt.image.BufferedImage;
import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages and blank share of PDFs: each page's area inside a 10 mm border is cut into 6 × 6 mm cells,
 * and a cell with no ink (no pixel darker than 235 of 255) is blank. The blank share is blank cells
 * over all cells, so text with its normal line spacing counts as used and an empty half column as
 * waste. Usage: java -cp target/movecard.jar[:target/lib/*] bench/PageStats.java LABEL=FILE.pdf ...
 */
public class PageStats {
    private static final float DPI = 72;
    private static final float MM = 72 / 25.4f;

    public static void main(String[] args) throws Exception {
        System.out.printf("%-44s %5s %7s%n", "document", "pages", "blank");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String label = arg.substring(0, eq);
            try (PDDocument doc = Loader.loadPDF(new File(arg.substring(eq + 1)))) {
                PDFRenderer renderer = new PDFRenderer(doc);
                long blank = 0;
                long cells = 0;
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    BufferedImage img = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
                    int border = Math.round(10 * MM);
                    int cell = Math.round(6 * MM);
                    for (int y = border; y + cell <= img.getHeight() - border; y += cell) {
                        for (int x = border; x + cell <= img.getWidth() - border; x += cell) {
                            cells++;
                            if (empty(img, x, y, cell)) {
                                blank++;
                            }
                        }
                    }
                }
                System.out.printf("%-44s %5d %6.0f%%%n", label, doc.getNumberOfPages(), 100.0 * blank / cells);
            }
        }
    }

    private static boolean empty(BufferedImage img, int x0, int y0, int size) {
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                if ((img.getRGB(x, y) & 0xFF) < 235) {
                    return false;
                }
            }
        }
        return true;
    }
}
