package org.movecard.layout;

import java.util.Arrays;

/**
 * Flat geometry for the figure's white outlines: round-capped strokes and discs as convex
 * polygons, and one polygon cut to a convex one (Sutherland–Hodgman). Polygons are x,y pairs in
 * any unit; this is all the figure needs of a geometry library, and layout may use none.
 */
final class Outline {
    /**
     * Corners on each half circle of a cap, and round a disc: the outline is a thin band beside a
     * limb, so a coarse circle is enough, and few points keep the PDF small.
     */
    private static final int CAP_POINTS = 5;
    private static final int CIRCLE_POINTS = 12;

    private Outline() {
    }

    /** The area a round-capped stroke of {@code width} covers from (ax, ay) to (bx, by), convex. */
    static float[] capsule(float ax, float ay, float bx, float by, float width) {
        float r = width / 2;
        float dx = bx - ax;
        float dy = by - ay;
        float len = (float) Math.hypot(dx, dy);
        if (len < 1e-4f) {
            return circle(ax, ay, r);
        }
        double angle = Math.atan2(dy, dx);
        // Corners on a slightly larger circle, so the polygon's edges cover the whole round cap.
        r /= (float) Math.cos(Math.PI / (2 * CAP_POINTS));
        float[] out = new float[4 * (CAP_POINTS + 1)];
        int k = 0;
        for (int end = 0; end < 2; end++) {
            float cx = end == 0 ? bx : ax;
            float cy = end == 0 ? by : ay;
            double start = angle - Math.PI / 2 + end * Math.PI;
            for (int i = 0; i <= CAP_POINTS; i++) {
                double a = start + Math.PI * i / CAP_POINTS;
                out[k++] = cx + (float) (r * Math.cos(a));
                out[k++] = cy + (float) (r * Math.sin(a));
            }
        }
        return out;
    }

    /** A disc as a polygon whose edges touch the circle, so it covers all of it. */
    static float[] circle(float cx, float cy, float r) {
        float outer = (float) (r / Math.cos(Math.PI / CIRCLE_POINTS));
        float[] out = new float[2 * CIRCLE_POINTS];
        for (int i = 0; i < CIRCLE_POINTS; i++) {
            double a = 2 * Math.PI * i / CIRCLE_POINTS;
            out[2 * i] = cx + (float) (outer * Math.cos(a));
            out[2 * i + 1] = cy + (float) (outer * Math.sin(a));
        }
        return out;
    }

    /** What of {@code subject} (any simple polygon) lies inside {@code convex}; empty for nothing. */
    static float[] clip(float[] subject, float[] convex) {
        // Most pieces of ink lie nowhere near a given halo: their boxes alone say the cut is empty.
        if (!boxesMeet(subject, convex)) {
            return new float[0];
        }
        float orientation = Math.signum(signedArea(convex));
        float[] out = subject;
        int n = convex.length / 2;
        for (int i = 0; i < n && out.length >= 6; i++) {
            float ax = convex[2 * i];
            float ay = convex[2 * i + 1];
            float bx = convex[(2 * i + 2) % convex.length];
            float by = convex[(2 * i + 3) % convex.length];
            // Inside is the side the polygon's own interior lies on: the normal turned by its winding.
            out = halfPlane(out, ax, ay, -(by - ay) * orientation, (bx - ax) * orientation);
        }
        return out.length >= 6 ? out : new float[0];
    }

    /** What of {@code subject} lies where (p − a)·n ≥ 0. */
    static float[] halfPlane(float[] subject, float ax, float ay, float nx, float ny) {
        // Each edge keeps at most its start and one crossing: never more than twice the points.
        float[] out = new float[2 * subject.length];
        int k = 0;
        int n = subject.length / 2;
        for (int i = 0; i < n; i++) {
            float px = subject[2 * i];
            float py = subject[2 * i + 1];
            float qx = subject[(2 * i + 2) % subject.length];
            float qy = subject[(2 * i + 3) % subject.length];
            float dp = (px - ax) * nx + (py - ay) * ny;
            float dq = (qx - ax) * nx + (qy - ay) * ny;
            if (dp >= 0) {
                out[k++] = px;
                out[k++] = py;
            }
            if ((dp >= 0) != (dq >= 0)) {
                float t = dp / (dp - dq);
                out[k++] = px + (qx - px) * t;
                out[k++] = py + (qy - py) * t;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** Whether the two polygons' bounding boxes overlap (touching counts). */
    static boolean boxesMeet(float[] a, float[] b) {
        float[] boxA = box(a);
        float[] boxB = box(b);
        return boxA[0] <= boxB[2] && boxB[0] <= boxA[2] && boxA[1] <= boxB[3] && boxB[1] <= boxA[3];
    }

    /** {minX, minY, maxX, maxY} of x,y pairs. */
    private static float[] box(float[] polygon) {
        float minX = Float.POSITIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < polygon.length; i += 2) {
            minX = Math.min(minX, polygon[i]);
            maxX = Math.max(maxX, polygon[i]);
            minY = Math.min(minY, polygon[i + 1]);
            maxY = Math.max(maxY, polygon[i + 1]);
        }
        return new float[] {minX, minY, maxX, maxY};
    }

    /** Twice-signed area's half: positive when the points turn one way, negative the other. */
    static float signedArea(float[] polygon) {
        float sum = 0;
        int n = polygon.length / 2;
        for (int i = 0; i < n; i++) {
            float x1 = polygon[2 * i];
            float y1 = polygon[2 * i + 1];
            float x2 = polygon[(2 * i + 2) % polygon.length];
            float y2 = polygon[(2 * i + 3) % polygon.length];
            sum += x1 * y2 - x2 * y1;
        }
        return sum / 2;
    }
}
