package org.movecard.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.movecard.catalogue.Move;
import org.movecard.support.Catalogues;

/** Writes target/figures/ID.pdf: each bundled figure at 300 pt and at 60 pt, for people to look at. */
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
            ops.add(new Op.Box(GAP, GAP, BIG, BIG, null, Style.Palette.HAIRLINE, 0.5f, 0));
            ops.addAll(FigureRenderer.draw(move.figure(), GAP, GAP, BIG, BIG, Style.Palette.FIGURE));
            float sx = 2 * GAP + BIG;
            ops.add(new Op.Box(sx, GAP, SMALL, SMALL, null, Style.Palette.HAIRLINE, 0.5f, 0));
            ops.addAll(FigureRenderer.draw(move.figure(), sx, GAP, SMALL, SMALL, Style.Palette.FIGURE));
            Files.write(dir.resolve(move.id() + ".pdf"), Pictures.page(ops, 3 * GAP + BIG + SMALL, 2 * GAP + BIG));
        }
        assertThat(moves).hasSize(Catalogues.bundled().moves().size());
    }
}
