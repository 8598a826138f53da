package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a laid-out block into frames at given break positions, so a block taller than the room left
 * on a page (a long safety box in large print, a long paragraph) continues on the next page instead
 * of running off it. Text, discs and icons go to the slice holding their reference point; fills and
 * vertical rules are cut to each slice; horizontal rules stay where they are. The slices are glued
 * with {@link Frame#keepWithNext()}, so a block that fits on a page is never cut.
 */
final class Slicer {
    private Slicer() {
    }

    /** A block laid out in one piece: its ops, height, and the y values where it may be cut. */
    record Laid(List<Op> ops, float height, List<Float> breaks) {
        Laid {
            ops = List.copyOf(ops);
            breaks = List.copyOf(breaks);
        }

        Frame whole(float spaceBefore, Frame.Role role) {
            return new Frame(height, spaceBefore, ops, role, false);
        }
    }

    static List<Frame> slice(Laid laid, float spaceBefore, Frame.Role role) {
        Object group = new Object();
        List<Float> cuts = new ArrayList<>();
        cuts.add(0f);
        for (float b : laid.breaks()) {
            if (b > cuts.get(cuts.size() - 1) && b < laid.height()) {
                cuts.add(b);
            }
        }
        cuts.add(laid.height());
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            float top = cuts.get(i);
            float bottom = cuts.get(i + 1);
            boolean last = i + 2 == cuts.size();
            List<Op> ops = new ArrayList<>();
            for (Op op : laid.ops()) {
                Op cut = cut(op, top, bottom, last);
                if (cut != null) {
                    ops.add(cut);
                }
            }
            frames.add(new Frame(bottom - top, i == 0 ? spaceBefore : 0, ops, role, !last, group));
        }
        return frames;
    }

    /**
     * The part of {@code op} in [top, bottom), moved up by {@code top}; null when none. Pictures
     * (strokes, images, figure groups) are never cut: they go whole to the slice holding their top.
     */
    private static Op cut(Op op, float top, float bottom, boolean last) {
        return op.accept(new Op.Visitor<Op>() {
            @Override
            public Op text(Op.Text t) {
                return in(t.baseline(), top, bottom, last) ? Ops.moved(t, 0, -top) : null;
            }

            @Override
            public Op disc(Op.Disc d) {
                return in(d.cy(), top, bottom, last) ? Ops.moved(d, 0, -top) : null;
            }

            @Override
            public Op polygon(Op.Polygon p) {
                return in(p.points().get(1), top, bottom, last) ? Ops.moved(p, 0, -top) : null;
            }

            @Override
            public Op rule(Op.Rule r) {
                if (r.y1() == r.y2()) {
                    return in(r.y1(), top, bottom, last) ? Ops.moved(r, 0, -top) : null;
                }
                float y1 = Math.max(Math.min(r.y1(), r.y2()), top);
                float y2 = Math.min(Math.max(r.y1(), r.y2()), bottom);
                return y2 > y1 ? new Op.Rule(r.x1(), y1 - top, r.x2(), y2 - top, r.width(), r.color()) : null;
            }

            @Override
            public Op box(Op.Box b) {
                if (b.y() + b.height() <= top || b.y() >= bottom) {
                    return null;
                }
                if (b.y() >= top && b.y() + b.height() <= bottom) {
                    return Ops.moved(b, 0, -top);
                }
                if (b.stroke() != null || b.radius() > 0) {
                    // A stroked or rounded box cannot be cut cleanly; sliced blocks draw fills and rules.
                    throw new IllegalArgumentException("cannot slice a stroked or rounded box");
                }
                float y1 = Math.max(b.y(), top);
                float y2 = Math.min(b.y() + b.height(), bottom);
                return y2 > y1 ? new Op.Box(b.x(), y1 - top, b.width(), y2 - y1, b.fill(), null, 0, 0) : null;
            }

            @Override
            public Op image(Op.Image i) {
                return whole(i);
            }

            @Override
            public Op stroke(Op.Stroke s) {
                return whole(s);
            }

            @Override
            public Op figure(Op.Figure f) {
                return whole(f);
            }

            private Op whole(Op picture) {
                return in(Ops.bounds(picture).top(), top, bottom, last) ? Ops.moved(picture, 0, -top) : null;
            }
        });
    }

    private static boolean in(float y, float top, float bottom, boolean last) {
        return y >= top && (y < bottom || last && y <= bottom);
    }
}
