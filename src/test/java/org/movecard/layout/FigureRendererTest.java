package org.movecard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.catalogue.Figure;
import org.movecard.catalogue.Figure.Point;
import org.movecard.catalogue.Move;
import org.movecard.support.Catalogues;

/** Figures stay inside the box they are given, at every size and for every pose, however extreme. */
class FigureRendererTest {
    private static final float TOLERANCE = 0.01f;

    static Stream<Move> bundledMoves() {
        return Catalogues.bundled().moves().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledMoves")
    void everyBundledMoveHasAFigureThatStaysInItsBox(Move move) {
        assertThat(move.figure()).as("figure of %s", move.id()).isNotNull();
        assertThat(move.figure().alt()).hasSizeGreaterThan(30);
        for (float[] box : new float[][] {{300, 300}, {126, 126}, {60, 60}, {200, 80}, {50, 140}}) {
            assertInside(FigureRenderer.draw(move.figure(), 10, 20, box[0], box[1], Style.Palette.FIGURE),
                    10, 20, box[0], box[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomPosesWithPropsAndArrowsAtTheEdgesStayInside(long seed) {
        Random random = new Random(seed);
        Figure figure = randomFigure(random);
        assertInside(FigureRenderer.draw(figure, 0, 0, 90, 90, Style.Palette.FIGURE), 0, 0, 90, 90);
        assertInside(FigureRenderer.draw(figure, 5, 5, 40, 120, Style.Palette.FIGURE), 5, 5, 40, 120);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledMoves")
    void everyPoseStaysInsideItsOwnCell(Move move) {
        FigureRenderer.Drawn drawn = FigureRenderer.drawn(move.figure(), 10, 20, 400, 120, Style.Palette.FIGURE);
        assertThat(drawn.poses()).hasSize(move.figure().poses().size());
        for (int i = 0; i < drawn.poses().size(); i++) {
            FigureRenderer.Cell c = drawn.cells().get(i);
            assertInside(drawn.poses().get(i), c.px(c.left()), c.py(c.top()), c.px(c.right()) - c.px(c.left()),
                    c.py(c.bottom()) - c.py(c.top()));
        }
        // Poses run left to right in order, and never share room.
        for (int i = 1; i < drawn.cells().size(); i++) {
            FigureRenderer.Cell before = drawn.cells().get(i - 1);
            FigureRenderer.Cell after = drawn.cells().get(i);
            assertThat(after.px(after.left())).isGreaterThan(before.px(before.right()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomMovementsOfThreePosesKeepEachPoseInItsCell(long seed) {
        Random random = new Random(seed);
        Figure one = randomFigure(random);
        Figure figure = new Figure("Three random poses.", List.of(one.first(), randomFigure(random).first(),
                randomFigure(random).first()));
        FigureRenderer.Drawn drawn = FigureRenderer.drawn(figure, 0, 0, 300, 90, Style.Palette.FIGURE);
        assertInside(drawn.ops(), 0, 0, 300, 90);
        for (int i = 0; i < 3; i++) {
            FigureRenderer.Cell c = drawn.cells().get(i);
            assertInside(drawn.poses().get(i), c.px(c.left()), c.py(c.top()), c.px(c.right()) - c.px(c.left()),
                    c.py(c.bottom()) - c.py(c.top()));
        }
    }

    @ParameterizedTest
    @ValueSource(floats = {60, 300})
    void strokesScaleWithTheSize(float size) {
        Figure figure = Catalogues.bundled().moves().get(0).figure();
        float widest = FigureRenderer.draw(figure, size, size).stream()
                .filter(op -> op instanceof Op.Stroke).map(op -> ((Op.Stroke) op).width())
                .max(Float::compare).orElseThrow();
        float unit = FigureRenderer.drawn(figure, 0, 0, size, size, Style.Palette.FIGURE).cells().get(0).unit();
        // The thickest stroke (the neck) is the same few box units at any size.
        assertThat(widest / unit).isBetween(6f, 10f);
    }

    private static void assertInside(List<Op> ops, float x, float y, float w, float h) {
        assertThat(ops).isNotEmpty();
        for (Op op : ops) {
            Ops.Bounds b = Ops.bounds(op);
            assertThat(b.within(x, y, x + w, y + h, TOLERANCE)).as("%s of %s inside %s,%s %sx%s", b, op, x, y, w, h)
                    .isTrue();
        }
    }

    private static Figure randomFigure(Random random) {
        List<Point> p = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            // Corners and edges are the hard cases: pick them often.
            p.add(new Point(edgy(random), edgy(random)));
        }
        Figure.Joints joints = new Figure.Joints(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5),
                p.get(6), p.get(7), p.get(8), p.get(9), p.get(10), p.get(11), p.get(12), p.get(13), p.get(14));
        List<Figure.Prop> props = List.of(new Figure.Prop("chair", 0, 0, 100, 100, "left"),
                new Figure.Prop("floor", 0, 100, 100, 0, null), new Figure.Prop("wall", 100, 0, 0, 100, null),
                new Figure.Prop("foamRoller", 0, 80, 20, 20, null), new Figure.Prop("pillow", 80, 0, 20, 10, null));
        List<Figure.Arrow> arrows = List.of(new Figure.Arrow(new Point(0, 0), new Point(100, 100), 0, true),
                new Figure.Arrow(new Point(0, 50), new Point(100, 50), 40, false),
                new Figure.Arrow(new Point(100, 0), new Point(100, 100), -50, true));
        return new Figure("A random pose for testing.", random.nextBoolean() ? "left" : "right",
                random.nextBoolean() ? "right" : null, joints, props, arrows);
    }

    private static int edgy(Random random) {
        int r = random.nextInt(5);
        return r == 0 ? 0 : r == 1 ? Figure.BOX : random.nextInt(Figure.BOX + 1);
    }
}
