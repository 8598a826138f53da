package org.movecard.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.movecard.catalogue.Move;
import org.movecard.support.Catalogues;

/**
 * Each bundled figure, painted alone and rasterised at low resolution, matches its reference PNG
 * within a small tolerance. Run with {@code -Dmovecard.updateGolden=true} to rewrite the references
 * after a deliberate change; look at them before committing.
 */
class FigureGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "figures");
    private static final Path DIFFS = Path.of("target", "golden-diff");
    private static final float PAGE = 100f;
    private static final float DPI = 50f;
    /** A pixel differs when its grey level moves more than this (of 255): anti-aliasing noise stays below. */
    private static final int LEVEL_TOLERANCE = 48;
    /** At most this share of pixels may differ. */
    private static final double PIXEL_TOLERANCE = 0.005;

    static Stream<Move> bundledMoves() {
        return Catalogues.bundled().moves().stream().filter(m -> m.figure() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledMoves")
    void figureMatchesItsReference(Move move) throws IOException {
        byte[] pdf = Pictures.page(FigureRenderer.draw(move.figure(), PAGE, PAGE), PAGE, PAGE);
        BufferedImage actual = Pictures.raster(pdf, 0, DPI, ImageType.GRAY);
        Path reference = GOLDEN.resolve(move.id() + ".png");
        if (Boolean.getBoolean("movecard.updateGolden")) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(actual, "png", reference.toFile());
            return;
        }
        assertThat(reference).as("reference image; create it with -Dmovecard.updateGolden=true").exists();
        BufferedImage expected = ImageIO.read(reference.toFile());
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        int differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRaster().getSample(x, y, 0);
                int e = expected.getRaster().getSample(x, y, 0);
                boolean off = Math.abs(a - e) > LEVEL_TOLERANCE;
                differing += off ? 1 : 0;
                // Red where they differ, the expected image faintly elsewhere.
                diff.setRGB(x, y, off ? 0xFF0000 : (0xC0 + e / 4) * 0x010101);
            }
        }
        double share = (double) differing / (actual.getWidth() * actual.getHeight());
        if (share > PIXEL_TOLERANCE) {
            Files.createDirectories(DIFFS);
            ImageIO.write(actual, "png", DIFFS.resolve(move.id() + "-actual.png").toFile());
            ImageIO.write(expected, "png", DIFFS.resolve(move.id() + "-expected.png").toFile());
            ImageIO.write(diff, "png", DIFFS.resolve(move.id() + "-diff.png").toFile());
        }
        assertThat(share).as("share of pixels that differ for %s; see %s", move.id(), DIFFS.toAbsolutePath())
                .isLessThanOrEqualTo(PIXEL_TOLERANCE);
    }
}
