package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import org.movecard.catalogue.Figure;
import org.movecard.catalogue.Figure.Joints;
import org.movecard.catalogue.Figure.Point;
import org.movecard.layout.Style.Palette;

/**
 * Draws a {@link Figure} as a public-information pictogram: thick round-capped limbs, a round head,
 * one ink colour, props in a quieter grey and motion arrows in the accent. Every size uses the same
 * drawing scaled uniformly, so strokes grow with the picture and all ops stay inside the box.
 */
public final class FigureRenderer {
    // Thicknesses in figure-box units (the box is Figure.BOX wide), chosen to read at 60 pt wide.
    private static final float HEAD_RADIUS = 6.6f;
    private static final float TORSO = 11.5f;
    private static final float ARM = 5.6f;
    private static final float LEG = 6.6f;
    /** White gap around near limbs, so limbs crossing the body stay readable in one colour. */
    private static final float GAP = 1.8f;
    /** The gap starts this far down a limb, so the limb stays joined to the body at its root. */
    private static final float GAP_START = 0.45f;
    /** A leg's gap stops this far down the shin, so it never cuts the floor a foot stands on. */
    private static final float LEG_GAP_END = 0.7f;
    private static final float FOOT = 5.5f;
    private static final float PROP_LINE = 3.2f;
    private static final float ARROW_LINE = 2.4f;
    private static final float ARROW_HEAD_LENGTH = 7.5f;
    private static final float ARROW_HEAD_HALF_WIDTH = 4.8f;
    /** Quadratic curves become this many straight pieces: smooth at 300 pt, tiny in the PDF. */
    private static final int CURVE_PIECES = 16;
    /** Seat height of a chair above its feet: the figure's knee height, so a sitter's shins fit. */
    static final float CHAIR_SEAT_HEIGHT = 22f;
    /** Room around the box for head, strokes and gaps that reach past a point on the box edge. */
    static final float PAD = HEAD_RADIUS + GAP + 1.6f;

    private final float unit;
    private final float originX;
    private final float originY;
    private final Color ink;
    private final List<Op> ops = new ArrayList<>();

    private FigureRenderer(float x, float y, float width, float height, Color ink) {
        float span = Figure.BOX + 2 * PAD;
        this.unit = Math.min(width, height) / span;
        this.originX = x + (width - span * unit) / 2 + PAD * unit;
        this.originY = y + (height - span * unit) / 2 + PAD * unit;
        this.ink = ink;
    }

    /** The figure in ink, fitted and centred in a {@code width} × {@code height} box at the origin. */
    public static List<Op> draw(Figure figure, float width, float height) {
        return draw(figure, 0, 0, width, height, Palette.FIGURE);
    }

    /** The figure fitted and centred in the box whose top left is ({@code x}, {@code y}). */
    public static List<Op> draw(Figure figure, float x, float y, float width, float height, Color ink) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("figure box must have a size");
        }
        FigureRenderer r = new FigureRenderer(x, y, width, height, ink);
        figure.props().forEach(r::prop);
        r.person(figure.joints(), figure.nearLeft(), figure.toes());
        figure.arrows().forEach(r::arrow);
        return List.copyOf(r.ops);
    }

    private void person(Joints j, boolean nearLeft, String toes) {
        float[] armL = points(j.shoulderL(), j.elbowL(), j.handL());
        float[] armR = points(j.shoulderR(), j.elbowR(), j.handR());
        float[] legL = foot(points(j.hipL(), j.kneeL(), j.footL()), toes);
        float[] legR = foot(points(j.hipR(), j.kneeR(), j.footR()), toes);
        // Back to front: far limbs, body, near limbs, then the head, which floats free like on signs.
        ops.add(stroke(nearLeft ? armR : armL, ARM, ink));
        ops.add(stroke(nearLeft ? legR : legL, LEG, ink));
        torso(j);
        gapped(nearLeft ? legL : legR, LEG, 1 + LEG_GAP_END);
        gapped(nearLeft ? armL : armR, ARM, 2);
        ops.add(new Op.Disc(x(j.head().x()), y(j.head().y()), (HEAD_RADIUS + GAP) * unit, Palette.WHITE));
        ops.add(new Op.Disc(x(j.head().x()), y(j.head().y()), HEAD_RADIUS * unit, ink));
    }

    /**
     * Adds a foot to a hip-knee-foot line: square to the shin, turned to the side the toes point
     * (upwards when the shin lies flat), so a side view shows which way the person faces.
     */
    private static float[] foot(float[] leg, String toes) {
        if (toes == null) {
            return leg;
        }
        float sx = leg[4] - leg[2];
        float sy = leg[5] - leg[3];
        float len = (float) Math.hypot(sx, sy);
        if (len == 0) {
            return leg;
        }
        float fx = -sy / len;
        float fy = sx / len;
        float sign = Math.abs(fx) < 0.2f ? (fy > 0 ? -1 : 1) : (toes.equals("right") == fx > 0 ? 1 : -1);
        float[] out = java.util.Arrays.copyOf(leg, 8);
        out[6] = leg[4] + sign * fx * FOOT;
        out[7] = leg[5] + sign * fy * FOOT;
        return out;
    }

    /** A spine from neck through the shoulders to the pelvis, widened where a front view spreads them. */
    private void torso(Joints j) {
        float[] shoulders = mid(j.shoulderL(), j.shoulderR());
        float[] hips = mid(j.hipL(), j.hipR());
        // The neck is where the body's outline starts, so the round end of the spine stops there.
        float nx = shoulders[0] - j.neck().x();
        float ny = shoulders[1] - j.neck().y();
        float reach = (float) Math.hypot(nx, ny);
        float inset = Math.min(TORSO / 2, reach);
        float[] top = reach == 0 ? shoulders
                : new float[] {j.neck().x() + nx / reach * inset, j.neck().y() + ny / reach * inset};
        float[] spine = j.midBack() == null
                ? new float[] {top[0], top[1], shoulders[0], shoulders[1], hips[0], hips[1]}
                : new float[] {top[0], top[1], shoulders[0], shoulders[1], j.midBack().x(), j.midBack().y(),
                    hips[0], hips[1]};
        ops.add(stroke(spine, TORSO, ink));
        // In profile both sides coincide and this quadrilateral hides inside the spine stroke.
        List<Float> quad = List.of(x(j.shoulderL().x()), y(j.shoulderL().y()), x(j.shoulderR().x()),
                y(j.shoulderR().y()), x(j.hipR().x()), y(j.hipR().y()), x(j.hipL().x()), y(j.hipL().y()));
        ops.add(new Op.Polygon(quad, ink, TORSO * 0.5f * unit));
    }

    /**
     * A near limb: a white halo along its middle, then the limb on top. The halo runs from part-way
     * down the first segment to {@code end}, counted in segments (1.7 = 70 % down the second one).
     */
    private void gapped(float[] limb, float width, float end) {
        int segments = limb.length / 2 - 1;
        float stop = Math.min(end, segments);
        List<Float> halo = new ArrayList<>();
        halo.add(lerp(limb[0], limb[2], GAP_START));
        halo.add(lerp(limb[1], limb[3], GAP_START));
        for (int k = 1; k < stop; k++) {
            halo.add(limb[2 * k]);
            halo.add(limb[2 * k + 1]);
        }
        int last = (int) Math.ceil(stop) - 1;
        float t = stop - last;
        halo.add(lerp(limb[2 * last], limb[2 * last + 2], t));
        halo.add(lerp(limb[2 * last + 1], limb[2 * last + 3], t));
        float[] haloPoints = new float[halo.size()];
        for (int i = 0; i < haloPoints.length; i++) {
            haloPoints[i] = halo.get(i);
        }
        ops.add(stroke(haloPoints, width + 2 * GAP, Palette.WHITE));
        ops.add(stroke(limb, width, ink));
    }

    private static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }

    private void prop(Figure.Prop p) {
        float left = p.x();
        float top = p.y();
        float right = p.x() + p.width();
        float bottom = p.y() + p.height();
        if (p.type().equals("floor")) {
            ops.add(stroke(new float[] {left, bottom, right, bottom}, PROP_LINE, Palette.PROP));
        } else if (p.type().equals("wall")) {
            ops.add(stroke(new float[] {left, top, left, bottom}, PROP_LINE, Palette.PROP));
        } else if (p.type().equals("pillow")) {
            float r = Math.min(p.width(), p.height()) / 2f;
            ops.add(new Op.Box(x(left), y(top), p.width() * unit, p.height() * unit, Palette.PROP, null, 0, r * unit));
        } else if (p.type().equals("foamRoller")) {
            float r = Math.min(p.width(), p.height()) / 2f;
            float cx = (left + right) / 2f;
            float cy = (top + bottom) / 2f;
            ops.add(new Op.Disc(x(cx), y(cy), r * unit, Palette.PROP));
            // The roller's open end, so it reads as a cylinder seen end-on rather than a ball.
            ops.add(new Op.Disc(x(cx), y(cy), r * 0.42f * unit, Palette.WHITE));
        } else if (p.type().equals("chair")) {
            chair(p, left, top, right, bottom);
        }
    }

    /** A side-on chair with its backrest behind the sitter, or a front view with the seat across. */
    private void chair(Figure.Prop p, float left, float top, float right, float bottom) {
        float seat = Math.max(top, bottom - CHAIR_SEAT_HEIGHT);
        if (p.facing().equals("front")) {
            ops.add(stroke(new float[] {left, seat, left, top, right, top, right, seat}, PROP_LINE, Palette.PROP));
            ops.add(stroke(new float[] {left, bottom, left, seat, right, seat, right, bottom}, PROP_LINE, Palette.PROP));
            return;
        }
        float back = p.facing().equals("right") ? left : right;
        float front = p.facing().equals("right") ? right : left;
        ops.add(stroke(new float[] {back, top, back, bottom}, PROP_LINE, Palette.PROP));
        ops.add(stroke(new float[] {back, seat, front, seat, front, bottom}, PROP_LINE, Palette.PROP));
    }

    private void arrow(Figure.Arrow a) {
        List<float[]> points = a.curve(CURVE_PIECES);
        float[] curve = new float[2 * points.size()];
        for (int i = 0; i < points.size(); i++) {
            curve[2 * i] = points.get(i)[0];
            curve[2 * i + 1] = points.get(i)[1];
        }
        float[] shaft = trimEnd(curve, ARROW_HEAD_LENGTH * 0.6f);
        if (a.twoWay()) {
            shaft = reverse(trimEnd(reverse(shaft), ARROW_HEAD_LENGTH * 0.6f));
        }
        ops.add(stroke(shaft, ARROW_LINE, Palette.ACCENT));
        float[] c = a.control();
        head(a.to().x(), a.to().y(), a.to().x() - c[0], a.to().y() - c[1]);
        if (a.twoWay()) {
            head(a.from().x(), a.from().y(), a.from().x() - c[0], a.from().y() - c[1]);
        }
    }

    /** A filled arrow head with its tip at (tipX, tipY), pointing along (dirX, dirY). */
    private void head(float tipX, float tipY, float dirX, float dirY) {
        float len = (float) Math.hypot(dirX, dirY);
        float ux = dirX / len;
        float uy = dirY / len;
        float baseX = tipX - ux * ARROW_HEAD_LENGTH;
        float baseY = tipY - uy * ARROW_HEAD_LENGTH;
        float round = ARROW_LINE * 0.5f;
        // Pull the tip in by the rounding stroke so the rounded head ends on the point itself.
        float ix = tipX - ux * round / 2;
        float iy = tipY - uy * round / 2;
        ops.add(new Op.Polygon(List.of(x(ix), y(iy),
                x(baseX - uy * ARROW_HEAD_HALF_WIDTH), y(baseY + ux * ARROW_HEAD_HALF_WIDTH),
                x(baseX + uy * ARROW_HEAD_HALF_WIDTH), y(baseY - ux * ARROW_HEAD_HALF_WIDTH)),
                Palette.ACCENT, round * unit));
    }

    /** The polyline shortened by {@code cut} box units at its end, so a shaft stops inside its head. */
    private static float[] trimEnd(float[] line, float cut) {
        float left = cut;
        int n = line.length / 2;
        for (int i = n - 1; i > 0; i--) {
            float sx = line[2 * i] - line[2 * i - 2];
            float sy = line[2 * i + 1] - line[2 * i - 1];
            float seg = (float) Math.hypot(sx, sy);
            if (seg > left) {
                float[] out = java.util.Arrays.copyOf(line, 2 * (i + 1));
                float keep = (seg - left) / seg;
                out[2 * i] = line[2 * i - 2] + sx * keep;
                out[2 * i + 1] = line[2 * i - 1] + sy * keep;
                return out;
            }
            left -= seg;
        }
        return java.util.Arrays.copyOf(line, 4);
    }

    private static float[] reverse(float[] line) {
        float[] out = new float[line.length];
        int n = line.length / 2;
        for (int i = 0; i < n; i++) {
            out[2 * i] = line[2 * (n - 1 - i)];
            out[2 * i + 1] = line[2 * (n - 1 - i) + 1];
        }
        return out;
    }

    private static float[] points(Point... points) {
        float[] out = new float[points.length * 2];
        for (int i = 0; i < points.length; i++) {
            out[2 * i] = points[i].x();
            out[2 * i + 1] = points[i].y();
        }
        return out;
    }

    private static float[] mid(Point a, Point b) {
        return new float[] {(a.x() + b.x()) / 2f, (a.y() + b.y()) / 2f};
    }

    /** A stroke from box-unit points; width in box units. */
    private Op.Stroke stroke(float[] boxPoints, float width, Color color) {
        List<Float> pts = new ArrayList<>(boxPoints.length);
        for (int i = 0; i < boxPoints.length; i += 2) {
            pts.add(x(boxPoints[i]));
            pts.add(y(boxPoints[i + 1]));
        }
        return new Op.Stroke(pts, width * unit, color, false);
    }

    private float x(float boxX) {
        return originX + boxX * unit;
    }

    private float y(float boxY) {
        return originY + boxY * unit;
    }
}
