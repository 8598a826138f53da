package org.movecard.typeset;

import java.util.ArrayList;
import java.util.List;
import org.movecard.document.Block;
import org.movecard.document.Handout;
import org.movecard.document.MoveSection;
import org.movecard.typeset.Style.Palette;

/**
 * Lays a {@link Handout} out on pages: title, safety box, then the moves, one column, with a
 * safety reminder on every later page and "Page N of M" in the footer. Pure, given the fonts.
 */
public final class HandoutLayout {
    private static final float BADGE_RADIUS = 12f;
    private static final float TEXT_INDENT = 34f;
    private static final float LATER_PAGE_TOP = 76f;

    private final Fonts fonts;
    private final Blocks blocks;
    private final Style style;

    public HandoutLayout(Fonts fonts, Style style) {
        this.fonts = fonts;
        this.style = style;
        this.blocks = new Blocks(fonts, style);
    }

    public List<Page> layout(Handout handout, PageFormat format) {
        float width = format.width() - 2 * style.margin();
        List<Paginator.Unit> units = new ArrayList<>();
        units.add(new Paginator.Unit(List.of(titleFrame(handout, width)), null));
        if (handout.intro() != null) {
            units.add(new Paginator.Unit(List.of(blocks.paragraph(handout.intro(), width, 0, 10f)), null));
        }
        units.add(new Paginator.Unit(List.of(blocks.safetyBox(handout.safety(), width, 14f)), null));
        for (MoveSection section : handout.moves()) {
            units.add(new Paginator.Unit(sectionFrames(section, width), continuation(section, width)));
        }
        float bottom = format.height() - style.bottomMargin();
        var flowed = new Paginator(style.margin(), i -> i == 0 ? style.topMargin() : LATER_PAGE_TOP, bottom)
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
            ops.add(new Op.Text(0, y - style.title() * 0.22f, line, Face.BOLD, style.title(), Palette.INK));
        }
        y += 4f;
        for (String line : blocks.lines(handout.subtitle(), Face.REGULAR, style.subtitle(), width, 0)) {
            y += style.lineHeight(style.subtitle());
            ops.add(new Op.Text(0, y - style.subtitle() * 0.3f, line, Face.REGULAR, style.subtitle(), Palette.MUTED));
        }
        y += 8f;
        ops.add(new Op.Rule(0, y, width, y, 2.5f, Palette.ACCENT));
        y += 6f;
        return new Frame(y, 0, ops, Frame.Role.TITLE, false);
    }

    List<Frame> sectionFrames(MoveSection section, float width) {
        List<Frame> frames = new ArrayList<>();
        frames.add(headingFrame(section, width).keepingWithNext());
        float inner = width - TEXT_INDENT;
        for (Block block : section.body()) {
            String where = "move \"" + section.moveId() + "\"";
            frames.addAll(blocks.frames(block, inner, TEXT_INDENT, where));
        }
        return frames;
    }

    private Frame headingFrame(MoveSection section, float width) {
        List<Op> ops = new ArrayList<>();
        String name = section.heading().text();
        fonts.requireGlyphs(name, Face.BOLD, "move \"" + section.moveId() + "\" name");
        fonts.requireGlyphs(section.meta(), Face.REGULAR, "move \"" + section.moveId() + "\" labels");
        float size = style.heading();
        float y = 0;
        List<String> nameLines = blocks.lines(name, Face.BOLD, size, width - TEXT_INDENT, 0);
        float firstBaseline = size * 1.0f;
        // The badge centres on the first line's capitals.
        float capMid = firstBaseline - fonts.capHeight(Face.BOLD, size) / 2;
        ops.add(new Op.Disc(BADGE_RADIUS, capMid, BADGE_RADIUS, Palette.ACCENT));
        String number = Integer.toString(section.number());
        float numberSize = 12f;
        ops.add(new Op.Text(BADGE_RADIUS - fonts.width(number, Face.BOLD, numberSize) / 2,
                capMid + fonts.capHeight(Face.BOLD, numberSize) / 2, number, Face.BOLD, numberSize, Palette.WHITE));
        for (String line : nameLines) {
            ops.add(new Op.Text(TEXT_INDENT, firstBaseline + y, line, Face.BOLD, size, Palette.INK));
            y += size * 1.25f;
        }
        y = Math.max(y, 2 * BADGE_RADIUS + 2);
        for (String line : blocks.lines(section.meta(), Face.REGULAR, style.meta(), width - TEXT_INDENT, 0)) {
            y += style.lineHeight(style.meta());
            ops.add(new Op.Text(TEXT_INDENT, y - style.meta() * 0.45f, line, Face.REGULAR, style.meta(), Palette.MUTED));
        }
        return new Frame(y + 2f, 22f, ops, Frame.Role.HEADING, true);
    }

    Frame continuation(MoveSection section, float width) {
        String text = section.number() + ". " + section.heading().text() + " (continued)";
        float size = style.meta();
        List<Op> ops = List.of(new Op.Text(TEXT_INDENT, size, text, Face.BOLD, size, Palette.MUTED));
        return new Frame(size * 1.6f, 0, ops, Frame.Role.ARTIFACT, true);
    }

    /** Footer on every page; on later pages a safety reminder band at the top. */
    private List<Op> decorations(Handout handout, PageFormat format, int index, int count) {
        List<Op> ops = new ArrayList<>();
        float left = style.margin();
        float right = format.width() - style.margin();
        float footY = format.height() - 30f;
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

    List<Op> reminder(String text, float left, float right) {
        List<Op> ops = new ArrayList<>();
        float size = Style.MIN_BODY;
        float top = 28f;
        float height = 24f;
        ops.add(new Op.Box(left, top, right - left, height, Palette.DANGER_TINT, Palette.DANGER, 1f, 4f));
        float iconSize = 14f;
        ops.addAll(Icons.warning(left + 8f, top + (height - iconSize) / 2, iconSize));
        float textX = left + 8f + iconSize + 8f;
        String line = fit(text, Face.BOLD, size, right - textX - 8f);
        ops.add(new Op.Text(textX, top + height / 2 + fonts.capHeight(Face.BOLD, size) / 2, line, Face.BOLD,
                size, Palette.DANGER));
        return ops;
    }

    /** Shortens running text with an ellipsis so a footer or reminder never runs past the margin. */
    String fit(String text, Face face, float size, float width) {
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
