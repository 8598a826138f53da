package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import org.movecard.document.MoveSection;
import org.movecard.document.TakeHomeSheet;
import org.movecard.layout.Style.Palette;

/**
 * Lays a {@link TakeHomeSheet} out on pages: clinic header, who and when, the stop-and-call box and
 * the safety box, the moves (drawn as on the handout), notes and a week log. Every page names the
 * patient and says "Page N of M"; later pages repeat whom to call. Pure, given the fonts.
 */
public final class SheetLayout {
    private static final float LOGO_HEIGHT = 54f;
    private static final String WEB_CAPTION = "Our website";
    private static final float LOGO_MAX_WIDTH = 130f;
    private static final float WRITING_LINES = 4;
    private static final float WRITING_LINE_GAP = 26f;
    /** Width of the week log's move-name column; the seven day columns share the rest. */
    public static final float LOG_NAME_WIDTH = 150f;
    /** A tick box's size when it fits, and the smallest it may shrink to before boxes wrap into rows. */
    private static final float TICK = 13f;
    public static final float MIN_TICK = 10f;
    private static final float TICK_GAP = 4f;
    /** Kept clear at each side of a day column, so the days' boxes never run into one strip. */
    public static final float DAY_PADDING = 5f;

    private final Metrics fonts;
    private final Style style;
    private final Blocks blocks;
    private final HandoutLayout moves;

    public SheetLayout(Metrics fonts, Style style, RenderOptions options) {
        this.fonts = fonts;
        this.style = style;
        this.blocks = new Blocks(fonts, style);
        this.moves = new HandoutLayout(fonts, style, options);
    }

    public List<Page> layout(TakeHomeSheet sheet, PageFormat format) {
        float width = format.width() - 2 * style.margin();
        List<Paginator.Unit> units = new ArrayList<>();
        units.add(new Paginator.Unit(List.of(header(sheet.header(), width), patient(sheet, width)), null));
        // Safety before any move: the clinic's short "stop and call us" box first, so its phone number
        // is on page 1 whatever the catalogue's safety text, then the catalogue's safety box.
        units.add(new Paginator.Unit(blocks.safetyBoxFrames(sheet.stop(), width, 12f), null));
        units.add(Paginator.Unit.splittable(blocks.safetyBoxFrames(sheet.safety(), width, 10f),
                blocks.safetyContinued(sheet.safety(), width)));
        for (MoveSection section : sheet.moves()) {
            units.add(new Paginator.Unit(moves.sectionFrames(section, width), moves.continuation(section, width)));
        }
        units.add(new Paginator.Unit(notes(sheet, width), null));
        units.add(weekLog(sheet.log(), width));
        float bottom = format.height() - style.bottomMargin();
        float laterTop = moves.laterPageTop(reminder(sheet), format);
        var flowed = new Paginator(style.margin(), i -> i == 0 ? style.topMargin() : laterTop, bottom)
                .flow(units);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < flowed.size(); i++) {
            pages.add(new Page(format, flowed.get(i), decorations(sheet, format, i, flowed.size())));
        }
        return pages;
    }

    /** Logo on the left, the clinic's name, address and contact line beside it, a rule below. */
    private Frame header(TakeHomeSheet.Header header, float width) {
        List<Op> ops = new ArrayList<>();
        float textX = 0;
        float logoHeight = 0;
        if (header.logo() != null) {
            float w = LOGO_HEIGHT * header.logo().width() / header.logo().height();
            float h = LOGO_HEIGHT;
            if (w > LOGO_MAX_WIDTH) {
                h = h * LOGO_MAX_WIDTH / w;
                w = LOGO_MAX_WIDTH;
            }
            ops.add(new Op.Image(0, 0, w, h, header.logo().png()));
            textX = w + 14f;
            logoHeight = h;
        }
        float qrHeight = 0;
        float qrColumn = 0;
        if (header.web() != null) {
            // The clinic's web address as a QR code at the right, with a caption, so a phone can open it.
            QrCode qr = QrCode.of(header.web());
            float captionSize = style.meta();
            float captionWidth = fonts.width(WEB_CAPTION, Face.REGULAR, captionSize);
            qrColumn = Math.max(qr.size(), captionWidth);
            float qrX = width - (qrColumn + qr.size()) / 2;
            ops.addAll(PictureColumn.captioned(fonts, style, qr, WEB_CAPTION,
                    "QR code with the clinic's web address, " + header.web(), qrX, 0, width));
            qrHeight = qr.size() + captionSize * 1.4f;
            qrColumn += 12f;
        }
        float textWidth = width - textX - qrColumn;
        float y = 0;
        float nameSize = style.heading() + 1f;
        fonts.requireGlyphs(header.clinic(), Face.BOLD, "the clinic name");
        for (String line : blocks.lines(header.clinic(), Face.BOLD, nameSize, textWidth, 0)) {
            y += nameSize * 1.2f;
            ops.add(new Op.Text(textX, y - nameSize * 0.22f, line, Face.BOLD, nameSize, Palette.INK));
        }
        float size = style.meta();
        String address = String.join(", ", header.address());
        fonts.requireGlyphs(address, Face.REGULAR, "the clinic address");
        fonts.requireGlyphs(header.contact(), Face.REGULAR, "the clinic contact line");
        y += 2f;
        for (String text : List.of(address, header.contact())) {
            for (String line : blocks.lines(text, Face.REGULAR, size, textWidth, 0)) {
                y += style.lineHeight(size);
                ops.add(new Op.Text(textX, y - size * 0.3f, line, Face.REGULAR, size, Palette.MUTED));
            }
        }
        y = Math.max(Math.max(y, logoHeight), qrHeight) + 10f;
        ops.add(new Op.Rule(0, y, width, y, 1.2f, Palette.HAIRLINE));
        // The clinic's name and contact read as a paragraph; the logo and rule are decoration.
        return new Frame(y + 2f, 0, ops, Frame.Role.PARAGRAPH, true);
    }

    /** The title, then "For NAME" and the date and clinician. */
    private Frame patient(TakeHomeSheet sheet, float width) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        float titleSize = style.title();
        y += titleSize * 1.15f;
        ops.add(new Op.Text(0, y - titleSize * 0.22f, sheet.title(), Face.BOLD, titleSize, Palette.INK,
                Op.Tag.HEADING));
        y += 4f;
        float size = style.subtitle() + 1f;
        String label = "For: ";
        float labelWidth = fonts.width(label, Face.REGULAR, size);
        fonts.requireGlyphs(sheet.patient(), Face.BOLD, "the patient name");
        List<String> nameLines = blocks.lines(sheet.patient(), Face.BOLD, size, width, labelWidth);
        for (int i = 0; i < nameLines.size(); i++) {
            y += style.lineHeight(size);
            float base = y - size * 0.3f;
            if (i == 0) {
                ops.add(new Op.Text(0, base, label, Face.REGULAR, size, Palette.MUTED));
            }
            ops.add(new Op.Text(i == 0 ? labelWidth : 0, base, nameLines.get(i), Face.BOLD, size, Palette.INK));
        }
        String when = "Date: " + sheet.date() + (sheet.clinician() == null ? "" : "  \u00b7  Clinician: " + sheet.clinician());
        fonts.requireGlyphs(when, Face.REGULAR, "the clinician name");
        for (String line : blocks.lines(when, Face.REGULAR, style.body(), width, 0)) {
            y += style.lineHeight(style.body());
            ops.add(new Op.Text(0, y - style.body() * 0.3f, line, Face.REGULAR, style.body(), Palette.INK));
        }
        return new Frame(y + 2f, 10f, ops, Frame.Role.TITLE, false);
    }

    /** A heading, the clinician's general notes if any, and ruled lines to write on. */
    private List<Frame> notes(TakeHomeSheet sheet, float width) {
        List<Frame> frames = new ArrayList<>();
        frames.add(sectionTitle("Notes", 24f).keepingWithNext());
        if (sheet.notes() != null) {
            for (Frame line : blocks.paragraph(sheet.notes(), width, 0, 4f, "the general notes")) {
                frames.add(line.keepingWithNext());
            }
        }
        List<Op> lines = new ArrayList<>();
        for (int i = 1; i <= WRITING_LINES; i++) {
            float y = i * WRITING_LINE_GAP;
            lines.add(new Op.Rule(0, y, width, y, 0.6f, Palette.HAIRLINE));
        }
        frames.add(new Frame(WRITING_LINES * WRITING_LINE_GAP + 4f, 2f, lines, Frame.Role.ARTIFACT, false));
        return frames;
    }

    private Frame sectionTitle(String text, float spaceBefore) {
        float size = style.heading();
        List<Op> ops = List.of(new Op.Text(0, size * 1.05f, text, Face.BOLD, size, Palette.INK, Op.Tag.HEADING));
        return new Frame(size * 1.4f, spaceBefore, ops, Frame.Role.HEADING, true);
    }

    /**
     * "My week": a row per move with empty tick boxes under seven day columns, boxes drawn as
     * {@link Op.Box} so the grid prints the same everywhere. The day header repeats on a new page.
     */
    private Paginator.Unit weekLog(TakeHomeSheet.WeekLog log, float width) {
        float dayWidth = (width - LOG_NAME_WIDTH) / 7f;
        List<Frame> frames = new ArrayList<>();
        frames.add(sectionTitle("My week", 22f).keepingWithNext());
        float introSize = style.meta();
        String intro = "Tick a box each time you do a move.";
        frames.add(new Frame(introSize * 1.6f, 0, List.of(new Op.Text(0, introSize, intro, Face.REGULAR, introSize,
                Palette.MUTED)), Frame.Role.PARAGRAPH, true));
        Frame dayHeader = dayHeader(log, dayWidth);
        frames.add(dayHeader.keepingWithNext());
        for (int r = 0; r < log.rows().size(); r++) {
            frames.add(logRow(log.rows().get(r), width, dayWidth, r == log.rows().size() - 1));
        }
        return new Paginator.Unit(frames, dayHeader.keepingWithNext());
    }

    /** Day names over the tick columns, weekday above date ("Wed" / "25") so large print fits too. */
    private Frame dayHeader(TakeHomeSheet.WeekLog log, float dayWidth) {
        float size = style.meta();
        List<Op> ops = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            float cx = LOG_NAME_WIDTH + dayWidth * d + dayWidth / 2;
            String[] parts = log.days().get(d).split(" ", 2);
            for (int line = 0; line < parts.length; line++) {
                String text = parts[line];
                ops.add(new Op.Text(cx - fonts.width(text, Face.BOLD, size) / 2, size * (1.1f + 1.2f * line), text,
                        Face.BOLD, size, Palette.ACCENT));
            }
        }
        return new Frame(size * 3f, 6f, ops, Frame.Role.ARTIFACT, true);
    }

    private Frame logRow(TakeHomeSheet.WeekLog.Row row, float width, float dayWidth, boolean last) {
        float size = style.meta();
        List<Op> ops = new ArrayList<>();
        String label = row.number() + ". " + row.name();
        fonts.requireGlyphs(label, Face.REGULAR, "move \"" + row.name() + "\" in the week log");
        List<String> lines = blocks.lines(label, Face.REGULAR, size, LOG_NAME_WIDTH - 8f, 0);
        float textHeight = lines.size() * style.lineHeight(size);
        TickGrid grid = TickGrid.of(row.ticks(), dayWidth - 2 * DAY_PADDING);
        float height = Math.max(textHeight, grid.height()) + 14f;
        float top = (height - textHeight) / 2;
        for (int i = 0; i < lines.size(); i++) {
            float base = top + i * style.lineHeight(size) + size * 1.0f;
            ops.add(new Op.Text(0, base, lines.get(i), Face.REGULAR, size, Palette.INK));
        }
        float gridTop = (height - grid.height()) / 2;
        for (int d = 0; d < 7; d++) {
            float dayLeft = LOG_NAME_WIDTH + dayWidth * d;
            for (int t = 0; t < row.ticks(); t++) {
                int line = t / grid.perRow();
                // A short last row is centred like the others.
                int inLine = Math.min(grid.perRow(), row.ticks() - line * grid.perRow());
                float left = dayLeft + (dayWidth - grid.width(inLine)) / 2;
                ops.add(new Op.Box(left + (t % grid.perRow()) * (grid.tick() + TICK_GAP),
                        gridTop + line * (grid.tick() + TICK_GAP), grid.tick(), grid.tick(), Palette.WHITE,
                        Palette.MUTED, 1f, 2f));
            }
        }
        ops.add(new Op.Rule(0, 0, width, 0, 0.6f, Palette.HAIRLINE));
        if (last) {
            ops.add(new Op.Rule(0, height, width, height, 0.6f, Palette.HAIRLINE));
        }
        return new Frame(height, 0, ops, Frame.Role.ARTIFACT, false);
    }

    /**
     * How one day's tick boxes are arranged: full size in one row when they fit, else smaller, but
     * never below {@link #MIN_TICK}; past that they wrap into more rows. The boxes' stroke is
     * counted, so the drawn box stays inside {@code available}.
     */
    record TickGrid(int count, int perRow, float tick) {
        private static final float STROKE = 1f;

        static TickGrid of(int count, float available) {
            for (int perRow = count; perRow > 1; perRow--) {
                float fit = (available - STROKE - (perRow - 1) * TICK_GAP) / perRow;
                if (fit >= MIN_TICK) {
                    return new TickGrid(count, perRow, Math.min(TICK, fit));
                }
            }
            return new TickGrid(count, 1, Math.min(TICK, available - STROKE));
        }

        int rows() {
            return (count + perRow - 1) / perRow;
        }

        float width(int inRow) {
            return inRow * tick + (inRow - 1) * TICK_GAP;
        }

        float height() {
            return rows() * tick + (rows() - 1) * TICK_GAP;
        }
    }

    /** The patient's name and date with "Page N of M" at every foot; later pages say whom to call. */
    private List<Op> decorations(TakeHomeSheet sheet, PageFormat format, int index, int count) {
        List<Op> ops = new ArrayList<>(moves.footer(sheet.patient() + " \u00b7 " + sheet.date(), Face.BOLD,
                Palette.INK, "the patient's name", format, index, count));
        if (index > 0) {
            ops.addAll(moves.reminder(reminder(sheet), format));
        }
        return ops;
    }

    private static String reminder(TakeHomeSheet sheet) {
        return sheet.stop().title().replaceAll(":$", "") + " you feel worse.";
    }
}
