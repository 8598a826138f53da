package org.movecard.typeset;

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

    /** The part of {@code op} in [top, bottom), moved up by {@code top}; null when none. */
    private static Op cut(Op op, float top, float bottom, boolean last) {
        if (op instanceof Op.Text t) {
            return in(t.baseline(), top, bottom, last) ? new Op.Text(t.x(), t.baseline() - top, t.text(), t.face(),
                    t.size(), t.color(), t.tag()) : null;
        } else if (op instanceof Op.Disc d) {
            return in(d.cy(), top, bottom, last) ? new Op.Disc(d.cx(), d.cy() - top, d.r(), d.color()) : null;
        } else if (op instanceof Op.Polygon p) {
            if (!in(p.points().get(1), top, bottom, last)) {
                return null;
            }
            List<Float> moved = new ArrayList<>(p.points());
            for (int i = 1; i < moved.size(); i += 2) {
                moved.set(i, moved.get(i) - top);
            }
            return new Op.Polygon(moved, p.color(), p.roundness());
        } else if (op instanceof Op.Rule r) {
            if (r.y1() == r.y2()) {
                return in(r.y1(), top, bottom, last) ? new Op.Rule(r.x1(), r.y1() - top, r.x2(), r.y2() - top,
                        r.width(), r.color()) : null;
            }
            float y1 = Math.max(Math.min(r.y1(), r.y2()), top);
            float y2 = Math.min(Math.max(r.y1(), r.y2()), bottom);
            return y2 > y1 ? new Op.Rule(r.x1(), y1 - top, r.x2(), y2 - top, r.width(), r.color()) : null;
        } else if (op instanceof Op.Box b) {
            if (b.y() + b.height() <= top || b.y() >= bottom) {
                return null;
            }
            if (b.y() >= top && b.y() + b.height() <= bottom) {
                return new Op.Box(b.x(), b.y() - top, b.width(), b.height(), b.fill(), b.stroke(), b.strokeWidth(),
                        b.radius());
            }
            if (b.stroke() != null || b.radius() > 0) {
                // A stroked or rounded box cannot be cut cleanly; sliced blocks draw fills and rules.
                throw new IllegalArgumentException("cannot slice a stroked or rounded box");
            }
            float y1 = Math.max(b.y(), top);
            float y2 = Math.min(b.y() + b.height(), bottom);
            return y2 > y1 ? new Op.Box(b.x(), y1 - top, b.width(), y2 - y1, b.fill(), null, 0, 0) : null;
        }
        throw new IllegalArgumentException("cannot slice " + op.getClass().getSimpleName());
    }

    private static boolean in(float y, float top, float bottom, boolean last) {
        return y >= top && (y < bottom || last && y <= bottom);
    }
}
