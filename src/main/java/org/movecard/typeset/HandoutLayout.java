package org.movecard.typeset;

import java.util.ArrayList;
import java.util.List;
import org.movecard.document.Block;
import org.movecard.document.Handout;
import org.movecard.document.MoveSection;
import org.movecard.document.Pictures;
import org.movecard.typeset.Style.Palette;

/**
 * Lays a {@link Handout} out on pages: title, safety box, then the moves, one column, with a
 * safety reminder on every later page and "Page N of M" in the footer. Pure, given the fonts.
 */
public final class HandoutLayout {
    /** The safety reminder band on later pages: its top, and its height per point of text. */
    private static final float REMINDER_TOP = 28f;
    private static final float REMINDER_HEIGHT_PER_PT = 24f / 11f;
    private static final float REMINDER_GAP = 24f;
    // Pictures sit in a column at the right of a move's text: figure beside the steps, map beside the feel note.
    private static final float SIDE_COLUMN = 126f;
    private static final float SIDE_GAP = 16f;
    private static final float MAP_WIDTH = 40f;
    private static final float MAP_HEIGHT = 54f;
    private static final float QR_GAP = 10f;
    private static final String QR_CAPTION = "Watch the video";

    private final Fonts fonts;
    private final Blocks blocks;
    private final Style style;
    private final RenderOptions options;

    public HandoutLayout(Fonts fonts, Style style) {
        this(fonts, style, RenderOptions.DEFAULT);
    }

    public HandoutLayout(Fonts fonts, Style style, RenderOptions options) {
        this.fonts = fonts;
        this.style = style;
        this.options = options;
        this.blocks = new Blocks(fonts, style);
    }

    public List<Page> layout(Handout handout, PageFormat format) {
        float width = format.width() - 2 * style.margin();
        List<Paginator.Unit> units = new ArrayList<>();
        units.add(new Paginator.Unit(List.of(titleFrame(handout, width)), null));
        // Safety comes first, before anything else to read.
        units.add(new Paginator.Unit(blocks.safetyBoxFrames(handout.safety(), width, 14f), null));
        if (handout.intro() != null) {
            units.add(new Paginator.Unit(blocks.paragraph(handout.intro(), width, 0, 14f), null));
        }
        for (MoveSection section : handout.moves()) {
            units.add(new Paginator.Unit(sectionFrames(section, width), continuation(section, width)));
        }
        float bottom = format.height() - style.bottomMargin();
        float laterTop = REMINDER_TOP + reminderHeight() + REMINDER_GAP;
        var flowed = new Paginator(style.margin(), i -> i == 0 ? style.topMargin() : laterTop, bottom)
                .flow(units);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < flowed.size(); i++) {
            pages.add(new Page(format, flowed.get(i), decorations(handout, format, i, flowed.size())));
        }
        return pages;
    }

    private Frame titleFrame(Handout handout, float width) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        String title = handout.title().text();
        fonts.requireGlyphs(title, Face.BOLD, "the title");
        for (String line : blocks.lines(title, Face.BOLD, style.title(), width, 0)) {
            y += style.title() * 1.15f;
            ops.add(new Op.Text(0, y - style.title() * 0.22f, line, Face.BOLD, style.title(), Palette.INK,
                    Op.Tag.HEADING));
        }
        y += 4f;
        for (String line : blocks.lines(handout.subtitle(), Face.REGULAR, style.subtitle(), width, 0)) {
            y += style.lineHeight(style.subtitle());
            ops.add(new Op.Text(0, y - style.subtitle() * 0.3f, line, Face.REGULAR, style.subtitle(), Palette.MUTED,
                    Op.Tag.PARAGRAPH));
        }
        y += 8f;
        ops.add(new Op.Rule(0, y, width, y, 2.5f, Palette.ACCENT));
        y += 6f;
        return new Frame(y, 0, ops, Frame.Role.TITLE, false);
    }

    private List<Frame> sectionFrames(MoveSection section, float width) {
        List<Frame> frames = new ArrayList<>();
        frames.add(blocks.moveHeading(section, width, 22f, Frame.Role.HEADING));
        float indent = blocks.indent();
        float inner = width - indent;
        String where = "move \"" + section.moveId() + "\"";
        Pictures pictures = section.pictures();
        List<Op> side = sideColumn(pictures, width - SIDE_COLUMN);
        boolean map = options.figures() && RegionMap.shows(pictures.targets());
        for (Block block : section.body()) {
            if (block instanceof Block.StepList && !side.isEmpty()) {
                List<Frame> steps = blocks.frames(block, inner - SIDE_COLUMN - SIDE_GAP, indent, where);
                frames.addAll(beside(steps, side, height(side)));
            } else if (block instanceof Block.FeelNote && map) {
                // The note stays whole beside its map.
                Frame note = stretched(Slicer.join(blocks.frames(block, inner - MAP_WIDTH - SIDE_GAP, indent, where)),
                        MAP_HEIGHT);
                float mapX = width - (SIDE_COLUMN + MAP_WIDTH) / 2;
                Op mapFigure = new Op.Figure(RegionMap.draw(pictures.zones(), pictures.targets(), mapX, 0,
                        MAP_WIDTH, MAP_HEIGHT), RegionMap.describe(pictures.targets()));
                frames.add(beside(List.of(note), List.of(mapFigure), MAP_HEIGHT).get(0));
            } else {
                frames.addAll(blocks.frames(block, inner, indent, where));
            }
        }
        return frames;
    }

    /**
     * The feel note's tinted box and bar grown to {@code height}, so the map beside it sits in line
     * with a box of its own height instead of hanging below a short one.
     */
    private static Frame stretched(Frame note, float height) {
        if (note.height() >= height) {
            return note;
        }
        List<Op> ops = new ArrayList<>();
        for (Op op : note.ops()) {
            if (op instanceof Op.Box b && b.y() == 0 && b.height() == note.height()) {
                ops.add(new Op.Box(b.x(), b.y(), b.width(), height, b.fill(), b.stroke(), b.strokeWidth(), b.radius()));
            } else if (op instanceof Op.Text t) {
                // Text moves down to stay centred in the taller box.
                ops.add(new Op.Text(t.x(), t.baseline() + (height - note.height()) / 2, t.text(), t.face(), t.size(),
                        t.color(), t.tag()));
            } else {
                ops.add(op);
            }
        }
        return new Frame(height, note.spaceBefore(), ops, note.role(), note.keepWithNext(), note.group());
    }

    /** The figure and the video's QR code, stacked in the column starting at {@code x}; empty for none. */
    private List<Op> sideColumn(Pictures pictures, float x) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        if (options.figures() && pictures.figure() != null) {
            ops.add(new Op.Figure(FigureRenderer.draw(pictures.figure(), x, 0, SIDE_COLUMN, SIDE_COLUMN,
                    Palette.FIGURE), pictures.figure().alt()));
            y = SIDE_COLUMN + QR_GAP;
        }
        if (pictures.video() != null) {
            QrCode qr = QrCode.of(pictures.video());
            ops.add(new Op.Figure(qr.draw(x + (SIDE_COLUMN - qr.size()) / 2, y),
                    "QR code: scan it to watch a video of this move at " + pictures.video()));
            y += qr.size();
            float size = style.meta();
            fonts.requireGlyphs(QR_CAPTION, Face.REGULAR, "the video caption");
            ops.add(new Op.Text(x + (SIDE_COLUMN - fonts.width(QR_CAPTION, Face.REGULAR, size)) / 2, y + size,
                    QR_CAPTION, Face.REGULAR, size, Palette.MUTED, Op.Tag.PARAGRAPH));
        }
        return ops;
    }

    /** How far down a column of ops reaches (text by its baseline plus descent). */
    private static float height(List<Op> ops) {
        float bottom = 0;
        for (Op op : Ops.flatten(ops)) {
            if (op instanceof Op.Text t) {
                bottom = Math.max(bottom, t.baseline() + t.size() * 0.3f);
            } else if (op instanceof Op.Box b) {
                bottom = Math.max(bottom, b.y() + b.height());
            } else if (op instanceof Op.Disc d) {
                bottom = Math.max(bottom, d.cy() + d.r());
            } else if (op instanceof Op.Stroke st) {
                for (int i = 1; i < st.points().size(); i += 2) {
                    bottom = Math.max(bottom, st.points().get(i) + st.width() / 2);
                }
            } else if (op instanceof Op.Polygon p) {
                for (int i = 1; i < p.points().size(); i += 2) {
                    bottom = Math.max(bottom, p.points().get(i) + p.roundness() / 2);
                }
            }
        }
        return bottom;
    }

    /**
     * Puts {@code side} (ops reaching {@code sideHeight} down) beside the first of {@code frames}. The
     * frames that cover that height are glued, so the picture never runs past a page break; if the
     * text is shorter than the picture, the last frame grows to make room.
     */
    private static List<Frame> beside(List<Frame> frames, List<Op> side, float sideHeight) {
        List<Frame> out = new ArrayList<>();
        float covered = 0;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            List<Op> ops = f.ops();
            if (i == 0) {
                ops = new ArrayList<>(f.ops());
                ops.addAll(side);
            }
            covered += f.height() + (i == 0 ? 0 : f.spaceBefore());
            boolean last = i == frames.size() - 1;
            float height = last && covered < sideHeight ? f.height() + sideHeight - covered : f.height();
            boolean glue = f.keepWithNext() || (!last && covered < sideHeight);
            out.add(new Frame(height, f.spaceBefore(), ops, f.role(), glue, f.group()));
        }
        return out;
    }

    private Frame continuation(MoveSection section, float width) {
        String text = section.number() + ". " + section.heading().text() + " (continued)";
        float size = style.meta();
        List<Op> ops = List.of(new Op.Text(blocks.indent(), size, text, Face.BOLD, size, Palette.MUTED));
        return new Frame(size * 1.6f, 0, ops, Frame.Role.ARTIFACT, true);
    }

    /** Footer on every page; on later pages a safety reminder band at the top. */
    private List<Op> decorations(Handout handout, PageFormat format, int index, int count) {
        List<Op> ops = new ArrayList<>();
        float left = style.margin();
        float right = format.width() - style.margin();
        float footY = format.height() - style.bottomMargin() / 2;
        ops.add(new Op.Rule(left, footY - 14f, right, footY - 14f, 0.6f, Palette.HAIRLINE));
        String pageText = "Page " + (index + 1) + " of " + count;
        ops.add(new Op.Text(right - fonts.width(pageText, Face.REGULAR, style.small()), footY, pageText,
                Face.REGULAR, style.small(), Palette.MUTED));
        String footer = fit(handout.footer(), Face.REGULAR, style.small(), (right - left) * 0.7f);
        ops.add(new Op.Text(left, footY, footer, Face.REGULAR, style.small(), Palette.MUTED));
        if (index > 0) {
            ops.addAll(reminder(handout.safetyReminder(), left, right));
        }
        return ops;
    }

    private List<Op> reminder(String text, float left, float right) {
        List<Op> ops = new ArrayList<>();
        float size = style.meta();
        float top = REMINDER_TOP;
        float height = reminderHeight();
        ops.add(new Op.Box(left, top, right - left, height, Palette.DANGER_TINT, Palette.DANGER, 1f, 4f));
        float iconSize = size * 1.3f;
        ops.addAll(Icons.warning(left + 8f, top + (height - iconSize) / 2, iconSize));
        float textX = left + 8f + iconSize + 8f;
        String line = fit(text, Face.BOLD, size, right - textX - 8f);
        ops.add(new Op.Text(textX, top + height / 2 + fonts.capHeight(Face.BOLD, size) / 2, line, Face.BOLD,
                size, Palette.DANGER));
        return ops;
    }

    private float reminderHeight() {
        return style.meta() * REMINDER_HEIGHT_PER_PT;
    }

    /** Shortens running text with an ellipsis so a footer or reminder never runs past the margin. */
    private String fit(String text, Face face, float size, float width) {
        if (fonts.width(text, face, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && fonts.width(cut + "\u2026", face, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }
}
