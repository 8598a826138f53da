package org.movecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Golden-image checks for layout regressions: a page rendered at low DPI in grey must match the
 * reference in src/test/resources/golden within a small tolerance. On a mismatch the actual,
 * expected and difference images are written under target/golden-diff/. Run the tests with
 * {@code -Dmovecard.updateGolden=true} to rewrite the references after an intended change.
 */
public final class Golden {
    private static final Path REFERENCES = Path.of("src/test/resources/golden");
    private static final Path DIFFS = Path.of("target/golden-diff");
    /** A pixel differs when its grey level moves by more than this (of 255). */
    private static final int PIXEL_TOLERANCE = 48;
    /** At most this share of pixels may differ (anti-aliasing across JDKs and font rasterisers). */
    private static final double MAX_DIFFERING_SHARE = 0.001;

    private Golden() {
    }

    public static BufferedImage render(byte[] pdf, int page, int dpi) {
        try (PDDocument doc = Pdfs.load(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name} is a path under golden/, without ".png". */
    public static void assertMatches(String name, BufferedImage actual) {
        Path reference = REFERENCES.resolve(name + ".png");
        try {
            if (Boolean.getBoolean("movecard.updateGolden") || !Files.exists(reference)) {
                Files.createDirectories(reference.getParent());
                ImageIO.write(actual, "png", reference.toFile());
                if (!Boolean.getBoolean("movecard.updateGolden")) {
                    throw new AssertionError("no golden image " + reference + " yet: wrote it; check it and commit it");
                }
                return;
            }
            BufferedImage expected = ImageIO.read(reference.toFile());
            assertThat(actual.getWidth()).as("width of %s", name).isEqualTo(expected.getWidth());
            assertThat(actual.getHeight()).as("height of %s", name).isEqualTo(expected.getHeight());
            BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
            long differing = 0;
            for (int y = 0; y < actual.getHeight(); y++) {
                for (int x = 0; x < actual.getWidth(); x++) {
                    int a = actual.getRaster().getSample(x, y, 0);
                    int e = expected.getRaster().getSample(x, y, 0);
                    boolean off = Math.abs(a - e) > PIXEL_TOLERANCE;
                    differing += off ? 1 : 0;
                    diff.setRGB(x, y, off ? 0xFF0000 : (e << 16 | e << 8 | e) & 0x7F7F7F | 0x808080);
                }
            }
            double share = (double) differing / (actual.getWidth() * actual.getHeight());
            if (share > MAX_DIFFERING_SHARE) {
                Path dir = DIFFS.resolve(name).getParent();
                Files.createDirectories(dir);
                String base = DIFFS.resolve(name).getFileName().toString();
                ImageIO.write(actual, "png", dir.resolve(base + "-actual.png").toFile());
                ImageIO.write(expected, "png", dir.resolve(base + "-expected.png").toFile());
                ImageIO.write(diff, "png", dir.resolve(base + "-diff.png").toFile());
                throw new AssertionError(String.format("%s: %.2f%% of pixels differ (allowed %.2f%%); see %s",
                        name, share * 100, MAX_DIFFERING_SHARE * 100, dir.toAbsolutePath()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
