package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.movecard.catalogue.Move;
import org.movecard.layout.FigureRenderer;
import org.movecard.layout.Op;
import org.movecard.layout.Style;
import org.movecard.support.Catalogues;

/** Writes target/figures/ID.pdf: each bundled figure 300 pt and 60 pt high, for people to look at. */
class FigureSheetTest {
    private static final float BIG = 300f;
    private static final float SMALL = 60f;
    private static final float GAP = 12f;

    @Test
    void writesAPreviewOfEveryFigure() throws Exception {
        List<Move> moves = Catalogues.bundled().moves().stream().filter(m -> m.figure() != null).toList();
        Path dir = Path.of("target", "figures");
        Files.createDirectories(dir);
        for (Move move : moves) {
            List<Op> ops = new ArrayList<>();
            float aspect = FigureRenderer.aspect(move.figure());
            ops.add(new Op.Box(GAP, GAP, BIG * aspect, BIG, null, Style.Palette.HAIRLINE, 0.5f, 0));
            ops.addAll(FigureRenderer.draw(move.figure(), GAP, GAP, BIG * aspect, BIG, Style.Palette.FIGURE));
            float sx = 2 * GAP + BIG * aspect;
            ops.add(new Op.Box(sx, GAP, SMALL * aspect, SMALL, null, Style.Palette.HAIRLINE, 0.5f, 0));
            ops.addAll(FigureRenderer.draw(move.figure(), sx, GAP, SMALL * aspect, SMALL, Style.Palette.FIGURE));
            Path file = dir.resolve(move.id() + ".pdf");
            Files.write(file, Pictures.page(ops, 3 * GAP + (BIG + SMALL) * aspect, 2 * GAP + BIG));
            // The preview is a real one-page PDF with the figure drawn on it, not an empty page.
            try (var doc = org.movecard.support.Pdfs.load(Files.readAllBytes(file))) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 20);
                long ink = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        ink += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
                    }
                }
                assertThat(ink).as("dark pixels of %s", move.id()).isGreaterThan(50);
            }
        }
        assertThat(moves).as("every bundled move has a figure").hasSize(Catalogues.bundled().moves().size());
    }
}
