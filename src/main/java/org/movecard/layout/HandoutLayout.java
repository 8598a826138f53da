package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.document.Block;
import org.movecard.document.Handout;
import org.movecard.document.MoveSection;
import org.movecard.document.Pictures;
import org.movecard.layout.Style.Palette;

/**
 * Lays a {@link Handout} out on pages: title, safety box, then the moves, one column, with a
 * safety reminder on every later page and "Page N of M" in the footer. Pure, given the fonts.
 */
public final class HandoutLayout {
    /** The safety reminder band on later pages: its top, and its height per point of text. */
    private static final float REMINDER_TOP = 28f;
    private static final float REMINDER_HEIGHT_PER_PT = 24f / 11f;
    private static final float REMINDER_GAP = 24f;
    private static final float REMINDER_PAD = 8f;
    private static final float REMINDER_V_PAD = 4f;
    private static final float REMINDER_ICON = 1.3f;
    /** Footer text wraps to at most this many lines; the rule sits this many sizes above the last. */
    private static final int MAX_FOOTER_LINES = 2;
    private static final float FOOTER_RULE_GAP = 1.5f;
    private static final float FOOTER_GAP = 20f;
    // Pictures sit in a column at the right of a move's text: figure beside the steps, map beside the feel note.
    private static final float SIDE_COLUMN = 126f;
    /** Two columns of moves: the gap between them, and the picture size under a move's steps. */
    private static final float COLUMN_GAP = 24f;
    private static final float COLUMN_PICTURE = 96f;
    private static final float SIDE_GAP = 16f;
    private static final float MAP_WIDTH = 40f;
    private static final float MAP_HEIGHT = 54f;

    private final Metrics fonts;
    private final Blocks blocks;
    private final Style style;
    private final RenderOptions options;

    public HandoutLayout(Metrics fonts, Style style) {
        this(fonts, style, RenderOptions.DEFAULT);
    }

    public HandoutLayout(Metrics fonts, Style style, RenderOptions options) {
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
        units.add(Paginator.Unit.splittable(blocks.safetyBoxFrames(handout.safety(), width, 14f),
                blocks.safetyContinued(handout.safety(), width)));
        if (handout.intro() != null) {
            units.add(new Paginator.Unit(blocks.paragraph(handout.intro(), width, 0, 14f, "the introduction"), null));
        }
        float bottom = format.height() - style.bottomMargin();
        float laterTop = laterPageTop(handout.safetyReminder(), format);
        Paginator paginator = new Paginator(style.margin(), i -> i == 0 ? style.topMargin() : laterTop, bottom);
        units.forEach(paginator::place);
        int columns = options.columns();
        float columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
        if (columns > 1) {
            List<Float> lefts = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                lefts.add(style.margin() + c * (columnWidth + COLUMN_GAP));
            }
            paginator.startColumns(lefts, 0);
        }
        for (MoveSection section : handout.moves()) {
            List<Frame> frames = columns > 1 ? columnFrames(section, columnWidth) : sectionFrames(section, width);
            paginator.place(new Paginator.Unit(frames, continuation(section, columnWidth)));
        }
        var flowed = paginator.pages();
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

    /**
     * A move in a narrow column: text at the column's full width, its pictures in a row under the
     * steps (a picture beside the steps would leave them too narrow to read).
     */
    private List<Frame> columnFrames(MoveSection section, float width) {
        List<Frame> frames = new ArrayList<>();
        frames.add(blocks.moveHeading(section, width, 22f, Frame.Role.HEADING));
        float indent = blocks.indent();
        String where = "move \"" + section.moveId() + "\"";
        for (Block block : section.body()) {
            frames.addAll(blocks.frames(block, width - indent, indent, where));
            if (block instanceof Block.StepList) {
                float size = Math.min(COLUMN_PICTURE, (width - indent) / 2);
                // Without figures the video's QR code stays: it is a link, not a picture.
                Pictures shown = options.figures() ? section.pictures()
                        : new Pictures(null, List.of(), java.util.Set.of(), section.pictures().video());
                List<Op> row = PictureColumn.row(fonts, style, shown, indent, width - indent, size, SIDE_GAP);
                if (!row.isEmpty()) {
                    float height = Math.max(size, PictureColumn.bottom(row));
                    frames.add(new Frame(height, 10f, row, Frame.Role.PARAGRAPH, false));
                }
            }
        }
        return frames;
    }

    List<Frame> sectionFrames(MoveSection section, float width) {
        List<Frame> frames = new ArrayList<>();
        frames.add(blocks.moveHeading(section, width, 22f, Frame.Role.HEADING));
        float indent = blocks.indent();
        float inner = width - indent;
        String where = "move \"" + section.moveId() + "\"";
        Pictures pictures = section.pictures();
        List<Op> side = PictureColumn.ops(fonts, style, pictures, options.figures(), width - SIDE_COLUMN, SIDE_COLUMN);
        boolean map = options.figures() && RegionMap.shows(pictures.targets());
        for (Block block : section.body()) {
            if (block instanceof Block.StepList && !side.isEmpty()) {
                List<Frame> steps = blocks.frames(block, inner - SIDE_COLUMN - SIDE_GAP, indent, where);
                frames.addAll(PictureColumn.beside(steps, side, PictureColumn.bottom(side)));
            } else if (block instanceof Block.FeelNote note && map) {
                // The note stays whole, as wide as the steps, with its map centred in the picture column.
                Frame whole = blocks.feelWhole(note, inner - SIDE_COLUMN - SIDE_GAP, indent, where, MAP_HEIGHT);
                float mapX = width - (SIDE_COLUMN + MAP_WIDTH) / 2;
                Op mapFigure = PictureColumn.map(pictures, mapX, 0, MAP_WIDTH, MAP_HEIGHT);
                frames.add(PictureColumn.beside(List.of(whole), List.of(mapFigure), MAP_HEIGHT).get(0));
            } else {
                frames.addAll(blocks.frames(block, inner, indent, where));
            }
        }
        return frames;
    }

    Frame continuation(MoveSection section, float width) {
        return blocks.continuation(section, width);
    }

    /** Footer on every page; on later pages a safety reminder band at the top. */
    private List<Op> decorations(Handout handout, PageFormat format, int index, int count) {
        List<Op> ops = new ArrayList<>(footer(handout.footer(), Face.REGULAR, Palette.MUTED, "the title", format,
                index, count));
        if (index > 0) {
            ops.addAll(reminder(handout.safetyReminder(), format));
        }
        return ops;
    }

    /**
     * The foot of a page: a hairline, "Page N of M" at the right and {@code text} at the left,
     * wrapped onto a second line rather than cut; longer than that is an error naming {@code what}
     * (never the text itself, which may be a patient's name).
     */
    List<Op> footer(String text, Face face, Color color, String what, PageFormat format, int index,
                    int count) {
        List<Op> ops = new ArrayList<>();
        float size = style.small();
        float left = style.margin();
        float right = format.width() - style.margin();
        float footY = format.height() - style.bottomMargin() / 2;
        String pageText = "Page " + (index + 1) + " of " + count;
        float pageWidth = fonts.width(pageText, Face.REGULAR, size);
        fonts.requireGlyphs(text, face, what);
        List<String> lines = blocks.lines(text, face, size, right - left - pageWidth - FOOTER_GAP, 0);
        if (lines.size() > MAX_FOOTER_LINES) {
            throw new UserError(ExitCode.DOES_NOT_FIT, what + " is too long for the page footer",
                    "shorten it to about " + 2 * (int) ((right - left) / size) + " characters");
        }
        float lineHeight = style.lineHeight(size);
        float ruleY = footY - (lines.size() - 1) * lineHeight - size * FOOTER_RULE_GAP;
        ops.add(new Op.Rule(left, ruleY, right, ruleY, 0.6f, Palette.HAIRLINE));
        ops.add(new Op.Text(right - pageWidth, footY, pageText, Face.REGULAR, size, Palette.MUTED));
        for (int i = 0; i < lines.size(); i++) {
            ops.add(new Op.Text(left, footY - (lines.size() - 1 - i) * lineHeight, lines.get(i), face, size, color));
        }
        return ops;
    }

    /** The safety reminder band across the top of later pages; its text wraps, never cut. */
    List<Op> reminder(String text, PageFormat format) {
        List<Op> ops = new ArrayList<>();
        float left = style.margin();
        float right = format.width() - style.margin();
        float size = style.meta();
        List<String> lines = reminderLines(text, format);
        float height = reminderHeight(lines);
        ops.add(new Op.Box(left, REMINDER_TOP, right - left, height, Palette.DANGER_TINT, Palette.DANGER, 1f, 4f));
        float iconSize = size * REMINDER_ICON;
        ops.addAll(Icons.warning(left + REMINDER_PAD, REMINDER_TOP + (height - iconSize) / 2, iconSize));
        float textX = left + 2 * REMINDER_PAD + iconSize;
        float lineHeight = style.lineHeight(size);
        float firstBaseline = REMINDER_TOP + (height - lines.size() * lineHeight) / 2 + lineHeight / 2
                + fonts.capHeight(Face.BOLD, size) / 2;
        for (int i = 0; i < lines.size(); i++) {
            ops.add(new Op.Text(textX, firstBaseline + i * lineHeight, lines.get(i), Face.BOLD, size, Palette.DANGER));
        }
        return ops;
    }

    /** Where content starts on pages after the first, below the reminder band with {@code text}. */
    float laterPageTop(String text, PageFormat format) {
        return REMINDER_TOP + reminderHeight(reminderLines(text, format)) + REMINDER_GAP;
    }

    private List<String> reminderLines(String text, PageFormat format) {
        float size = style.meta();
        float width = format.width() - 2 * style.margin() - 3 * REMINDER_PAD - size * REMINDER_ICON;
        fonts.requireGlyphs(text, Face.BOLD, "the safety reminder");
        return blocks.lines(text, Face.BOLD, size, width, 0);
    }

    private float reminderHeight(List<String> lines) {
        float size = style.meta();
        return Math.max(size * REMINDER_HEIGHT_PER_PT, lines.size() * style.lineHeight(size) + 2 * REMINDER_V_PAD);
    }
}
