package org.movecard.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The picture of a move: one to {@value #MAX_POSES} poses of a pictogram person, drawn side by side
 * with a small arrow between them (start → end, or start → middle → end), or a single pose for a
 * static hold; {@code alt} is the whole picture, movement included, in words.
 *
 * <p>In the catalogue a single pose may be written flat ({@code joints}, {@code near}, {@code toes},
 * {@code props}, {@code arrows} on the figure itself, as before poses existed), or as
 * {@code poses: [ … ]}. With poses, {@code near}, {@code toes} and {@code props} on the figure are
 * shared by every pose (a pose may override {@code near} and {@code toes} and add props), and each
 * pose carries its own arrows.
 */
public record Figure(String alt, List<Pose> poses) {
    /** Side length of the coordinate box; whole numbers keep hand-written poses easy to edit. */
    public static final int BOX = 100;
    /** Start, middle, end: more poses than this get too small to read beside the steps. */
    public static final int MAX_POSES = 3;
    static final Set<String> SIDES = Set.of("left", "right");

    public Figure {
        alt = Text.requireText(alt, "figure alt");
        if (poses == null || poses.isEmpty() || poses.size() > MAX_POSES) {
            throw new IllegalArgumentException("figure poses must have 1 to " + MAX_POSES + " entries, found "
                    + (poses == null ? 0 : poses.size()));
        }
        poses = List.copyOf(poses);
    }

    /** A figure of one pose. */
    public Figure(String alt, String near, String toes, Joints joints, List<Prop> props, List<Arrow> arrows) {
        this(alt, List.of(new Pose(near, toes, null, joints, props, arrows)));
    }

    /**
     * How a catalogue writes a figure: one pose flat on the figure, or {@code poses}; near, toes and
     * props on the figure are shared by its poses.
     */
    static final JsonFields.Shape<Figure> JSON = JsonFields.Shape.of(Figure.class,
            f -> json(f.requiredText("alt"), f.text("near"), f.text("toes"), f.value("joints", Joints.JSON),
                    f.values("props", Prop.JSON), f.values("arrows", Arrow.JSON), f.values("poses", PoseJson.JSON)),
            "alt", "near", "toes", "joints", "props", "arrows", "poses");

    private static Figure json(String alt,
                       String near,
                       String toes,
                       Joints joints,
                       List<Prop> props,
                       List<Arrow> arrows,
                       List<PoseJson> poses) {
        if (poses == null) {
            if (joints == null) {
                throw new IllegalArgumentException("figure joints must be given (one pose), or poses (up to "
                        + MAX_POSES + ")");
            }
            return new Figure(alt, near, toes, joints, props, arrows);
        }
        if (joints != null) {
            throw new IllegalArgumentException("figure joints must be left out when poses are given: "
                    + "each pose has its own joints");
        }
        if (arrows != null) {
            throw new IllegalArgumentException("figure arrows must go inside the pose they belong to when poses "
                    + "are given");
        }
        if (poses.isEmpty() || poses.size() > MAX_POSES) {
            throw new IllegalArgumentException("figure poses must have 1 to " + MAX_POSES + " entries, found "
                    + poses.size());
        }
        List<Prop> shared = props == null ? List.of() : props;
        List<Pose> built = new java.util.ArrayList<>();
        for (PoseJson p : poses) {
            List<Prop> all = new java.util.ArrayList<>(shared);
            all.addAll(p.props());
            built.add(new Pose(p.near() != null ? p.near() : near, p.toes() != null ? p.toes() : toes, p.looks(),
                    p.joints(), all, p.arrows()));
        }
        return new Figure(alt, built);
    }

    /** The first pose: the start of the movement, or the hold. */
    public Pose first() {
        return poses.get(0);
    }

    /**
     * One position of the person. {@code near} says which side of the body faces the viewer; its
     * limbs are drawn in front of the body. {@code toes}, for side views, says which way the feet
     * point ("left" or "right"), which is also how a reader tells front from back; null draws no
     * feet (front, back and top views). {@code looks}, for side views, is where the face looks when
     * it is not where the toes point (turning to look back); null means where the toes point.
     */
    public record Pose(String near, String toes, String looks, Joints joints, List<Prop> props, List<Arrow> arrows) {
        public Pose {
            near = near == null ? "right" : near;
            if (!SIDES.contains(near)) {
                throw new IllegalArgumentException("figure near must be \"left\" or \"right\", found \"" + near + "\"");
            }
            if (toes != null && !SIDES.contains(toes)) {
                throw new IllegalArgumentException("figure toes must be \"left\" or \"right\", found \"" + toes + "\"");
            }
            if (looks != null && !SIDES.contains(looks)) {
                throw new IllegalArgumentException("pose looks must be \"left\" or \"right\", found \"" + looks + "\"");
            }
            if (looks != null && toes == null) {
                throw new IllegalArgumentException("pose looks must go with toes: it turns a side view's face");
            }
            if (joints == null) {
                throw new IllegalArgumentException("figure joints are required");
            }
            props = props == null ? List.of() : List.copyOf(props);
            arrows = arrows == null ? List.of() : List.copyOf(arrows);
        }

        /** True when the left limbs are the ones nearer the viewer. */
        public boolean nearLeft() {
            return near.equals("left");
        }

        /** Where a side view's face looks: {@code looks}, else the way the toes point; null in other views. */
        public String face() {
            return looks != null ? looks : toes;
        }
    }

    /** A pose as written inside {@code poses}: near and toes default to the figure's. */
    record PoseJson(String near, String toes, String looks, Joints joints, List<Prop> props, List<Arrow> arrows) {
        static final JsonFields.Shape<PoseJson> JSON = JsonFields.Shape.of(PoseJson.class,
                f -> json(f.text("near"), f.text("toes"), f.text("looks"), f.requiredValue("joints", Joints.JSON),
                        f.values("props", Prop.JSON), f.values("arrows", Arrow.JSON)),
                "near", "toes", "looks", "joints", "props", "arrows");

        private static PoseJson json(String near,
                             String toes,
                             String looks,
                             Joints joints,
                             List<Prop> props,
                             List<Arrow> arrows) {
            if (near != null && !SIDES.contains(near)) {
                throw new IllegalArgumentException("pose near must be \"left\" or \"right\", found \"" + near + "\"");
            }
            if (toes != null && !SIDES.contains(toes)) {
                throw new IllegalArgumentException("pose toes must be \"left\" or \"right\", found \"" + toes + "\"");
            }
            return new PoseJson(near, toes, looks, joints, props == null ? List.of() : List.copyOf(props),
                    arrows == null ? List.of() : List.copyOf(arrows));
        }
    }

    /** A point of the box, written [x, y]; both whole numbers from 0 to {@value Figure#BOX}. */
    public record Point(int x, int y) {
        public Point {
            if (x < 0 || x > BOX || y < 0 || y > BOX) {
                throw new IllegalArgumentException("point [" + x + ", " + y + "] is outside the figure box (0 to "
                        + BOX + " across and down)");
            }
        }

        /** The point written [x, y]. */
        static Point of(List<Integer> xy) {
            if (xy == null || xy.size() != 2) {
                throw new IllegalArgumentException("a point is two numbers [x, y], found "
                        + (xy == null ? "nothing" : xy.size() + (xy.size() == 1 ? " number" : " numbers")));
            }
            return new Point(xy.get(0), xy.get(1));
        }
    }

    /**
     * Where each joint is. L and R are the person's own left and right. {@code head} is the centre of
     * the head; {@code neck} is where the body starts below it; the hips are the two ends of the
     * pelvis. {@code midBack}, optional, bends the spine (an arch or a curl); null keeps it straight.
     */
    public record Joints(Point head, Point neck, Point shoulderL, Point shoulderR, Point elbowL, Point elbowR,
                         Point handL, Point handR, Point hipL, Point hipR, Point kneeL, Point kneeR,
                         Point footL, Point footR, Point midBack) {
        /** The joints' names as a catalogue writes them, in the order of the record's components. */
        static final JsonFields.Shape<Joints> JSON = JsonFields.Shape.of(Joints.class,
                f -> new Joints(f.requiredValue("head", JsonFields.POINT), f.requiredValue("neck", JsonFields.POINT),
                        f.requiredValue("shoulderL", JsonFields.POINT), f.requiredValue("shoulderR", JsonFields.POINT),
                        f.requiredValue("elbowL", JsonFields.POINT), f.requiredValue("elbowR", JsonFields.POINT),
                        f.requiredValue("handL", JsonFields.POINT), f.requiredValue("handR", JsonFields.POINT),
                        f.requiredValue("hipL", JsonFields.POINT), f.requiredValue("hipR", JsonFields.POINT),
                        f.requiredValue("kneeL", JsonFields.POINT), f.requiredValue("kneeR", JsonFields.POINT),
                        f.requiredValue("footL", JsonFields.POINT), f.requiredValue("footR", JsonFields.POINT),
                        f.value("midBack", JsonFields.POINT)),
                "head", "neck", "shoulderL", "shoulderR", "elbowL", "elbowR", "handL", "handR", "hipL", "hipR", "kneeL",
                "kneeR", "footL", "footR", "midBack");

        public Joints {
            Map<String, Point> all = named(head, neck, shoulderL, shoulderR, elbowL, elbowR, handL, handR, hipL,
                    hipR, kneeL, kneeR, footL, footR);
            all.forEach((name, p) -> {
                if (p == null) {
                    throw new IllegalArgumentException("joint " + name + " is missing");
                }
            });
        }

        /** Every joint given, by its catalogue name. */
        public Map<String, Point> byName() {
            Map<String, Point> all = named(head, neck, shoulderL, shoulderR, elbowL, elbowR, handL, handR, hipL, hipR,
                    kneeL, kneeR, footL, footR);
            if (midBack != null) {
                all.put("midBack", midBack);
            }
            return all;
        }

        private static Map<String, Point> named(Point... points) {
            List<String> names = JSON.fields();
            Map<String, Point> map = new LinkedHashMap<>();
            for (int i = 0; i < points.length; i++) {
                map.put(names.get(i), points[i]);
            }
            return map;
        }
    }

    /**
     * A thing the person uses, in a box of the figure: a {@code chair} (seat, legs and a backrest on
     * the side away from {@code facing}), a {@code floor} line along the box's bottom, a {@code wall}
     * line along its left side, a {@code foamRoller} (its round end), a {@code pillow}, or a {@code mat}
     * (an exercise mat seen from above: the floor of a top view).
     */
    public record Prop(String type, int x, int y, int width, int height, String facing) {
        /** The kinds of prop the renderer can draw. */
        public static final List<String> TYPES = List.of("chair", "floor", "wall", "foamRoller", "pillow", "mat");
        static final Set<String> FACINGS = Set.of("left", "right", "front");

        public Prop {
            if (type == null || !TYPES.contains(type)) {
                throw new IllegalArgumentException("unknown prop \"" + type + "\" (known props: "
                        + String.join(", ", TYPES) + ")");
            }
            facing = facing == null ? "right" : facing;
            if (!FACINGS.contains(facing)) {
                throw new IllegalArgumentException("prop facing must be \"left\", \"right\" or \"front\", found \""
                        + facing + "\"");
            }
            if (width < 0 || height < 0 || x < 0 || y < 0 || x + width > BOX || y + height > BOX) {
                throw new IllegalArgumentException(type + " box (x " + x + ", y " + y + ", width " + width
                        + ", height " + height + ") is outside the figure box (0 to " + BOX + ")");
            }
            boolean line = type.equals("floor") || type.equals("wall");
            if ((type.equals("floor") && width == 0) || (type.equals("wall") && height == 0)
                    || (!line && (width == 0 || height == 0))) {
                throw new IllegalArgumentException(type + " needs a "
                        + (type.equals("floor") ? "width" : type.equals("wall") ? "height" : "width and a height")
                        + " of at least 1");
            }
        }

        static final JsonFields.Shape<Prop> JSON = JsonFields.Shape.of(Prop.class,
                f -> json(f.requiredText("type"), f.requiredWhole("x"), f.requiredWhole("y"), f.whole("width"),
                        f.whole("height"), f.text("facing")),
                "type", "x", "y", "width", "height", "facing");

        private static Prop json(String type,
                         int x,
                         int y,
                         Integer width,
                         Integer height,
                         String facing) {
            return new Prop(type, x, y, width == null ? 0 : width, height == null ? 0 : height, facing);
        }
    }

    /**
     * A motion arrow from one point to another. {@code bend} bows it into a curve: how far its middle
     * moves off the straight line, in box units, to the left of the direction of travel when positive.
     * {@code twoWay} puts a head at both ends (back and forth).
     */
    public record Arrow(Point from, Point to, int bend, boolean twoWay) {
        /** More bend than this and the curve loops back on itself. */
        public static final int MAX_BEND = 50;
        private static final int CHECK_PIECES = 32;
        /** Rounding room: a curve may graze the box edge. */
        private static final float SLACK = 0.5f;

        public Arrow {
            if (from == null || to == null) {
                throw new IllegalArgumentException("an arrow needs from and to");
            }
            // Compared by coordinates: a record's own equals costs a cold start its linking.
            if (from.x() == to.x() && from.y() == to.y()) {
                throw new IllegalArgumentException("an arrow's from and to must differ");
            }
            if (Math.abs(bend) > MAX_BEND) {
                throw new IllegalArgumentException("arrow bend must be from -" + MAX_BEND + " to " + MAX_BEND
                        + ", found " + bend);
            }
            // Fields are not set yet inside a compact constructor, so pass the parameters on.
            for (float[] p : curve(from, to, bend, CHECK_PIECES)) {
                if (p[0] < -SLACK || p[0] > BOX + SLACK || p[1] < -SLACK || p[1] > BOX + SLACK) {
                    throw new IllegalArgumentException("arrow bends out of the figure box (it reaches ["
                            + Math.round(p[0]) + ", " + Math.round(p[1]) + "]); use less bend or the other sign");
                }
            }
        }

        /**
         * The curve as {@code pieces + 1} points: a quadratic whose middle lies {@code bend} units to
         * the left of the straight line's middle, left as seen travelling from {@code from} to
         * {@code to} on a page whose y grows downwards.
         */
        public List<float[]> curve(int pieces) {
            return curve(from, to, bend, pieces);
        }

        private static List<float[]> curve(Point from, Point to, int bend, int pieces) {
            float fx = from.x();
            float fy = from.y();
            float[] c = control(from, to, bend);
            float cx = c[0];
            float cy = c[1];
            List<float[]> points = new java.util.ArrayList<>();
            for (int i = 0; i <= pieces; i++) {
                float t = (float) i / pieces;
                float u = 1 - t;
                points.add(new float[] {u * u * fx + 2 * u * t * cx + t * t * to.x(),
                    u * u * fy + 2 * u * t * cy + t * t * to.y()});
            }
            return points;
        }

        static final JsonFields.Shape<Arrow> JSON = JsonFields.Shape.of(Arrow.class,
                f -> json(f.requiredValue("from", JsonFields.POINT), f.requiredValue("to", JsonFields.POINT),
                        f.whole("bend"), f.bool("twoWay")),
                "from", "to", "bend", "twoWay");

        private static Arrow json(Point from,
                          Point to,
                          Integer bend,
                          Boolean twoWay) {
            return new Arrow(from, to, bend == null ? 0 : bend, twoWay != null && twoWay);
        }

        /** The curve's control point: it leaves {@code from} heading towards it and reaches {@code to} from it. */
        public float[] control() {
            return control(from, to, bend);
        }

        private static float[] control(Point from, Point to, int bend) {
            float dx = to.x() - from.x();
            float dy = to.y() - from.y();
            float length = (float) Math.hypot(dx, dy);
            // A quadratic's middle sits at half its control point's offset from the chord.
            return new float[] {from.x() + dx / 2 + dy / length * bend * 2, from.y() + dy / 2 - dx / length * bend * 2};
        }
    }

    /** The same picture described in other words (a translation's {@code alt}). */
    public Figure withAlt(String newAlt) {
        return new Figure(newAlt, poses);
    }
}
