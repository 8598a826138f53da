package org.movecard.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Figure;
import org.movecard.catalogue.Move;
import org.movecard.Hint;
import org.movecard.layout.Style.Palette;

/**
 * The contact sheet for people who draw their own figures: every move's figure large, its poses in
 * order, each in its whole {@value Figure#BOX} × {@value Figure#BOX} box over a faint grid, with
 * every joint marked and named, so a clinic can compare the drawing with the numbers it typed.
 * A4 landscape, two moves a page. Pure, given the fonts' metrics.
 */
public final class ContactSheetLayout {
    public static final PageFormat PAGE = new PageFormat("a4-landscape", PageFormat.A4.height(),
            PageFormat.A4.width(), 0);
    private static final Style STYLE = Style.HANDOUT;
    private static final float MARGIN = 36f;
    /** The tallest a figure is drawn, so two moves share a page. */
    private static final float FIGURE_HEIGHT = 205f;
    private static final float LABEL_SIZE = 6f;
    private static final float GRID_LABEL_SIZE = 5.5f;
    private static final float JOINT_DOT = 0.9f;
    private static final Color GRID = new Color(0xE6, 0xEA, 0xEE);
    private static final Color GRID_MAJOR = new Color(0xC4, 0xCC, 0xD4);
    private static final Color LABEL = new Color(0x9A, 0x1F, 0x6B);
    private static final int GRID_STEP = 10;
    /** The person a shade lighter than in documents, so the joint dots and names read on top of it. */
    private static final Color PERSON = new Color(0x5C, 0x68, 0x75);

    private final Metrics fonts;
    private final Blocks blocks;

    public ContactSheetLayout(Metrics fonts) {
        this.fonts = fonts;
        this.blocks = new Blocks(fonts, STYLE);
    }

    /** The pages; a catalogue in which no move has a figure is a user error. */
    public List<Page> layout(Catalogue catalogue, String source) {
        List<Move> moves = catalogue.moves().stream().filter(m -> m.figure() != null).toList();
        if (moves.isEmpty()) {
            throw new UserError(ExitCode.NOTHING_TO_DRAW, source + ": no move has a figure, so there is nothing to draw",
                    "add a \"figure\" to a move (see \"A figure\" in docs/catalogue.md), or leave out "
                            + Hint.option("catalogue") + " to see the bundled figures");
        }
        float width = PAGE.width() - 2 * MARGIN;
        List<Paginator.Unit> units = new ArrayList<>();
        units.add(new Paginator.Unit(List.of(title(catalogue, width)), null));
        for (Move move : moves) {
            units.add(new Paginator.Unit(List.of(heading(move, width), figure(move, width)), null));
        }
        var flowed = new Paginator(MARGIN, i -> MARGIN, PAGE.height() - MARGIN).flow(units);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < flowed.size(); i++) {
            String footer = "Page " + (i + 1) + " of " + flowed.size();
            float footerWidth = fonts.width(footer, Face.REGULAR, STYLE.small());
            pages.add(new Page(PAGE, flowed.get(i), List.of(new Op.Text(PAGE.width() - MARGIN - footerWidth,
                    PAGE.height() - MARGIN / 2, footer, Face.REGULAR, STYLE.small(), Palette.MUTED))));
        }
        return pages;
    }

    private Frame title(Catalogue catalogue, float width) {
        List<Op> ops = new ArrayList<>();
        String title = "Figures: " + catalogue.title();
        fonts.requireGlyphs(title, Face.BOLD, "the catalogue title");
        float y = 0;
        for (String line : blocks.lines(title, Face.BOLD, STYLE.heading() + 4, width, 0)) {
            y += (STYLE.heading() + 4) * 1.2f;
            ops.add(new Op.Text(0, y - 4, line, Face.BOLD, STYLE.heading() + 4, Palette.INK, Op.Tag.HEADING));
        }
        String note = "Each pose is drawn in its own box, 0 to " + Figure.BOX + " across (x, to the right) and down "
                + "(y). Grid lines every " + GRID_STEP + "; a dot marks each joint, named as in the catalogue "
                + "(L and R are the person's own left and right). Poses run left to right, start to end.";
        for (String line : blocks.lines(note, Face.REGULAR, STYLE.meta(), width, 0)) {
            y += STYLE.lineHeight(STYLE.meta());
            ops.add(new Op.Text(0, y - 3, line, Face.REGULAR, STYLE.meta(), Palette.MUTED, Op.Tag.PARAGRAPH));
        }
        return new Frame(y + 6, 0, ops, Frame.Role.TITLE, false);
    }

    private Frame heading(Move move, float width) {
        List<Op> ops = new ArrayList<>();
        fonts.requireGlyphs(move.name(), Face.BOLD, "move \"" + move.id() + "\" name");
        ops.add(new Op.Text(0, STYLE.heading(), move.name(), Face.BOLD, STYLE.heading(), Palette.INK, Op.Tag.HEADING));
        int poses = move.figure().poses().size();
        String meta = move.id() + " \u00b7 " + (poses == 1 ? "1 pose (a hold)" : poses + " poses, start to end");
        float x = fonts.width(move.name(), Face.BOLD, STYLE.heading()) + 10;
        ops.add(new Op.Text(x, STYLE.heading(), meta, Face.REGULAR, STYLE.meta(), Palette.MUTED, Op.Tag.PARAGRAPH));
        return new Frame(STYLE.heading() * 1.4f, 14f, ops, Frame.Role.HEADING, true);
    }

    private Frame figure(Move move, float width) {
        Figure figure = move.figure();
        FigureRenderer.Drawn drawn = FigureRenderer.drawWholeBoxes(figure, 0, 0, width, FIGURE_HEIGHT, PERSON);
        List<Op> ops = new ArrayList<>();
        for (FigureRenderer.Cell cell : drawn.cells()) {
            ops.addAll(grid(cell));
        }
        ops.addAll(drawn.ops());
        for (int i = 0; i < figure.poses().size(); i++) {
            ops.addAll(jointLabels(figure.poses().get(i), drawn.cells().get(i)));
        }
        float bottom = 0;
        for (FigureRenderer.Cell cell : drawn.cells()) {
            bottom = Math.max(bottom, cell.py(cell.bottom()));
        }
        String alt = figure.alt() + " Drawn for checking: " + figure.poses().size()
                + (figure.poses().size() == 1 ? " pose" : " poses") + " on a grid, each joint named.";
        return new Frame(bottom, 6f, List.of(new Op.Figure(ops, alt)), Frame.Role.PARAGRAPH, false);
    }

    /** Faint lines every ten units, darker at 0, 50 and 100, with the numbers along two edges. */
    private List<Op> grid(FigureRenderer.Cell c) {
        List<Op> ops = new ArrayList<>();
        for (int v = 0; v <= Figure.BOX; v += GRID_STEP) {
            boolean major = v % 50 == 0;
            Color color = major ? GRID_MAJOR : GRID;
            float w = major ? 0.6f : 0.4f;
            ops.add(new Op.Rule(c.px(v), c.py(0), c.px(v), c.py(Figure.BOX), w, color));
            ops.add(new Op.Rule(c.px(0), c.py(v), c.px(Figure.BOX), c.py(v), w, color));
            if (major) {
                String n = Integer.toString(v);
                float nw = fonts.width(n, Face.REGULAR, GRID_LABEL_SIZE);
                ops.add(new Op.Text(c.px(v) - nw / 2, c.py(0) - 2, n, Face.REGULAR, GRID_LABEL_SIZE, Palette.MUTED));
                ops.add(new Op.Text(c.px(0) - nw - 2, c.py(v) + GRID_LABEL_SIZE * 0.35f, n, Face.REGULAR,
                        GRID_LABEL_SIZE, Palette.MUTED));
            }
        }
        return ops;
    }

    /**
     * A dot on each joint and its name beside it. Joints at the same point (both shoulders in a
     * side view) share one label; a label moves round its joint until it overlaps no other label.
     */
    private List<Op> jointLabels(Figure.Pose pose, FigureRenderer.Cell c) {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        Map<String, Figure.Point> places = new LinkedHashMap<>();
        pose.joints().byName().forEach((name, p) -> {
            String key = p.x() + "," + p.y();
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            places.put(key, p);
        });
        List<Op> ops = new ArrayList<>();
        List<float[]> taken = new ArrayList<>();
        float[][] offsets = {{3, -2}, {3, 7}, {-1, -4}, {-1, 9}, {8, 2}, {-8, 2}, {3, -10}, {3, 15}, {12, -6},
            {-12, -6}, {12, 10}, {-12, 10}};
        for (var entry : byPlace.entrySet()) {
            Figure.Point p = places.get(entry.getKey());
            float px = c.px(p.x());
            float py = c.py(p.y());
            ops.add(new Op.Disc(px, py, JOINT_DOT + 0.6f, Palette.WHITE));
            ops.add(new Op.Disc(px, py, JOINT_DOT, LABEL));
            String text = String.join(" ", entry.getValue()) + " " + p.x() + "," + p.y();
            float w = fonts.width(text, Face.REGULAR, LABEL_SIZE);
            float[] box = null;
            for (float[] o : offsets) {
                // Offsets to the left put the label's end, not its start, beside the joint.
                float x = o[0] < 0 ? px + o[0] - w : px + o[0];
                float[] candidate = {x, py + o[1] - LABEL_SIZE * 0.8f, x + w, py + o[1] + LABEL_SIZE * 0.2f};
                if (taken.stream().noneMatch(t -> overlaps(t, candidate))) {
                    box = candidate;
                    break;
                }
            }
            if (box == null) {
                box = new float[] {px + 3, py - 2 - LABEL_SIZE * 0.8f, px + 3 + w, py - 2 + LABEL_SIZE * 0.2f};
            }
            taken.add(box);
            // A white backing keeps the name readable over the ink.
            ops.add(new Op.Box(box[0] - 0.6f, box[1] - 0.3f, w + 1.2f, box[3] - box[1] + 0.6f,
                    Palette.WHITE, null, 0, 1f));
            ops.add(new Op.Text(box[0], box[3] - LABEL_SIZE * 0.2f, text, Face.REGULAR, LABEL_SIZE, LABEL));
        }
        return ops;
    }

    private static boolean overlaps(float[] a, float[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
