package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;

/** Small functions over drawing ops: moving them, measuring them and flattening figure groups. */
public final class Ops {
    private Ops() {
    }

    /** {@code op} shifted by (dx, dy). */
    public static Op moved(Op op, float dx, float dy) {
        return op.accept(new Op.Visitor<Op>() {
            @Override
            public Op text(Op.Text t) {
                return new Op.Text(t.x() + dx, t.baseline() + dy, t.text(), t.face(), t.size(), t.color(), t.tag());
            }

            @Override
            public Op box(Op.Box b) {
                return new Op.Box(b.x() + dx, b.y() + dy, b.width(), b.height(), b.fill(), b.stroke(),
                        b.strokeWidth(), b.radius());
            }

            @Override
            public Op rule(Op.Rule r) {
                return new Op.Rule(r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy, r.width(), r.color());
            }

            @Override
            public Op disc(Op.Disc d) {
                return new Op.Disc(d.cx() + dx, d.cy() + dy, d.r(), d.color());
            }

            @Override
            public Op image(Op.Image i) {
                return new Op.Image(i.x() + dx, i.y() + dy, i.width(), i.height(), i.rgb(), i.columns(), i.rows());
            }

            @Override
            public Op polygon(Op.Polygon p) {
                return new Op.Polygon(shift(p.points(), dx, dy), p.color(), p.roundness());
            }

            @Override
            public Op stroke(Op.Stroke s) {
                return new Op.Stroke(shift(s.points(), dx, dy), s.width(), s.color(), s.closed());
            }

            @Override
            public Op figure(Op.Figure f) {
                return new Op.Figure(f.ops().stream().map(o -> moved(o, dx, dy)).toList(), f.alt());
            }
        });
    }

    /** The ops with figure groups opened up, for measuring and checking. */
    public static List<Op> flatten(List<Op> ops) {
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

    /** The box an op paints into, stroke widths and round ends included; text by its size. */
    public record Bounds(float left, float top, float right, float bottom) {
        public boolean within(float l, float t, float r, float b, float tolerance) {
            return left >= l - tolerance && top >= t - tolerance && right <= r + tolerance
                    && bottom <= b + tolerance;
        }

        Bounds union(Bounds o) {
            return new Bounds(Math.min(left, o.left), Math.min(top, o.top), Math.max(right, o.right),
                    Math.max(bottom, o.bottom));
        }
    }

    /** Where {@code op} paints; a figure by the union of its parts (an empty one is a point at 0,0). */
    public static Bounds bounds(Op op) {
        return op.accept(new Op.Visitor<Bounds>() {
            @Override
            public Bounds text(Op.Text t) {
                // Generous: glyphs are checked exactly elsewhere; here text only must not be far off.
                return new Bounds(t.x(), t.baseline() - t.size(), t.x(), t.baseline() + t.size() * 0.3f);
            }

            @Override
            public Bounds box(Op.Box b) {
                float s = b.stroke() == null ? 0 : b.strokeWidth() / 2;
                return new Bounds(b.x() - s, b.y() - s, b.x() + b.width() + s, b.y() + b.height() + s);
            }

            @Override
            public Bounds rule(Op.Rule r) {
                // Rules have butt ends: the width spreads only across the line.
                float sx = r.y1() == r.y2() ? 0 : r.width() / 2;
                float sy = r.x1() == r.x2() ? 0 : r.width() / 2;
                return new Bounds(Math.min(r.x1(), r.x2()) - sx, Math.min(r.y1(), r.y2()) - sy,
                        Math.max(r.x1(), r.x2()) + sx, Math.max(r.y1(), r.y2()) + sy);
            }

            @Override
            public Bounds disc(Op.Disc d) {
                return new Bounds(d.cx() - d.r(), d.cy() - d.r(), d.cx() + d.r(), d.cy() + d.r());
            }

            @Override
            public Bounds image(Op.Image i) {
                return new Bounds(i.x(), i.y(), i.x() + i.width(), i.y() + i.height());
            }

            @Override
            public Bounds polygon(Op.Polygon p) {
                return ofPoints(p.points(), p.roundness() / 2);
            }

            @Override
            public Bounds stroke(Op.Stroke s) {
                return ofPoints(s.points(), s.width() / 2);
            }

            @Override
            public Bounds figure(Op.Figure f) {
                return f.ops().stream().map(Ops::bounds).reduce(Bounds::union).orElse(new Bounds(0, 0, 0, 0));
            }
        });
    }

    private static Bounds ofPoints(List<Float> pts, float pad) {
        float l = Float.MAX_VALUE;
        float t = Float.MAX_VALUE;
        float r = -Float.MAX_VALUE;
        float b = -Float.MAX_VALUE;
        for (int i = 0; i < pts.size(); i += 2) {
            l = Math.min(l, pts.get(i));
            r = Math.max(r, pts.get(i));
            t = Math.min(t, pts.get(i + 1));
            b = Math.max(b, pts.get(i + 1));
        }
        return new Bounds(l - pad, t - pad, r + pad, b + pad);
    }

    private static List<Float> shift(List<Float> points, float dx, float dy) {
        List<Float> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            out.add(points.get(i) + (i % 2 == 0 ? dx : dy));
        }
        return out;
    }
}
