package org.movecard.typeset;

import java.util.ArrayList;
import java.util.List;

/** Small functions over drawing ops: moving them and flattening figure groups. */
final class Ops {
    private Ops() {
    }

    /** {@code op} shifted by (dx, dy). */
    static Op moved(Op op, float dx, float dy) {
        if (op instanceof Op.Text t) {
            return new Op.Text(t.x() + dx, t.baseline() + dy, t.text(), t.face(), t.size(), t.color(), t.tag());
        } else if (op instanceof Op.Box b) {
            return new Op.Box(b.x() + dx, b.y() + dy, b.width(), b.height(), b.fill(), b.stroke(), b.strokeWidth(),
                    b.radius());
        } else if (op instanceof Op.Rule r) {
            return new Op.Rule(r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy, r.width(), r.color());
        } else if (op instanceof Op.Disc d) {
            return new Op.Disc(d.cx() + dx, d.cy() + dy, d.r(), d.color());
        } else if (op instanceof Op.Polygon p) {
            return new Op.Polygon(shift(p.points(), dx, dy), p.color(), p.roundness());
        } else if (op instanceof Op.Stroke s) {
            return new Op.Stroke(shift(s.points(), dx, dy), s.width(), s.color(), s.closed());
        } else if (op instanceof Op.Figure f) {
            return new Op.Figure(f.ops().stream().map(o -> moved(o, dx, dy)).toList(), f.alt());
        }
        throw new IllegalArgumentException("cannot move " + op.getClass().getSimpleName());
    }

    /** The ops with figure groups opened up, for measuring and checking. */
    static List<Op> flatten(List<Op> ops) {
        List<Op> out = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof Op.Figure f) {
                out.addAll(flatten(f.ops()));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    private static List<Float> shift(List<Float> points, float dx, float dy) {
        List<Float> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            out.add(points.get(i) + (i % 2 == 0 ? dx : dy));
        }
        return out;
    }
}
