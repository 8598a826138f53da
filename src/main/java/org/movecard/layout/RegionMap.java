package org.movecard.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.movecard.catalogue.Region;
import org.movecard.layout.Style.Palette;

/**
 * A small back seen from behind, its spine divided into zones: the zones a move works filled in
 * the accent, the rest light grey, so a reader sees at a glance where to expect the stretch. The
 * two fills differ in lightness too, so the map survives grey-scale printing.
 */
public final class RegionMap {
    /** The zones the map knows, from the top down; catalogue regions name them in {@code zone}. */
    public static final List<String> ZONES = Region.ZONES;

    // The silhouette lives in a 60 × 100 box; ZONE_EDGES[i]..ZONE_EDGES[i + 1] is the height of ZONES[i].
    private static final float BOX_WIDTH = 60f;
    private static final float BOX_HEIGHT = 100f;
    private static final float CENTRE = BOX_WIDTH / 2;
    private static final float HEAD_Y = 10.5f;
    private static final float HEAD_RADIUS = 8.5f;
    private static final float[] ZONE_EDGES = {21f, 28.5f, 38f, 50f, 63f, 76f, 93f};
    /** Half-width of the body at a height, as (y, half-width) pairs from neck to seat. */
    private static final float[] OUTLINE = {21f, 5f, 28f, 6.5f, 31f, 17f, 35f, 22f, 44f, 20f, 56f, 15.5f,
        66f, 15.5f, 76f, 18.5f, 86f, 20f, 93f, 18.5f};
    private static final float ARM = 5.5f;
    private static final float GAP = 1.1f;
    private static final float SPINE = 1.3f;
    private static final int SAMPLES = 6;

    private RegionMap() {
    }

    /** True when at least one of {@code targets} is a zone the map can show. */
    public static boolean shows(Collection<String> targets) {
        return targets.stream().anyMatch(ZONES::contains);
    }

    /** The map fitted and centred in a {@code width} × {@code height} box at the origin. */
    public static List<Op> draw(Collection<String> zones, Collection<String> targets, float width, float height) {
        return draw(zones, targets, 0, 0, width, height);
    }

    /**
     * The map in the box whose top left is ({@code x}, {@code y}). {@code zones} are the zones marked
     * off from their neighbours (those a catalogue uses); {@code targets} are filled in the accent.
     */
    public static List<Op> draw(Collection<String> zones, Collection<String> targets, float x, float y,
                                float width, float height) {
        float unit = Math.min(width / BOX_WIDTH, height / BOX_HEIGHT);
        float ox = x + (width - BOX_WIDTH * unit) / 2;
        float oy = y + (height - BOX_HEIGHT * unit) / 2;
        List<Op> ops = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            // Arms hang beside the body in the quiet colour: they make the shape read as a person.
            float[] arm = {CENTRE + side * 21f, 36f, CENTRE + side * 25.5f, 58f, CENTRE + side * 26.5f, 78f};
            List<Float> pts = new ArrayList<>();
            for (int i = 0; i < arm.length; i += 2) {
                pts.add(ox + arm[i] * unit);
                pts.add(oy + arm[i + 1] * unit);
            }
            ops.add(new Op.Stroke(pts, ARM * unit, Palette.ZONE_OFF, false));
        }
        ops.add(new Op.Disc(ox + CENTRE * unit, oy + HEAD_Y * unit, HEAD_RADIUS * unit, Palette.ZONE_OFF));
        for (int i = 0; i < ZONES.size(); i++) {
            String zone = ZONES.get(i);
            boolean marked = zones.contains(zone) || targets.contains(zone);
            boolean markedAbove = i > 0 && (zones.contains(ZONES.get(i - 1)) || targets.contains(ZONES.get(i - 1)));
            boolean markedBelow = i < ZONES.size() - 1
                    && (zones.contains(ZONES.get(i + 1)) || targets.contains(ZONES.get(i + 1)));
            // A white gap only where a marked zone meets a neighbour, so unmarked zones read as one.
            float top = ZONE_EDGES[i] + (i > 0 && (marked || markedAbove) ? GAP / 2 : 0);
            float bottom = ZONE_EDGES[i + 1] - (i < ZONES.size() - 1 && (marked || markedBelow) ? GAP / 2 : 0);
            var colour = targets.contains(zone) ? Palette.ACCENT : Palette.ZONE_OFF;
            ops.add(new Op.Polygon(band(top, bottom, ox, oy, unit), colour, 0));
        }
        ops.add(new Op.Rule(ox + CENTRE * unit, oy + (ZONE_EDGES[0] + 2) * unit, ox + CENTRE * unit,
                oy + (ZONE_EDGES[ZONE_EDGES.length - 1] - 5) * unit, SPINE * unit, Palette.WHITE));
        return List.copyOf(ops);
    }

    /** The body between two heights as a polygon: down the left edge, back up the right. */
    private static List<Float> band(float top, float bottom, float ox, float oy, float unit) {
        List<Float> left = new ArrayList<>();
        List<Float> right = new ArrayList<>();
        for (int s = 0; s <= SAMPLES; s++) {
            float yy = top + (bottom - top) * s / SAMPLES;
            float half = halfWidth(yy);
            left.add(ox + (CENTRE - half) * unit);
            left.add(oy + yy * unit);
            right.add(0, oy + yy * unit);
            right.add(0, ox + (CENTRE + half) * unit);
        }
        left.addAll(right);
        return left;
    }

    private static float halfWidth(float y) {
        for (int i = 0; i + 3 < OUTLINE.length; i += 2) {
            if (y <= OUTLINE[i + 2]) {
                float t = (y - OUTLINE[i]) / (OUTLINE[i + 2] - OUTLINE[i]);
                return OUTLINE[i + 1] + (OUTLINE[i + 3] - OUTLINE[i + 1]) * Math.max(0, t);
            }
        }
        return OUTLINE[OUTLINE.length - 1];
    }
}
