package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import org.movecard.document.Block;
import org.movecard.document.MoveSection;
import org.movecard.language.Labels;
import org.movecard.layout.Style.Palette;

/** Turns document blocks into frames of a given width. Steps become one frame per line, glued. */
final class Blocks {
    private final Metrics fonts;
    private final Style style;
    private final LineBreaker breaker;
    private final boolean compact;

    Blocks(Metrics fonts, Style style) {
        this(fonts, style, false);
    }

    private Blocks(Metrics fonts, Style style, boolean compact) {
        this.fonts = fonts;
        this.style = style;
        this.breaker = new LineBreaker(fonts);
        this.compact = compact;
    }

    /**
     * The same blocks set for a one-page pin-up: a smaller badge, the move's text at the column's
     * left edge rather than right of the badge, no settings line under the name, and less space
     * between pieces; every step, feel note and dose stays.
     */
    Blocks compact() {
        return new Blocks(fonts, style, true);
    }

    /** Where move text starts: right of the number badge, or at the left edge when compact. */
    float indent() {
        return compact ? 0 : INDENT * style.scale();
    }

    /** Where a move's name starts, right of its badge. */
    private float nameIndent() {
        return compact ? (2 * COMPACT_BADGE_RADIUS + 6f) * style.scale() : indent();
    }

    private float space(float points) {
        return (compact ? points * COMPACT_SPACE : points) * style.scale();
    }

    /**
     * A move's heading: a numbered badge, the name and a line saying where and what it works. The
     * badge centres on the first line's capitals. {@code role} is HEADING under a document title,
     * TITLE where each move is a top-level heading (cards).
     */
    Frame moveHeading(MoveSection section, float width, float spaceBefore, Frame.Role role) {
        float k = style.scale();
        String where = "move \"" + section.moveId() + "\"";
        String name = section.heading().text();
        fonts.requireGlyphs(name, Face.BOLD, where + " name");
        fonts.requireGlyphs(section.meta(), Face.REGULAR, where + " labels");
        List<Op> ops = new ArrayList<>();
        float size = style.heading();
        float radius = (compact ? COMPACT_BADGE_RADIUS : BADGE_RADIUS) * k;
        float textX = nameIndent();
        float firstBaseline = size;
        float capMid = firstBaseline - fonts.capHeight(Face.BOLD, size) / 2;
        ops.add(new Op.Disc(radius, capMid, radius, Palette.ACCENT));
        String number = Integer.toString(section.number());
        float numberSize = Math.max(style.body(), size * 0.75f);
        ops.add(new Op.Text(radius - fonts.width(number, Face.BOLD, numberSize) / 2,
                capMid + fonts.capHeight(Face.BOLD, numberSize) / 2, number, Face.BOLD, numberSize, Palette.WHITE,
                Op.Tag.HEADING));
        float y = 0;
        for (String line : lines(name, Face.BOLD, size, width - textX, 0)) {
            ops.add(new Op.Text(textX, firstBaseline + y, line, Face.BOLD, size, Palette.INK, Op.Tag.HEADING));
            y += size * 1.25f;
        }
        if (section.secondName() != null) {
            y = secondName(ops, section.secondName(), textX, y, width - textX, where);
        }
        // A name on several lines needs air before the settings line under it.
        y = Math.max(y + (y > size * 1.3f ? 4f * k : 0), 2 * radius + 2 * k);
        if (compact) {
            return new Frame(y, spaceBefore, ops, role, true);
        }
        for (String line : lines(section.meta(), Face.REGULAR, style.meta(), width - textX, 0)) {
            y += style.lineHeight(style.meta());
            ops.add(new Op.Text(textX, y - style.meta() * 0.45f, line, Face.REGULAR, style.meta(), Palette.MUTED,
                    Op.Tag.PARAGRAPH));
        }
        return new Frame(y + 2f * k, spaceBefore, ops, role, true);
    }

    /** The height one step takes in a step list of the given width (without the space before it). */
    float stepHeight(String step, float width) {
        float indent = STEP_TEXT_INDENT * style.scale();
        return lines(step, Face.REGULAR, style.body(), width - indent, 0).size() * style.lineHeight(style.body());
    }

    /**
     * The line that opens a move continued from an earlier page or card: "3. Name (continued)",
     * wrapped rather than cut when the name is long.
     */
    Frame continuation(MoveSection section, float width, Labels labels) {
        float size = style.meta();
        String text = labels.text("label.continued", section.number() + ". " + section.heading().text());
        fonts.requireGlyphs(text, Face.BOLD, "move \"" + section.moveId() + "\" name");
        List<Op> ops = new ArrayList<>();
        float y = 0;
        for (String line : lines(text, Face.BOLD, size, width - indent(), 0)) {
            ops.add(new Op.Text(indent(), y + size, line, Face.BOLD, size, Palette.MUTED));
            y += style.lineHeight(size);
        }
        return new Frame(y + size * 0.3f, 0, ops, Frame.Role.ARTIFACT, true);
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
            return paragraph(p, width, x, space(PARAGRAPH_SPACE), where);
        } else if (block instanceof Block.FeelNote note) {
            return feel(note, width, x, where);
        } else if (block instanceof Block.SafetyBox box) {
            return safetyBoxFrames(box, width, NOTE_SPACE * style.scale());
        }
        throw new IllegalArgumentException("no frame layout for " + block.getClass().getSimpleName());
    }

    /** A paragraph, one frame per line so a long one can continue on the next page. */
    List<Frame> paragraph(Block.Paragraph p, float width, float x, float spaceBefore, String where) {
        float size = style.body();
        Face face = p.kind() == Block.Paragraph.Kind.DOSE ? Face.BOLD : Face.REGULAR;
        fonts.requireGlyphs(p.text(), face, where);
        List<Op> ops = new ArrayList<>();
        float indent = 0;
        if (p.label() != null) {
            fonts.requireGlyphs(p.label(), Face.BOLD, where);
            indent = fonts.width(p.label() + " ", Face.BOLD, size);
            ops.add(new Op.Text(x, baseline(0, size), p.label(), Face.BOLD, size, Palette.ACCENT));
        }
        var color = Palette.INK;
        float y = textLines(ops, p.text(), face, size, color, x, 0, width, indent, null);
        List<Float> breaks = lineBreaks(0, y, size);
        if (p.second() != null) {
            // Never cut between the two languages: no break where the second begins.
            float top = y + SECOND_SPACE * style.scale();
            y = secondLines(ops, p.second(), face, size, x, top, width, Op.Tag.PARAGRAPH, where);
            breaks.addAll(lineBreaks(top, y, size));
        }
        return Slicer.slice(new Slicer.Laid(ops, y, breaks), spaceBefore, Frame.Role.PARAGRAPH);
    }

    /** Every line boundary from {@code top} to {@code bottom}. */
    private List<Float> lineBreaks(float top, float bottom, float size) {
        List<Float> breaks = new ArrayList<>();
        for (float y = top + style.lineHeight(size); y < bottom - 0.01f; y += style.lineHeight(size)) {
            breaks.add(y);
        }
        return breaks;
    }

    private List<Frame> stepFrames(Block.StepList steps, float width, float x, String where) {
        List<Frame> frames = new ArrayList<>();
        float size = style.body();
        float k = style.scale();
        float indent = STEP_TEXT_INDENT * k;
        float textX = x + indent;
        // Every line of this list belongs to one list structure element.
        Object list = new Object();
        for (int i = 0; i < steps.steps().size(); i++) {
            String step = steps.steps().get(i);
            fonts.requireGlyphs(step, Face.REGULAR, where + " step " + (i + 1));
            List<String> lines = lines(step, Face.REGULAR, size, width - indent, 0);
            for (int l = 0; l < lines.size(); l++) {
                List<Op> ops = new ArrayList<>();
                float base = baseline(0, size);
                if (l == 0) {
                    String n = (i + 1) + ".";
                    ops.add(new Op.Text(textX - 6f * k - fonts.width(n, Face.BOLD, size), base, n, Face.BOLD, size,
                            Palette.ACCENT, Op.Tag.label(i)));
                }
                ops.add(new Op.Text(textX, base, lines.get(l), Face.REGULAR, size, Palette.INK, Op.Tag.body(i)));
                // A step in two languages is glued together: its second language never starts a page.
                boolean last = l == lines.size() - 1 && steps.seconds().isEmpty();
                float before = l == 0 ? space(i == 0 ? PARAGRAPH_SPACE : STEP_SPACE) : 0f;
                frames.add(new Frame(style.lineHeight(size), before, ops, Frame.Role.STEP, !last, list));
            }
            if (!steps.seconds().isEmpty()) {
                frames.addAll(secondStep(steps.seconds().get(i), i, textX, width - indent, list, where));
            }
        }
        return frames;
    }

    private List<Frame> feel(Block.FeelNote note, float width, float x, String where) {
        return Slicer.slice(feelLaid(note, width, x, where), space(NOTE_SPACE), Frame.Role.NOTE);
    }

    /** The feel note in one frame, at least {@code minHeight} tall with its text centred (beside a map). */
    Frame feelWhole(Block.FeelNote note, float width, float x, String where, float minHeight) {
        Slicer.Laid laid = feelLaid(note, width, x, where);
        float grow = Math.max(0, minHeight - laid.height());
        List<Op> ops = new ArrayList<>();
        for (Op op : laid.ops()) {
            if (op instanceof Op.Box b) {
                ops.add(new Op.Box(b.x(), b.y(), b.width(), b.height() + grow, b.fill(), null, 0, 0));
            } else {
                ops.add(Ops.moved(op, 0, grow / 2));
            }
        }
        return new Frame(laid.height() + grow, space(NOTE_SPACE), ops, Frame.Role.NOTE, false);
    }

    private Slicer.Laid feelLaid(Block.FeelNote note, float width, float x, String where) {
        float size = style.body();
        fonts.requireGlyphs(note.text(), Face.REGULAR, where + " feel note");
        List<Op> text = new ArrayList<>();
        float k = style.scale();
        float pad = (compact ? 3.5f : 5.5f) * k;
        float bar = 3.5f * k;
        float textBottom = textLines(text, note.text(), Face.REGULAR, size, Palette.INK, x + bar + 10f * k, pad,
                width - bar - 20f * k, 0, null);
        List<Float> breaks = lineBreaks(pad, textBottom, size);
        if (note.second() != null) {
            float top = textBottom + SECOND_SPACE * k;
            textBottom = secondLines(text, note.second(), Face.REGULAR, size, x + bar + 10f * k, top,
                    width - bar - 20f * k, Op.Tag.PARAGRAPH, where + " feel note");
            breaks.addAll(lineBreaks(top, textBottom, size));
        }
        float h = textBottom + pad;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Box(x, 0, width, h, Palette.ACCENT_TINT, null, 0, 0));
        ops.add(new Op.Box(x, 0, bar, h, Palette.ACCENT, null, 0, 0));
        ops.addAll(text);
        return new Slicer.Laid(ops, h, breaks);
    }

    /**
     * A bilingual document's second language under the first: in {@link Palette#SECOND} with a bar of
     * it at the left (so it stays distinct in grey too), tagged in its language; returns the y under it.
     */
    private float secondLines(List<Op> ops, Block.Second second, Face face, float size, float x, float top,
                              float width, Op.Tag tag, String where) {
        fonts.requireGlyphs(second.text(), face, where + " (" + second.language() + ")");
        Op.Tag in = tag.in(second.language());
        float indent = 0;
        if (second.label() != null) {
            fonts.requireGlyphs(second.label(), Face.BOLD, where + " (" + second.language() + ")");
            indent = fonts.width(second.label() + " ", Face.BOLD, size);
            ops.add(new Op.Text(x, baseline(top, size), second.label(), Face.BOLD, size, Palette.SECOND, in));
        }
        float y = textLines(ops, second.text(), face, size, Palette.SECOND, x, top, width, indent, in);
        ops.add(secondBar(x, top, y));
        return y;
    }

    /** One step's second language, a frame per line glued to the next, the bar drawn line by line. */
    private List<Frame> secondStep(Block.Second second, int item, float x, float width, Object list, String where) {
        float size = style.body();
        fonts.requireGlyphs(second.text(), Face.REGULAR, where + " step " + (item + 1) + " (" + second.language() + ")");
        List<String> lines = lines(second.text(), Face.REGULAR, size, width, 0);
        List<Frame> frames = new ArrayList<>();
        float h = style.lineHeight(size);
        for (int l = 0; l < lines.size(); l++) {
            List<Op> ops = List.of(new Op.Text(x, baseline(0, size), lines.get(l), Face.REGULAR, size, Palette.SECOND,
                    Op.Tag.body(item).in(second.language())), secondBar(x, 0, h));
            frames.add(new Frame(h, 0, ops, Frame.Role.STEP, l < lines.size() - 1, list));
        }
        return frames;
    }

    /** The move's name in the second language, under its name; returns the y under it. */
    private float secondName(List<Op> ops, Block.Second second, float x, float top, float width, String where) {
        float size = Math.max(style.body(), style.heading() * 0.8f);
        fonts.requireGlyphs(second.text(), Face.BOLD, where + " name (" + second.language() + ")");
        float y = top;
        for (String line : lines(second.text(), Face.BOLD, size, width, 0)) {
            ops.add(new Op.Text(x, y + size * 1.05f, line, Face.BOLD, size, Palette.SECOND,
                    Op.Tag.HEADING.in(second.language())));
            y += size * 1.25f;
        }
        ops.add(secondBar(x, top + size * 0.15f, y));
        return y;
    }

    private Op secondBar(float x, float top, float bottom) {
        float k = style.scale();
        float barX = x - SECOND_BAR_GAP * k;
        return new Op.Rule(barX, top, barX, bottom, SECOND_BAR * k, Palette.SECOND);
    }

    /** The safety box in one frame (cards place it whole). */
    Frame safetyBox(Block.SafetyBox box, float width, float spaceBefore) {
        return safetyBoxLaid(box, width, true).whole(spaceBefore, Frame.Role.SAFETY);
    }

    /** The safety box as frames that may continue on the next page, led there by {@link #safetyContinued}. */
    List<Frame> safetyBoxFrames(Block.SafetyBox box, float width, float spaceBefore) {
        return safetyBoxFrames(box, width, spaceBefore, Float.MAX_VALUE);
    }

    /**
     * The same, with its points in two columns when the box is wide enough and that way no taller
     * than {@code maxHeight} (a page's room); else one column that may be cut between lines, the last
     * resort for a safety text longer than a page.
     */
    List<Frame> safetyBoxFrames(Block.SafetyBox box, float width, float spaceBefore, float maxHeight) {
        Slicer.Laid laid = safetyBoxLaid(box, width, true);
        if (laid.height() > maxHeight) {
            laid = safetyBoxLaid(box, width, false);
        }
        return Slicer.slice(laid, spaceBefore, Frame.Role.SAFETY);
    }

    /** The top of a safety box continued from the page before: border, tint and "SAFETY (continued)". */
    Frame safetyContinued(Block.SafetyBox box, float width, Labels labels) {
        float k = style.scale();
        float size = style.meta();
        float border = SAFETY_BORDER * k;
        float h = size * 2.2f;
        String text = labels.text("label.continued", box.signalWord());
        float textX = (SAFETY_PAD + SAFETY_ICON + SAFETY_TEXT_GAP) * k;
        List<Op> ops = List.of(
                new Op.Box(0, 0, width, h, Palette.DANGER_TINT, null, 0, 0),
                new Op.Rule(border / 2, 0, border / 2, h, border, Palette.DANGER),
                new Op.Rule(width - border / 2, 0, width - border / 2, h, border, Palette.DANGER),
                new Op.Rule(0, border / 2, width, border / 2, border, Palette.DANGER),
                new Op.Text(textX, h / 2 + fonts.capHeight(Face.BOLD, size) / 2, text, Face.BOLD, size, Palette.DANGER));
        return new Frame(h, 0, ops, Frame.Role.ARTIFACT, true);
    }

    /** The safety box: border, tint, warning icon and the signal word, so colour never works alone. */
    private Slicer.Laid safetyBoxLaid(Block.SafetyBox box, float width, boolean twoColumns) {
        float k = style.scale();
        float pad = SAFETY_PAD * k;
        float icon = SAFETY_ICON * k;
        float textX = pad + icon + SAFETY_TEXT_GAP * k;
        float textWidth = width - textX - pad;
        List<Op> content = new ArrayList<>();
        float signal = style.meta();
        float y = pad;
        // A title that is the signal itself is set in the warning colour, the word not printed twice.
        boolean titleSignals = box.titleSignals();
        if (!titleSignals) {
            // A long signal word in a narrow box wraps rather than runs out of the box.
            List<String> signalLines = lines(box.signalWord(), Face.BOLD, signal, textWidth, 0);
            for (int i = 0; i < signalLines.size(); i++) {
                content.add(new Op.Text(textX, y + fonts.capHeight(Face.BOLD, signal), signalLines.get(i), Face.BOLD,
                        signal, Palette.DANGER, Op.Tag.HEADING.in(box.language())));
                y += i < signalLines.size() - 1 ? style.lineHeight(signal) : signal + 6f * k;
            }
        }
        float titleSize = Math.max(style.body(), style.heading() - 1f);
        fonts.requireGlyphs(box.title(), Face.BOLD, "the safety title");
        y = textLines(content, box.title(), Face.BOLD, titleSize, titleSignals ? Palette.DANGER : Palette.INK, textX, y,
                textWidth, 0, Op.Tag.HEADING.in(box.language()));
        y = Math.max(y, pad + icon) + 4f * k;
        List<Float> breaks = new ArrayList<>();
        float size = style.body();
        float bullet = 13f * k;
        float columnWidth = (width - 2 * pad - SAFETY_COLUMN_GAP * k) / 2;
        if (twoColumns && box.points().size() > 1 && width >= MIN_TWO_COLUMN_BOX
                && columnWidth >= MIN_SAFETY_COLUMN_EMS * size) {
            // Wide enough for two columns of points under the heading: half the height, lines of a
            // comfortable length. Points stay whole and in order; such a box is never cut.
            y = twoColumnPoints(box, content, pad, y, columnWidth, bullet);
        } else {
            for (int i = 0; i < box.points().size(); i++) {
                String point = box.points().get(i);
                fonts.requireGlyphs(point, Face.REGULAR, "safety point " + (i + 1));
                y += 3f * k;
                breaks.add(y);
                // Under the icon, the points take the box's whole inner width.
                float end = point(content, point, i, pad, y, width - 2 * pad, bullet, box.language());
                breaks.addAll(lineBreaks(y, end, size));
                y = end;
            }
        }
        float h = y + pad;
        float border = SAFETY_BORDER * k;
        float half = border / 2;
        List<Op> ops = new ArrayList<>();
        // Fill and four rules rather than one stroked box, so the box can be cut between lines.
        ops.add(new Op.Box(0, 0, width, h, Palette.DANGER_TINT, null, 0, 0));
        ops.add(new Op.Rule(half, 0, half, h, border, Palette.DANGER));
        ops.add(new Op.Rule(width - half, 0, width - half, h, border, Palette.DANGER));
        ops.add(new Op.Rule(0, half, width, half, border, Palette.DANGER));
        ops.add(new Op.Rule(0, h - half, width, h - half, border, Palette.DANGER));
        ops.addAll(Icons.warning(pad, pad, icon));
        ops.addAll(content);
        return new Slicer.Laid(ops, h, breaks);
    }

    /** One bulleted safety point with its top at {@code y}; returns the y under it. */
    private float point(List<Op> content, String point, int i, float x, float y, float width, float bullet,
                        String language) {
        float k = style.scale();
        float size = style.body();
        content.add(new Op.Disc(x + 3f * k, y + style.lineHeight(size) / 2f, 2.6f * k, Palette.DANGER));
        return textLines(content, point, Face.REGULAR, size, Palette.INK, x + bullet, y, width - bullet, 0,
                Op.Tag.body(i).in(language));
    }

    /**
     * The points in two balanced columns below {@code top}, in reading order down the first column
     * then the second; returns the y under the taller column.
     */
    private float twoColumnPoints(Block.SafetyBox box, List<Op> content, float left, float top, float columnWidth,
                                  float bullet) {
        float k = style.scale();
        float size = style.body();
        List<String> points = box.points();
        float[] heights = new float[points.size()];
        float total = 0;
        for (int i = 0; i < points.size(); i++) {
            fonts.requireGlyphs(points.get(i), Face.REGULAR, "safety point " + (i + 1));
            heights[i] = 3f * k + lines(points.get(i), Face.REGULAR, size, columnWidth - bullet, 0).size()
                    * style.lineHeight(size);
            total += heights[i];
        }
        // The split that makes the taller column shortest.
        int split = 1;
        float best = Float.MAX_VALUE;
        float first = 0;
        for (int i = 1; i < points.size(); i++) {
            first += heights[i - 1];
            float taller = Math.max(first, total - first);
            if (taller < best) {
                best = taller;
                split = i;
            }
        }
        float bottom = top;
        for (int c = 0; c < 2; c++) {
            float x = left + c * (columnWidth + SAFETY_COLUMN_GAP * k);
            float y = top;
            for (int i = c == 0 ? 0 : split; i < (c == 0 ? split : points.size()); i++) {
                y = point(content, points.get(i), i, x, y + 3f * k, columnWidth, bullet, box.language());
            }
            bottom = Math.max(bottom, y);
        }
        return bottom;
    }

    /**
     * The safety box as a compact band for the front of a single-sided card: icon, signal word and
     * title in bold, then the points as one run of text. Same border, tint and icon as the box.
     */
    Frame safetyBand(Block.SafetyBox box, float width) {
        float k = style.scale();
        float pad = 7f * k;
        float icon = 18f * k;
        float textX = pad + icon + 7f * k;
        float size = style.body();
        String label = box.signalWord() + ": " + box.title();
        label = label.matches(".*[.!?]$") ? label : label + ".";
        fonts.requireGlyphs(label, Face.BOLD, "the safety title");
        String points = String.join(" ", box.points());
        fonts.requireGlyphs(points, Face.REGULAR, "the safety points");
        List<Op> content = new ArrayList<>();
        float y = textLines(content, label, Face.BOLD, size, Palette.DANGER, textX, pad, width - textX - pad, 0,
                Op.Tag.HEADING);
        y = textLines(content, points, Face.REGULAR, size, Palette.INK, textX, y, width - textX - pad, 0,
                Op.Tag.PARAGRAPH);
        float h = Math.max(y, pad + icon) + pad;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Box(0, 0, width, h, Palette.DANGER_TINT, Palette.DANGER, 1.5f * k, 4f * k));
        ops.addAll(Icons.warning(pad, pad, icon));
        ops.addAll(content);
        return new Frame(h, 0, ops, Frame.Role.SAFETY, false);
    }

    /** Adds wrapped lines starting at {@code top}; returns the y below the last line. */
    private float textLines(List<Op> ops, String text, Face face, float size, Color color, float x,
                            float top, float width, float firstIndent, Op.Tag tag) {
        float y = top;
        List<String> lines = lines(text, face, size, width, firstIndent);
        for (int i = 0; i < lines.size(); i++) {
            float indent = i == 0 ? firstIndent : 0;
            ops.add(new Op.Text(x + indent, baseline(y, size), lines.get(i), face, size, color, tag));
            y += style.lineHeight(size);
        }
        return y;
    }

    /** The baseline of a line whose box starts at {@code top}: text sits optically centred in its leading. */
    private float baseline(float top, float size) {
        return top + size * (style.leading() - 1f) / 2f + size * 0.93f;
    }

    private static final float STEP_TEXT_INDENT = 22f;
    private static final float SAFETY_PAD = 14f;
    private static final float SAFETY_ICON = 30f;
    private static final float SAFETY_BORDER = 2f;
    private static final float SAFETY_TEXT_GAP = 12f;
    /**
     * Safety points go in two columns in a box at least this wide (a page, not a card) when each
     * column is at least this many text sizes wide (about 26 characters).
     */
    private static final float MIN_TWO_COLUMN_BOX = 400f;
    private static final float MIN_SAFETY_COLUMN_EMS = 13f;
    private static final float SAFETY_COLUMN_GAP = 18f;
    /** Space before a paragraph and before the first step, between steps, and before a note or box. */
    private static final float PARAGRAPH_SPACE = 8f;
    private static final float STEP_SPACE = 3.5f;
    private static final float NOTE_SPACE = 10f;
    private static final float INDENT = 34f;
    /** Space above a second-language text, the bar at its left and the bar's gap to the text. */
    private static final float SECOND_SPACE = 1.5f;
    private static final float SECOND_BAR = 1.6f;
    private static final float SECOND_BAR_GAP = 5f;
    private static final float BADGE_RADIUS = 12f;
    private static final float COMPACT_BADGE_RADIUS = 9f;
    /** The share of the usual space between pieces a compact move keeps. */
    private static final float COMPACT_SPACE = 0.6f;
}
