package org.movecard.typeset;

import java.util.ArrayList;
import java.util.List;
import org.movecard.document.Block;
import org.movecard.typeset.Style.Palette;

/** Turns document blocks into frames of a given width. Steps become one frame per line, glued. */
final class Blocks {
    private final Fonts fonts;
    private final Style style;
    private final LineBreaker breaker;

    Blocks(Fonts fonts, Style style) {
        this.fonts = fonts;
        this.style = style;
        this.breaker = new LineBreaker(fonts);
    }

    List<String> lines(String text, Face face, float size, float width, float firstIndent) {
        return breaker.lines(text, face, size, width, firstIndent);
    }

    /** Frames for a block, shifted right by {@code x}; {@code where} names it in error messages. */
    List<Frame> frames(Block block, float width, float x, String where) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (block instanceof Block.StepList steps) {
            return stepFrames(steps, width, x, where);
        } else if (block instanceof Block.Paragraph p) {
            return List.of(paragraph(p, width, x, 8f, where));
        } else if (block instanceof Block.FeelNote note) {
            return List.of(feel(note, width, x, where));
        } else if (block instanceof Block.SafetyBox box) {
            return List.of(safetyBox(box, width, 10f));
        }
        throw new IllegalArgumentException("no frame layout for " + block.getClass().getSimpleName());
    }

    Frame paragraph(Block.Paragraph p, float width, float x, float spaceBefore) {
        return paragraph(p, width, x, spaceBefore, "the introduction");
    }

    private Frame paragraph(Block.Paragraph p, float width, float x, float spaceBefore, String where) {
        float size = style.body();
        Face face = p.emphasis() == Block.Emphasis.STRONG ? Face.BOLD : Face.REGULAR;
        fonts.requireGlyphs(p.text(), face, where);
        List<Op> ops = new ArrayList<>();
        float indent = 0;
        if (p.label() != null) {
            fonts.requireGlyphs(p.label(), Face.BOLD, where);
            indent = fonts.width(p.label() + " ", Face.BOLD, size);
            ops.add(new Op.Text(x, baseline(0, size), p.label(), Face.BOLD, size, Palette.ACCENT));
        }
        var color = p.emphasis() == Block.Emphasis.QUIET ? Palette.MUTED : Palette.INK;
        float y = textLines(ops, p.text(), face, size, color, x, 0, width, indent);
        return new Frame(y, spaceBefore, ops, Frame.Role.PARAGRAPH, false);
    }

    private List<Frame> stepFrames(Block.StepList steps, float width, float x, String where) {
        List<Frame> frames = new ArrayList<>();
        float size = style.body();
        float textX = x + STEP_TEXT_INDENT;
        for (int i = 0; i < steps.steps().size(); i++) {
            String step = steps.steps().get(i);
            fonts.requireGlyphs(step, Face.REGULAR, where + " step " + (i + 1));
            List<String> lines = lines(step, Face.REGULAR, size, width - STEP_TEXT_INDENT, 0);
            for (int l = 0; l < lines.size(); l++) {
                List<Op> ops = new ArrayList<>();
                float base = baseline(0, size);
                if (l == 0) {
                    String n = (i + 1) + ".";
                    ops.add(new Op.Text(textX - 6f - fonts.width(n, Face.BOLD, size), base, n, Face.BOLD, size,
                            Palette.ACCENT));
                }
                ops.add(new Op.Text(textX, base, lines.get(l), Face.REGULAR, size, Palette.INK));
                boolean last = l == lines.size() - 1;
                float before = l == 0 ? (i == 0 ? 8f : 5f) : 0f;
                frames.add(new Frame(style.lineHeight(size), before, ops, Frame.Role.STEP, !last));
            }
        }
        return frames;
    }

    private Frame feel(Block.FeelNote note, float width, float x, String where) {
        float size = style.body();
        fonts.requireGlyphs(note.text(), Face.REGULAR, where + " feel note");
        List<Op> text = new ArrayList<>();
        float pad = 8f;
        float bar = 3.5f;
        float h = textLines(text, note.text(), Face.REGULAR, size, Palette.INK, x + bar + 10f, pad,
                width - bar - 20f, 0) + pad;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Box(x, 0, width, h, Palette.ACCENT_TINT, null, 0, 3f));
        ops.add(new Op.Box(x, 0, bar, h, Palette.ACCENT, null, 0, 0));
        ops.addAll(text);
        return new Frame(h, 10f, ops, Frame.Role.NOTE, false);
    }

    Frame safetyBox(Block.SafetyBox box, float width, float spaceBefore) {
        float pad = 14f;
        float icon = 30f;
        float textX = pad + icon + 12f;
        float textWidth = width - textX - pad;
        List<Op> content = new ArrayList<>();
        float signal = Style.MIN_BODY;
        float y = pad;
        content.add(new Op.Text(textX, y + fonts.capHeight(Face.BOLD, signal), box.signalWord(), Face.BOLD, signal,
                Palette.DANGER));
        y += signal + 6f;
        float titleSize = style.heading() - 1f;
        fonts.requireGlyphs(box.title(), Face.BOLD, "the safety title");
        y = textLines(content, box.title(), Face.BOLD, titleSize, Palette.INK, textX, y, textWidth, 0);
        y += 4f;
        float size = style.body();
        for (int i = 0; i < box.points().size(); i++) {
            String point = box.points().get(i);
            fonts.requireGlyphs(point, Face.REGULAR, "safety point " + (i + 1));
            y += 3f;
            float dotY = y + style.lineHeight(size) / 2f;
            content.add(new Op.Disc(textX + 3f, dotY, 2.6f, Palette.DANGER));
            y = textLines(content, point, Face.REGULAR, size, Palette.INK, textX + 13f, y, textWidth - 13f, 0);
        }
        float h = y + pad;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Box(0, 0, width, h, Palette.DANGER_TINT, Palette.DANGER, 2f, 6f));
        ops.addAll(Icons.warning(pad, pad, icon));
        ops.addAll(content);
        return new Frame(h, spaceBefore, ops, Frame.Role.SAFETY, false);
    }

    /** Adds wrapped lines starting at {@code top}; returns the y below the last line. */
    private float textLines(List<Op> ops, String text, Face face, float size, java.awt.Color color, float x,
                            float top, float width, float firstIndent) {
        float y = top;
        List<String> lines = lines(text, face, size, width, firstIndent);
        for (int i = 0; i < lines.size(); i++) {
            float indent = i == 0 ? firstIndent : 0;
            ops.add(new Op.Text(x + indent, baseline(y, size), lines.get(i), face, size, color));
            y += style.lineHeight(size);
        }
        return y;
    }

    /** The baseline of a line whose box starts at {@code top}: text sits optically centred in its leading. */
    private float baseline(float top, float size) {
        return top + size * (style.leading() - 1f) / 2f + size * 0.93f;
    }

    private static final float STEP_TEXT_INDENT = 22f;
}
