package org.movecard.typeset;

import java.util.List;

/** The box an op paints into, stroke widths and round ends included; text by its size. */
record OpBounds(float left, float top, float right, float bottom) {
    static OpBounds of(Op op) {
        if (op instanceof Op.Box b) {
            float s = b.stroke() == null ? 0 : b.strokeWidth() / 2;
            return new OpBounds(b.x() - s, b.y() - s, b.x() + b.width() + s, b.y() + b.height() + s);
        } else if (op instanceof Op.Rule r) {
            // Rules have butt ends: the width spreads only across the line.
            float sx = r.y1() == r.y2() ? 0 : r.width() / 2;
            float sy = r.x1() == r.x2() ? 0 : r.width() / 2;
            return new OpBounds(Math.min(r.x1(), r.x2()) - sx, Math.min(r.y1(), r.y2()) - sy,
                    Math.max(r.x1(), r.x2()) + sx, Math.max(r.y1(), r.y2()) + sy);
        } else if (op instanceof Op.Disc d) {
            return new OpBounds(d.cx() - d.r(), d.cy() - d.r(), d.cx() + d.r(), d.cy() + d.r());
        } else if (op instanceof Op.Polygon p) {
            return ofPoints(p.points(), p.roundness() / 2);
        } else if (op instanceof Op.Stroke s) {
            return ofPoints(s.points(), s.width() / 2);
        } else if (op instanceof Op.Text t) {
            // Generous: glyphs are checked exactly elsewhere; here text only must not be far off.
            return new OpBounds(t.x(), t.baseline() - t.size(), t.x(), t.baseline() + t.size() * 0.3f);
        }
        throw new IllegalArgumentException("no bounds for " + op);
    }

    private static OpBounds ofPoints(List<Float> pts, float pad) {
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
        return new OpBounds(l - pad, t - pad, r + pad, b + pad);
    }

    boolean within(float l, float t, float r, float b, float tolerance) {
        return left >= l - tolerance && top >= t - tolerance && right <= r + tolerance && bottom <= b + tolerance;
    }
}
