package org.movecard.pdf;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.movecard.catalogue.Move;
import org.movecard.layout.FigureRenderer;
import org.movecard.support.Catalogues;
import org.movecard.support.Golden;

/**
 * Each bundled figure, drawn alone on a page 100 pt high and as wide as its poses need, rendered at
 * 50 dpi in grey, matches its reviewed reference in src/test/resources/golden/figures (see
 * {@link Golden}).
 */
class FigureGoldenTest {
    private static final float PAGE = 100f;
    private static final int DPI = 50;

    static Stream<Move> bundledMoves() {
        return Catalogues.bundled().moves().stream().filter(m -> m.figure() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledMoves")
    void figureMatchesItsReference(Move move) {
        float width = PAGE * FigureRenderer.aspect(move.figure());
        byte[] pdf = Pictures.page(FigureRenderer.draw(move.figure(), width, PAGE), width, PAGE);
        Golden.assertMatches("figures/" + move.id(), Golden.render(pdf, 0, DPI));
    }
}
