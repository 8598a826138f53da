package org.movecard.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.movecard.catalogue.Figure;
import org.movecard.catalogue.Figure.Joints;
import org.movecard.catalogue.Figure.Point;
import org.movecard.catalogue.Figure.Pose;
import org.movecard.layout.Style.Palette;

/**
 * Draws a {@link Figure} as a public-information pictogram: a shaped torso, round-capped limbs and
 * a round head joined by a neck, in one ink colour, with the far limbs in a lighter tint of it so
 * overlaps read without white gaps; props in a quieter grey and motion arrows in the accent. A
 * figure's poses stand side by side, in order, with a small grey arrow between them. Every size uses
 * the same drawing scaled uniformly, so strokes grow with the picture and all ops stay inside the box.
 *
 * <p>Documents draw each pose cropped to what it shows ({@link #aspect} gives the result's shape);
 * the contact sheet draws every pose in its whole {@value Figure#BOX} × {@value Figure#BOX} box so
 * the grid under it matches the catalogue's numbers.
 */
public final class FigureRenderer {
    // Thicknesses in figure-box units (the box is Figure.BOX wide), chosen to read at 60 pt wide.
    private static final float HEAD_RADIUS = 6.6f;
    /** Half the torso's width at the chest, the waist (the middle of the back) and the hips. */
    private static final float CHEST = 7f;
    private static final float WAIST = 5.6f;
    private static final float HIPS = 6.3f;
    /** Each hip joint's own roundness, as a share of the hips' half width, when the hips are apart. */
    private static final float SIDE_HIP = 0.75f;
    private static final float NECK = 4.4f;
    private static final float ARM = 5.2f;
    private static final float LEG = 6.4f;
    private static final float FOOT = 7f;
    /** The nose that tells which way a side-view face looks: how far it stands off the head. */
    private static final float NOSE = 3.2f;
    private static final float PROP_LINE = 3.2f;
    private static final float ARROW_LINE = 2.4f;
    private static final float ARROW_HEAD_LENGTH = 7.5f;
    private static final float ARROW_HEAD_HALF_WIDTH = 4.8f;
    /** Far limbs are the ink mixed this far towards white: behind the body, yet the same person. */
    private static final float FAR_TINT = 0.25f;
    /**
     * Where a near limb crosses ink drawn before it, a white outline this wide on each side keeps
     * it readable; the outline stays clear of the limb's root, so the limb joins its body cleanly.
     */
    private static final float GAP = 1.3f;
    private static final float ROOT_CLEAR = 3f;
    private static final float ROOT_SHARE = 0.45f;
    /** Corners of the torso's outline round by this stroke. */
    private static final float ROUND = 3f;
    /** White outline pieces smaller than this (box units squared) would not show: left out. */
    private static final float MIN_WHITE = 0.3f;
    /** A mat seen from above: a pale floor with a grey edge. */
    private static final Color MAT = new Color(0xEE, 0xF1, 0xF4);
    /** Quadratic curves become this many straight pieces: smooth at 300 pt, tiny in the PDF. */
    private static final int CURVE_PIECES = 16;
    /** Seat height of a chair above its feet: the figure's knee height, so a sitter's shins fit. */
    static final float CHAIR_SEAT_HEIGHT = 22f;
    /** Room around a whole box on the contact sheet, for head, strokes and feet that reach past its edge. */
    static final float PAD = HEAD_RADIUS + 3.4f;
    /** Between two poses: room for the small arrow that says "then". */
    static final float STEP_GAP = 20f;
    private static final float STEP_ARROW = 11f;
    /** A cropped pose is never narrower than this, so a standing pose does not look squeezed. */
    private static final float MIN_INK_WIDTH = 46f;
    /** Room around a cropped pose's ink. */
    private static final float MARGIN = 2f;

    /**
     * Where a pose landed: box point (bx, by) is at ({@code x + bx * unit}, {@code y + by * unit})
     * in points, and the pose's visible cell spans box x from {@code left} to {@code right} and box y
     * from {@code top} to {@code bottom}.
     */
    public record Cell(float x, float y, float unit, float left, float top, float right, float bottom) {
        public float px(float bx) {
            return x + bx * unit;
        }

        public float py(float by) {
            return y + by * unit;
        }
    }

    /** The ops of a drawn figure, where each of its poses is, and which ops draw which pose. */
    public record Drawn(List<Op> ops, List<Cell> cells, List<List<Op>> poses) {
        public Drawn {
            ops = List.copyOf(ops);
            cells = List.copyOf(cells);
            poses = poses.stream().map(List::copyOf).toList();
        }
    }

    /** A figure's cells in box units, before scaling: each pose's x range, and the shared y range. */
    private record Plan(List<float[]> columns, float top, float bottom) {
        float width() {
            float w = (columns.size() - 1) * STEP_GAP;
            for (float[] c : columns) {
                w += c[1] - c[0];
            }
            return w;
        }

        float height() {
            return bottom - top;
        }
    }

    private final Color ink;
    private final Color far;
    private final List<Op> ops = new ArrayList<>();
    /** The person's ink so far as polygons in box units, so a near limb knows what it crosses. */
    private final List<float[]> inked = new ArrayList<>();
    private float unit;
    private float originX;
    private float originY;

    private FigureRenderer(Color ink) {
        this.ink = ink;
        this.far = mix(ink, Palette.WHITE, FAR_TINT);
    }

    /** Width over height of the figure as {@link #draw} draws it. */
    public static float aspect(Figure figure) {
        return ASPECTS.get(new Same(figure));
    }

    /** Each figure's width over height, for {@link #aspect}: measuring one draws it. */
    private static final Memo<Same, Float> ASPECTS = new Memo<>(256, same -> {
        Plan plan = cropped(same.figure());
        return plan.width() / plan.height();
    });

    /** The figure in ink, fitted and centred in a {@code width} × {@code height} box at the origin. */
    public static List<Op> draw(Figure figure, float width, float height) {
        return draw(figure, 0, 0, width, height, Palette.FIGURE);
    }

    /**
     * The figure fitted and centred in the box whose top left is ({@code x}, {@code y}). Drawn once
     * per figure, size and ink and then moved: a layout tries several variants of a page and would
     * otherwise draw (and cut the white edges of) every figure in each of them.
     */
    public static List<Op> draw(Figure figure, float x, float y, float width, float height, Color ink) {
        List<Op> atOrigin = DRAWN.get(new Key(figure, width, height, ink));
        if (x == 0 && y == 0) {
            return atOrigin;
        }
        List<Op> out = new ArrayList<>(atOrigin.size());
        for (Op op : atOrigin) {
            out.add(Ops.moved(op, x, y));
        }
        return out;
    }

    /** A figure by identity (hashing a figure's every joint on each lookup would cost more than the memo saves) and a size. */
    private record Key(Figure figure, float width, float height, Color ink) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.figure == figure && k.width == width && k.height == height
                    && k.ink.equals(ink);
        }

        @Override
        public int hashCode() {
            return ((System.identityHashCode(figure) * 31 + Float.hashCode(width)) * 31 + Float.hashCode(height)) * 31
                    + ink.hashCode();
        }
    }

    /** A figure by identity, for {@link #ASPECTS}. */
    private record Same(Figure figure) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same same && same.figure == figure;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(figure);
        }
    }

    /** The last figures drawn at the origin, for {@link #draw}; a bounded, thread-safe memo. */
    private static final Memo<Key, List<Op>> DRAWN = new Memo<>(256,
            k -> List.copyOf(drawn(k.figure(), 0, 0, k.width(), k.height(), k.ink()).ops()));


    /** As {@link #draw}, with where each pose went (each cropped to what it shows). */
    public static Drawn drawn(Figure figure, float x, float y, float width, float height, Color ink) {
        return place(figure, cropped(figure), x, y, width, height, ink);
    }

    /** Every pose in its whole box, for the contact sheet; the cells say where each box went. */
    public static Drawn drawWholeBoxes(Figure figure, float x, float y, float width, float height, Color ink) {
        List<float[]> columns = new ArrayList<>();
        for (int i = 0; i < figure.poses().size(); i++) {
            columns.add(new float[] {-PAD, Figure.BOX + PAD});
        }
        return place(figure, new Plan(columns, -PAD, Figure.BOX + PAD), x, y, width, height, ink);
    }

    private static Drawn place(Figure figure, Plan plan, float x, float y, float width, float height, Color ink) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("figure box must have a size");
        }
        FigureRenderer r = new FigureRenderer(ink);
        r.unit = Math.min(width / plan.width(), height / plan.height());
        float left = x + (width - plan.width() * r.unit) / 2;
        float top = y + (height - plan.height() * r.unit) / 2;
        List<Cell> cells = new ArrayList<>();
        List<List<Op>> poses = new ArrayList<>();
        float at = left;
        for (int i = 0; i < figure.poses().size(); i++) {
            float[] column = plan.columns().get(i);
            r.originX = at - column[0] * r.unit;
            r.originY = top - plan.top() * r.unit;
            cells.add(new Cell(r.originX, r.originY, r.unit, column[0], plan.top(), column[1], plan.bottom()));
            int first = r.ops.size();
            r.pose(figure.poses().get(i), column[0], column[1]);
            poses.add(new ArrayList<>(r.ops.subList(first, r.ops.size())));
            at += (column[1] - column[0]) * r.unit;
            if (i + 1 < figure.poses().size()) {
                r.stepArrow(at, top, plan, figure.poses().get(i), figure.poses().get(i + 1));
                at += STEP_GAP * r.unit;
            }
        }
        return new Drawn(r.ops, cells, poses);
    }

    /** Each pose as wide as its ink; all poses as tall as the tallest, so they share a floor. */
    private static Plan cropped(Figure figure) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        List<float[]> columns = new ArrayList<>();
        for (Pose pose : figure.poses()) {
            float[] b = inked(pose);
            top = Math.min(top, b[1]);
            bottom = Math.max(bottom, b[3]);
            float grow = Math.max(0, MIN_INK_WIDTH - (b[2] - b[0])) / 2;
            columns.add(new float[] {b[0] - grow - MARGIN, b[2] + grow + MARGIN});
        }
        return new Plan(columns, top - MARGIN, bottom + MARGIN);
    }

    /**
     * The box-unit bounds {left, top, right, bottom} of what a pose draws, measured by drawing it at
     * one point a unit. A floor counts for its height only: it is drawn as wide as the pose's cell.
     */
    private static float[] inked(Pose pose) {
        FigureRenderer r = new FigureRenderer(Palette.FIGURE);
        r.unit = 1;
        r.pose(pose, Float.NaN, Float.NaN);
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (Op op : r.ops) {
            Ops.Bounds o = Ops.bounds(op);
            grow(b, o.left(), o.top());
            grow(b, o.right(), o.bottom());
        }
        for (Figure.Prop prop : pose.props()) {
            if (prop.type().equals("floor")) {
                float y = prop.y() + prop.height();
                b[1] = Math.min(b[1], y - PROP_LINE / 2);
                b[3] = Math.max(b[3], y + PROP_LINE / 2);
            }
        }
        return b;
    }

    private static void grow(float[] b, float x, float y) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
    }

    /**
     * Draws a pose in the cell from box x {@code left} to {@code right}; floors run across the cell
     * (not at all when the cell is not known yet: NaN, while measuring).
     */
    private void pose(Pose pose, float left, float right) {
        for (Figure.Prop p : pose.props()) {
            if (!p.type().equals("floor")) {
                prop(p);
            } else if (!Float.isNaN(left)) {
                float y = p.y() + p.height();
                ops.add(stroke(new float[] {Math.max(p.x(), left + PROP_LINE / 2), y,
                    Math.min(p.x() + p.width(), right - PROP_LINE / 2), y}, PROP_LINE, Palette.PROP));
            }
        }
        person(pose.joints(), pose.nearLeft(), pose.toes(), pose.face());
        pose.arrows().forEach(this::arrow);
    }

    /** The small grey arrow from one pose to the next, level with the middle of the two bodies. */
    private void stepArrow(float at, float top, Plan plan, Pose before, Pose after) {
        float middle = (bodyMiddle(before) + bodyMiddle(after)) / 2;
        float y = originY + middle * unit;
        float x0 = at + (STEP_GAP - STEP_ARROW) / 2 * unit;
        float x1 = x0 + STEP_ARROW * unit;
        float half = STEP_ARROW * 0.32f * unit;
        float head = STEP_ARROW * 0.5f * unit;
        ops.add(new Op.Stroke(List.of(x0, y, x1 - head * 0.6f, y), ARROW_LINE * 0.8f * unit, Palette.PROP, false));
        float round = ARROW_LINE * 0.4f * unit;
        ops.add(new Op.Polygon(List.of(x1 - round / 2, y, x1 - head, y - half, x1 - head, y + half), Palette.PROP,
                round));
    }

    private static float bodyMiddle(Pose pose) {
        Joints j = pose.joints();
        float top = Math.min(j.head().y(), Math.min(j.handL().y(), j.handR().y()));
        float bottom = Math.max(Math.max(j.footL().y(), j.footR().y()), Math.max(j.kneeL().y(), j.kneeR().y()));
        return (Math.max(top, 0) + bottom) / 2;
    }

    private void person(Joints j, boolean nearLeft, String toes, String face) {
        inked.clear();
        float[] armL = points(j.shoulderL(), j.elbowL(), j.handL());
        float[] armR = points(j.shoulderR(), j.elbowR(), j.handR());
        float[] legL = foot(points(j.hipL(), j.kneeL(), j.footL()), toes);
        float[] legR = foot(points(j.hipR(), j.kneeR(), j.footR()), toes);
        // Back to front: far limbs (lighter), body, near limbs, then the head on its neck.
        limb(nearLeft ? armR : armL, ARM, far);
        // Seen from the front or above both legs are in plain view; only an arm can go behind the back.
        limb(nearLeft ? legR : legL, LEG, toes == null ? ink : far);
        torso(j);
        outlined(nearLeft ? legL : legR, LEG);
        outlined(nearLeft ? armL : armR, ARM);
        head(j, face);
    }

    /** A neck from the body to the head, the head, and in side views a nose on the face's side. */
    private void head(Joints j, String face) {
        float hx = j.head().x();
        float hy = j.head().y();
        limb(new float[] {j.neck().x(), j.neck().y(), hx, hy}, NECK * 2, ink);
        ops.add(new Op.Disc(x(hx), y(hy), HEAD_RADIUS * unit, ink));
        if (face == null) {
            return;
        }
        float ux = hx - j.neck().x();
        float uy = hy - j.neck().y();
        float len = (float) Math.hypot(ux, uy);
        if (len == 0) {
            return;
        }
        ux /= len;
        uy /= len;
        // The face is on the side it looks to when the body stands: (-uy, ux) for "right".
        float sign = face.equals("right") ? 1 : -1;
        float nx = -uy * sign;
        float ny = ux * sign;
        float baseX = hx + nx * (HEAD_RADIUS - 1.2f);
        float baseY = hy + ny * (HEAD_RADIUS - 1.2f);
        float tipX = hx + nx * (HEAD_RADIUS + NOSE) - ux * 1.2f;
        float tipY = hy + ny * (HEAD_RADIUS + NOSE) - uy * 1.2f;
        float round = 1.2f;
        ops.add(new Op.Polygon(List.of(x(baseX + ux * 3.2f), y(baseY + uy * 3.2f), x(tipX), y(tipY),
                x(baseX - ux * 2.6f), y(baseY - uy * 2.6f)), ink, round * unit));
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
        float[] out = Arrays.copyOf(leg, 8);
        out[6] = leg[4] + sign * fx * FOOT;
        out[7] = leg[5] + sign * fy * FOOT;
        return out;
    }

    /**
     * The torso: a shape along the spine (neck, shoulders, middle of the back, hips) that is widest
     * at the chest and narrows at the waist, and where a front view spreads the shoulders and hips,
     * the quadrilateral between them.
     */
    private void torso(Joints j) {
        float[] shoulders = mid(j.shoulderL(), j.shoulderR());
        float[] hips = mid(j.hipL(), j.hipR());
        float[] waist = j.midBack() == null
                ? new float[] {(shoulders[0] + hips[0]) / 2, (shoulders[1] + hips[1]) / 2}
                : new float[] {j.midBack().x(), j.midBack().y()};
        float[][] spine = {{j.neck().x(), j.neck().y()}, shoulders, waist, hips};
        float[] half = {NECK, CHEST, WAIST, HIPS};
        List<Float> left = new ArrayList<>();
        List<Float> right = new ArrayList<>();
        float[][] full = new float[spine.length][];
        for (int i = 0; i < spine.length; i++) {
            float[] d = direction(spine, i);
            // The outline's corners round by half the stroke, so the polygon is drawn that much inside.
            float h = Math.max(0.5f, half[i] - ROUND / 2);
            left.add(x(spine[i][0] - d[1] * h));
            left.add(y(spine[i][1] + d[0] * h));
            right.add(0, y(spine[i][1] - d[0] * h));
            right.add(0, x(spine[i][0] + d[1] * h));
            full[i] = new float[] {spine[i][0] - d[1] * half[i], spine[i][1] + d[0] * half[i],
                spine[i][0] + d[1] * half[i], spine[i][1] - d[0] * half[i]};
        }
        List<Float> outline = new ArrayList<>(left);
        outline.addAll(right);
        ops.add(new Op.Polygon(outline, ink, ROUND * unit));
        // As ink, the outline is one quadrilateral per stretch of spine, at its full width.
        for (int i = 0; i + 1 < spine.length; i++) {
            inked.add(new float[] {full[i][0], full[i][1], full[i + 1][0], full[i + 1][1], full[i + 1][2],
                full[i + 1][3], full[i][2], full[i][3]});
        }
        // Round ends at the shoulders and hips, so the outline never shows a corner there.
        disc(hips[0], hips[1], HIPS);
        disc(shoulders[0], shoulders[1], CHEST);
        if (Math.hypot(j.hipL().x() - j.hipR().x(), j.hipL().y() - j.hipR().y()) > 1) {
            // Seen from the front or above, a round hip at each leg's root: no notch where a thigh leaves the body.
            disc(j.hipL().x(), j.hipL().y(), HIPS * SIDE_HIP);
            disc(j.hipR().x(), j.hipR().y(), HIPS * SIDE_HIP);
        }
        // In profile both sides coincide and this quadrilateral hides inside the shape above.
        List<Float> quad = List.of(x(j.shoulderL().x()), y(j.shoulderL().y()), x(j.shoulderR().x()),
                y(j.shoulderR().y()), x(j.hipR().x()), y(j.hipR().y()), x(j.hipL().x()), y(j.hipL().y()));
        shape(quad, WAIST);
    }

    /** A filled, round-cornered polygon of the person, given in page points. */
    private void shape(List<Float> points, float round) {
        ops.add(new Op.Polygon(points, ink, round * unit));
        float[] box = new float[points.size()];
        for (int i = 0; i < box.length; i += 2) {
            box[i] = (points.get(i) - originX) / unit;
            box[i + 1] = (points.get(i + 1) - originY) / unit;
        }
        if (Math.abs(Outline.signedArea(box)) < 1) {
            // A polygon with no area (the body in profile) is only its rounding stroke: inside the torso.
            return;
        }
        inked.add(box);
        // The rounding stroke reaches half its width past every edge.
        for (int i = 0; i < box.length; i += 2) {
            inked.add(Outline.capsule(box[i], box[i + 1], box[(i + 2) % box.length], box[(i + 3) % box.length],
                    round));
        }
    }

    private void disc(float cx, float cy, float r) {
        ops.add(new Op.Disc(x(cx), y(cy), r * unit, ink));
        inked.add(Outline.circle(cx, cy, r));
    }

    /** A limb (or the neck) drawn as it is, and remembered as ink. */
    private void limb(float[] line, float width, Color color) {
        ops.add(stroke(line, width, color));
        for (int i = 0; i + 3 < line.length; i += 2) {
            inked.add(Outline.capsule(line[i], line[i + 1], line[i + 2], line[i + 3], width));
        }
    }

    /**
     * A near limb over what is already drawn: first a white outline exactly where it crosses that
     * ink (but not around its root, so the limb joins its body), then the limb. Nothing white lands
     * where the limb crosses no ink, so there are no white slivers over props or other poses.
     */
    private void outlined(float[] line, float width) {
        float dx = line[2] - line[0];
        float dy = line[3] - line[1];
        float len = (float) Math.hypot(dx, dy);
        // Near its root a limb grows out of the body: an edge there would only cut a sliver off it.
        float reach = Math.max(width / 2 + GAP + ROOT_CLEAR, len * ROOT_SHARE);
        List<float[]> pieces = new ArrayList<>(inked);
        for (int i = 0; i + 3 < line.length; i += 2) {
            float[] halo = Outline.capsule(line[i], line[i + 1], line[i + 2], line[i + 3], width + 2 * GAP);
            for (float[] ink : pieces) {
                float[] white = Outline.clip(ink, halo);
                if (i == 0 && len > 0 && white.length > 0) {
                    white = Outline.halfPlane(white, line[0] + dx / len * reach, line[1] + dy / len * reach, dx, dy);
                }
                if (white.length >= 6 && Math.abs(Outline.signedArea(white)) > MIN_WHITE) {
                    List<Float> points = new ArrayList<>(white.length);
                    for (int k = 0; k < white.length; k += 2) {
                        points.add(x(white[k]));
                        points.add(y(white[k + 1]));
                    }
                    ops.add(new Op.Polygon(points, Palette.WHITE, 0));
                }
            }
        }
        limb(line, width, ink);
    }


    /** The unit direction of the spine at point {@code i}, averaged over its neighbours. */
    private static float[] direction(float[][] spine, int i) {
        float[] a = spine[Math.max(0, i - 1)];
        float[] b = spine[Math.min(spine.length - 1, i + 1)];
        float dx = b[0] - a[0];
        float dy = b[1] - a[1];
        float len = (float) Math.hypot(dx, dy);
        return len == 0 ? new float[] {0, 1} : new float[] {dx / len, dy / len};
    }

    private void prop(Figure.Prop p) {
        float left = p.x();
        float top = p.y();
        float right = p.x() + p.width();
        float bottom = p.y() + p.height();
        if (p.type().equals("wall")) {
            ops.add(stroke(new float[] {left, top, left, bottom}, PROP_LINE, Palette.PROP));
        } else if (p.type().equals("mat")) {
            ops.add(new Op.Box(x(left), y(top), p.width() * unit, p.height() * unit, MAT, Palette.PROP,
                    PROP_LINE * 0.5f * unit, 3 * unit));
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

    /**
     * A side-on chair: a backrest rising from the back leg behind the sitter, a seat and a front
     * leg; or seen from the front, the backrest's frame above a seat on two legs.
     */
    private void chair(Figure.Prop p, float left, float top, float right, float bottom) {
        float seat = Math.max(top, bottom - CHAIR_SEAT_HEIGHT);
        if (p.facing().equals("front")) {
            float inset = Math.min(4f, (right - left) / 6);
            ops.add(stroke(new float[] {left + inset, seat, left + inset, top, right - inset, top, right - inset, seat},
                    PROP_LINE, Palette.PROP));
            ops.add(stroke(new float[] {left, seat, right, seat}, PROP_LINE * 1.4f, Palette.PROP));
            ops.add(stroke(new float[] {left + inset, seat, left + inset, bottom}, PROP_LINE, Palette.PROP));
            ops.add(stroke(new float[] {right - inset, seat, right - inset, bottom}, PROP_LINE, Palette.PROP));
            return;
        }
        float back = p.facing().equals("right") ? left : right;
        float front = p.facing().equals("right") ? right : left;
        float lean = p.facing().equals("right") ? -2.5f : 2.5f;
        // The backrest leans back a little and ends in a rail, so it reads as a chair, not a stool.
        ops.add(stroke(new float[] {back + lean, top, back, seat, back, bottom}, PROP_LINE, Palette.PROP));
        float rail = Math.min(seat, top + Math.min(9f, (seat - top) / 2));
        ops.add(stroke(new float[] {back + lean, top, back + lean * (rail - seat) / (top - seat), rail},
                PROP_LINE * 2.2f, Palette.PROP));
        ops.add(stroke(new float[] {back, seat, front, seat}, PROP_LINE * 1.4f, Palette.PROP));
        ops.add(stroke(new float[] {front, seat, front, bottom}, PROP_LINE, Palette.PROP));
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
                float[] out = Arrays.copyOf(line, 2 * (i + 1));
                float keep = (seg - left) / seg;
                out[2 * i] = line[2 * i - 2] + sx * keep;
                out[2 * i + 1] = line[2 * i - 1] + sy * keep;
                return out;
            }
            left -= seg;
        }
        return Arrays.copyOf(line, 4);
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

    private static Color mix(Color a, Color b, float t) {
        return new Color(Math.round(a.red() + (b.red() - a.red()) * t),
                Math.round(a.green() + (b.green() - a.green()) * t),
                Math.round(a.blue() + (b.blue() - a.blue()) * t));
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
