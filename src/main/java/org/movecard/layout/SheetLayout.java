package org.movecard.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Locale;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.document.MoveSection;
import org.movecard.document.TakeHomeSheet;
import org.movecard.language.Labels;
import org.movecard.layout.Style.Palette;

/**
 * Lays a {@link TakeHomeSheet} out on pages: clinic header, who and when, the stop-and-call box and
 * the safety box, the moves (drawn as on the handout), notes and a week log. Every page names the
 * patient and says "Page N of M"; later pages repeat whom to call. Pure, given the fonts.
 * One instance lays many sheets (a batch) and keeps what does not name the patient for the next
 * ones; not thread-safe, make one per thread.
 */
public final class SheetLayout {
    private static final float LOGO_HEIGHT = 54f;
    /** The stop-and-call and safety boxes sit side by side when each can be this wide, this far apart. */
    private static final float MIN_SIDE_BY_SIDE_BOX = 220f;
    private static final float BOX_GAP = 14f;
    private static final float LOGO_MAX_WIDTH = 130f;
    private static final int WRITING_LINES = 3;
    private static final float WRITING_LINE_GAP = 24f;
    /** Width of the week log's move-name column; the seven day columns share the rest. */
    public static final float LOG_NAME_WIDTH = 150f;
    /** A tick box's size when it fits, and the smallest it may shrink to before boxes wrap into rows. */
    private static final float TICK = 13f;
    public static final float MIN_TICK = 10f;
    private static final float TICK_GAP = 4f;
    /** Kept clear at each side of a day column, so the days' boxes never run into one strip. */
    public static final float DAY_PADDING = 5f;

    /** Space between the boxes above and the moves' columns, and between the columns and what follows. */
    private static final float COLUMNS_GAP = 6f;
    private static final float TIGHT_LEADING = 1.28f;
    /** Between "My week" and the instruction beside it. */
    private static final float INTRO_GAP = 12f;
    /** The stop-and-call and safety boxes' text is at most this size (not in large print), so the pair takes less of page 1. */
    private static final float BOX_BODY = 12f;

    private final Metrics fonts;
    private final Style style;
    private final RenderOptions options;
    private final Blocks blocks;
    private final Blocks boxes;
    private final HandoutLayout moves;
    /** Ruled lines to write on under "Notes". */
    private final int writingLines;
    /** Whether the moves are set compact. */
    private final boolean compact;
    /**
     * What the ways of setting one sheet have in common that names the patient (the "For NAME"
     * line, the footer's room), laid once per sheet and forgotten with it.
     */
    private final Map<List<Object>, Object> pieces;
    /**
     * What the ways of setting a sheet, and the sheets of a batch, have in common (the header, the
     * boxes, each move's frames, the notes and the log), keyed by everything they depend on: a batch
     * mostly repeats a clinic's few routines, and laying a move's text and figure is most of a
     * sheet's layout. Bounded; the patient's name is never part of it.
     */
    private final Memo<List<Object>, Object> shared;
    /** The ways {@link #layout} tries, made once. */
    private List<SheetLayout> variants;

    /** The most pieces kept for later sheets: those of a few dozen different routines. */
    private static final int SHARED_PIECES = 512;

    public SheetLayout(Metrics fonts, Style style, RenderOptions options) {
        this(fonts, style, options, WRITING_LINES, false, new HashMap<>(), new Memo<>(SHARED_PIECES));
    }

    private SheetLayout(Metrics fonts, Style style, RenderOptions options, int writingLines, boolean compact,
                        Map<List<Object>, Object> pieces, Memo<List<Object>, Object> shared) {
        this.fonts = fonts;
        this.style = style;
        this.options = options;
        this.blocks = new Blocks(fonts, style);
        this.boxes = options.largePrint() ? blocks : new Blocks(fonts,
                style.scaledTo(Math.min(style.body(), BOX_BODY)).noTextBelow(Style.MIN_SHEET_BODY));
        HandoutLayout layout = new HandoutLayout(fonts, style, options);
        this.moves = compact ? layout.compact() : layout;
        this.writingLines = writingLines;
        this.compact = compact;
        this.pieces = pieces;
        this.shared = shared;
    }

    /** Whether this lays sheets in {@code style} with {@code options}, so it can lay the next one. */
    public boolean sets(Style style, RenderOptions options) {
        return this.style.equals(style) && this.options.equals(options);
    }

    @SuppressWarnings("unchecked")
    private <T> T piece(Supplier<T> make, Object... key) {
        List<Object> k = List.of(key);
        Object made = pieces.get(k);
        if (made == null) {
            made = make.get();
            pieces.put(k, made);
        }
        return (T) made;
    }

    /** As {@link #piece}, kept for later sheets too: {@code key} must name all it depends on but the fonts and options. */
    @SuppressWarnings("unchecked")
    private <T> T shared(Supplier<T> make, Object... key) {
        // A sheet without general notes has null for them; List.of refuses nulls.
        return (T) shared.get(Arrays.asList(key), k -> make.get());
    }

    /**
     * The sheet on as few pages as it takes: moves continue over a page turn more readily when
     * that saves a page (both ways are tried; the one keeping moves whole wins a tie).
     */
    public List<Page> layout(TakeHomeSheet sheet, PageFormat format) {
        pieces.clear();
        List<Boolean> columnChoices = options.columns() > 1 ? List.of(false, true) : List.of(false);
        if (variants == null) {
            variants = variants();
        }
        // The fewest pages any way reaches, from the most compact one (in one column and in two,
        // eager to continue): once a more generous way reaches that with its first moves on page 1,
        // no later way can win, and the rest are not tried.
        SheetLayout tightest = variants.get(variants.size() - 1);
        int fewest = Integer.MAX_VALUE;
        for (boolean columns : columnChoices) {
            fewest = Math.min(fewest,
                    tightest.flow(sheet, format, Paginator.EAGER_PAGE_TURN_SHARE, columns).pages().size());
        }
        Flowed best = null;
        for (boolean columns : columnChoices) {
            for (SheetLayout variant : variants) {
                for (float share : List.of(Paginator.NEW_PAGE_START_SHARE, Paginator.EAGER_PAGE_TURN_SHARE)) {
                    Flowed laid = variant.flow(sheet, format, share, columns);
                    if (best == null || laid.isBetterThan(best)) {
                        best = laid;
                    }
                    if (best.pages().size() <= fewest && best.laterStarts() == 0) {
                        return best.finished(sheet, format);
                    }
                }
            }
        }
        return best.finished(sheet, format);
    }

    /** A move's frames in one column or two, laid once for every way and every sheet that sets them alike. */
    private List<Frame> moveFrames(MoveSection section, boolean columns, float width) {
        return shared(() -> columns ? moves.columnFrames(section, width) : moves.wideFrames(section, width),
                "move", style, compact, columns, width, new Section(section));
    }

    /**
     * A move section as a key: its figure by identity, as {@link FigureRenderer} keeps its drawings
     * (hashing every joint of a figure on each lookup would cost more than the memo saves). The
     * section's number is part of it, so a move given twice on one sheet has frames of its own.
     */
    private record Section(MoveSection section, int hash) {
        Section(MoveSection section) {
            this(section, Objects.hash(section.number(), section.moveId(), section.heading(), section.meta(),
                    section.body(), section.secondName(), System.identityHashCode(section.pictures().figure())));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Section other && other.hash == hash && other.section.equals(section);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * One way of laying a sheet out, judged by its page count, then by how many of its first two
     * moves begin on page 1 (a patient should find the exercises on the sheet handed over, not
     * overleaf); earlier ways win ties. Its pages get their footers only when it is the one kept.
     */
    private record Flowed(List<List<Page.Placed>> pages, int laterStarts, SheetLayout by) {
        boolean isBetterThan(Flowed other) {
            return pages.size() != other.pages.size() ? pages.size() < other.pages.size()
                    : laterStarts < other.laterStarts;
        }

        List<Page> finished(TakeHomeSheet sheet, PageFormat format) {
            List<Page> out = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                out.add(new Page(format, pages.get(i), by.decorations(sheet, format, i, pages.size())));
            }
            return out;
        }
    }

    /**
     * This sheet's style, then half a point smaller with lines a little closer (large print: only
     * the closer lines): tried in that order, each only where it saves a page.
     */
    private List<SheetLayout> variants() {
        List<Style> styles = new ArrayList<>(List.of(style));
        Style tight = style.withLeading(Math.min(style.leading(), TIGHT_LEADING));
        if (!options.largePrint() && style.body() - 0.5f >= Style.MIN_SHEET_BODY) {
            styles.add(tight.scaledTo(style.body() - 0.5f));
        } else {
            styles.add(tight);
        }
        List<SheetLayout> out = new ArrayList<>();
        // Each with its lines to write on, then none (blank lines never cost a page), then with the
        // moves set compact.
        for (boolean compact : List.of(false, true)) {
            for (int writing : List.of(writingLines, 0)) {
                for (Style each : styles) {
                    out.add(new SheetLayout(fonts, each, options, writing, compact, pieces, shared));
                }
            }
        }
        return out;
    }

    private Flowed flow(TakeHomeSheet sheet, PageFormat format, float pageTurnShare, boolean columns) {
        float width = format.width() - 2 * style.margin();
        Labels labels = Labels.of(sheet.language());
        float bottom = piece(() -> moves.contentBottom(sheet.patient() + " \u00b7 " + sheet.date(), Face.BOLD, format,
                labels), "bottom", style);
        float laterTop = shared(() -> moves.laterPageTop(sheet.reminder(), format), "later top", style, format,
                sheet.reminder());
        Paginator paginator = new Paginator(style.margin(), i -> i == 0 ? style.topMargin() : laterTop, bottom,
                pageTurnShare);
        Frame header = shared(() -> header(sheet.header(), width), "header", style, width, sheet.header());
        requireRoomFor(header, format);
        Frame patient = piece(() -> patient(sheet, width, labels), "patient", style);
        paginator.place(new Paginator.Unit(List.of(header, patient), null));
        // Safety before any move: the clinic's "stop and call us" box first, so its phone number is on
        // page 1 whatever the catalogue's safety text, then the catalogue's safety box.
        paginator.place(shared(() -> safetyBoxes(sheet, width), "boxes", style, width, sheet.stop(), sheet.safety()));
        int laterStarts = 0;
        float columnWidth = moves.columnWidth(width);
        if (columns) {
            // Moves in two columns, as on the handout: a move that would spill over a page turn in one
            // column often fits on page 1 in two.
            paginator.startColumns(List.of(style.margin(), format.width() - style.margin() - columnWidth),
                    COLUMNS_GAP);
        }
        // The notes go with the week log, and in one column the log with the last move's last step,
        // so a page never holds the log alone (a log longer than half a page goes on its own).
        List<Object> tailKey = Arrays.asList(style, writingLines, width, sheet.notes(), sheet.log(), sheet.language());
        Paginator.Unit tail = shared(() -> tail(sheet, width, labels), "tail", tailKey);
        boolean tailWithMove = !columns && tail.height() <= (bottom - laterTop) / 2;
        for (int i = 0; i < sheet.moves().size(); i++) {
            MoveSection section = sheet.moves().get(i);
            float measure = columns ? columnWidth : width;
            boolean withTail = tailWithMove && i == sheet.moves().size() - 1;
            paginator.place(shared(() -> move(section, columns, measure, withTail ? tail.frames() : List.of(), labels),
                    "move unit", style, compact, columns, measure, new Section(section), sheet.language(),
                    withTail ? tailKey : null));
            if (i < 2 && paginator.lastStartPage() > 0) {
                laterStarts++;
            }
        }
        paginator.endColumns(COLUMNS_GAP);
        if (!tailWithMove) {
            paginator.place(tail);
        }
        return new Flowed(paginator.pages(), laterStarts, this);
    }

    /** A move as the paginator places it: its frames, then {@code after} (the notes and log when they go with it). */
    private Paginator.Unit move(MoveSection section, boolean columns, float measure, List<Frame> after, Labels labels) {
        List<Frame> frames = new ArrayList<>(moveFrames(section, columns, measure));
        frames.addAll(after);
        return Paginator.Unit.move(frames, moves.continuation(section, measure, labels));
    }

    /** The general notes, then the week log, whose day header repeats on a new page. */
    private Paginator.Unit tail(TakeHomeSheet sheet, float width, Labels labels) {
        List<Frame> frames = new ArrayList<>(notes(sheet, width, labels).stream().map(Frame::keepingWithNext).toList());
        Paginator.Unit log = weekLog(sheet.log(), width, labels);
        frames.addAll(log.frames());
        return new Paginator.Unit(frames, log.continuation());
    }

    /**
     * The stop-and-call box and the safety box, side by side on a page wide enough (each whole,
     * the taller one setting the row's height) or one under the other, whichever is shorter. Moved
     * whole, never split, unless longer than a page.
     */
    private Paginator.Unit safetyBoxes(TakeHomeSheet sheet, float width) {
        List<Frame> stacked = new ArrayList<>(boxes.safetyBoxFrames(sheet.stop(), width, 12f));
        stacked.addAll(boxes.safetyBoxFrames(sheet.safety(), width, 10f));
        Paginator.Unit below = new Paginator.Unit(stacked.stream().map(Frame::keepingWithNext).toList(), null);
        float gap = BOX_GAP * style.scale();
        float half = (width - gap) / 2;
        if (half < MIN_SIDE_BY_SIDE_BOX) {
            return below;
        }
        Frame stop = boxes.safetyBox(sheet.stop(), half, 12f);
        Frame safety = boxes.safetyBox(sheet.safety(), half, 12f);
        float height = Math.max(stop.height(), safety.height());
        List<Op> ops = new ArrayList<>(grown(stop, height).ops());
        grown(safety, height).ops().forEach(op -> ops.add(Ops.moved(op, half + gap, 0)));
        Paginator.Unit beside = new Paginator.Unit(List.of(new Frame(height, 12f, ops, Frame.Role.SAFETY, false)), null);
        // Whichever is shorter: short points read well side by side, long ones in full-width columns.
        return beside.height() <= below.height() ? beside : below;
    }

    /** A box frame stretched to {@code height}: its fill and side rules grow, its bottom rule moves down. */
    private static Frame grown(Frame box, float height) {
        float extra = height - box.height();
        if (extra <= 0) {
            return box;
        }
        List<Op> ops = new ArrayList<>();
        for (Op op : box.ops()) {
            if (op instanceof Op.Box b && b.y() == 0 && b.height() == box.height()) {
                ops.add(new Op.Box(b.x(), b.y(), b.width(), height, b.fill(), b.stroke(), b.strokeWidth(), b.radius()));
            } else if (op instanceof Op.Rule r && r.x1() == r.x2() && r.y2() == box.height()) {
                ops.add(new Op.Rule(r.x1(), r.y1(), r.x2(), height, r.width(), r.color()));
            } else if (op instanceof Op.Rule r && r.y1() == r.y2() && r.y1() > box.height() / 2) {
                ops.add(Ops.moved(r, 0, extra));
            } else {
                ops.add(op);
            }
        }
        return new Frame(height, box.spaceBefore(), ops, box.role(), box.keepWithNext(), box.group());
    }

    /**
     * The header is one block on page 1, which the paginator cannot split; one taller than half the
     * page would push the stop-and-call box off it, or run over the footer. The clinic profile's
     * limits keep real headers far below this; the check makes sure nothing is ever clipped.
     */
    private void requireRoomFor(Frame header, PageFormat format) {
        float room = format.height() - style.topMargin() - style.bottomMargin();
        if (header.height() > room / 2) {
            throw new UserError(ExitCode.DOES_NOT_FIT, String.format(Locale.ROOT,
                    "the clinic's name, address and contact need %.0f mm at the top of the sheet; at most %.0f mm fit",
                    header.height() / PageFormat.MM, room / 2 / PageFormat.MM),
                    "shorten the clinic's name or address in the clinic profile");
        }
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
            ops.add(new Op.Image(0, 0, w, h, header.logo().rgb(), header.logo().width(), header.logo().height()));
            textX = w + 14f;
            logoHeight = h;
        }
        float qrHeight = 0;
        float qrColumn = 0;
        if (header.web() != null) {
            // The clinic's web address as a QR code at the right, with a caption, so a phone can open it.
            QrCode qr = QrCode.of(header.web());
            float captionSize = style.meta();
            float captionWidth = fonts.width(header.webCaption(), Face.REGULAR, captionSize);
            qrColumn = Math.max(qr.size(), captionWidth);
            float qrX = width - (qrColumn + qr.size()) / 2;
            ops.addAll(PictureColumn.captioned(fonts, style, qr, header.webCaption(), header.webAlt(), qrX, 0, width));
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
    private Frame patient(TakeHomeSheet sheet, float width, Labels labels) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        float titleSize = style.title();
        y += titleSize * 1.15f;
        ops.add(new Op.Text(0, y - titleSize * 0.22f, sheet.title(), Face.BOLD, titleSize, Palette.INK,
                Op.Tag.HEADING));
        y += 4f;
        float size = style.subtitle() + 1f;
        String label = labels.text("sheet.for") + " ";
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
        String when = sheet.clinician() == null ? labels.text("sheet.date", sheet.date())
                : labels.text("sheet.date.clinician", sheet.date(), sheet.clinician());
        fonts.requireGlyphs(when, Face.REGULAR, "the clinician name");
        String after = "  \u00b7  " + when;
        float nameEnd = labelWidth + fonts.width(nameLines.get(0), Face.BOLD, size);
        if (nameLines.size() == 1 && nameEnd + fonts.width(after, Face.REGULAR, size) <= width) {
            // Name, date and clinician on one line when they fit.
            ops.add(new Op.Text(nameEnd, y - size * 0.3f, after, Face.REGULAR, size, Palette.INK));
            return new Frame(y + 2f, 10f, ops, Frame.Role.TITLE, false);
        }
        for (String line : blocks.lines(when, Face.REGULAR, style.body(), width, 0)) {
            y += style.lineHeight(style.body());
            ops.add(new Op.Text(0, y - style.body() * 0.3f, line, Face.REGULAR, style.body(), Palette.INK));
        }
        return new Frame(y + 2f, 10f, ops, Frame.Role.TITLE, false);
    }

    /**
     * A heading, the clinician's general notes if any, and ruled lines to write on; nothing when
     * there are no notes and no lines (a sheet that needs the room).
     */
    private List<Frame> notes(TakeHomeSheet sheet, float width, Labels labels) {
        List<Frame> frames = new ArrayList<>();
        if (sheet.notes() == null && writingLines == 0) {
            return frames;
        }
        frames.add(sectionTitle(labels.text("sheet.notes"), 16f).keepingWithNext());
        if (sheet.notes() != null) {
            for (Frame line : blocks.paragraph(sheet.notes(), width, 0, 4f, "the general notes")) {
                frames.add(line.keepingWithNext());
            }
        }
        List<Op> lines = new ArrayList<>();
        // Room to write: fewer lines under the clinician's own notes.
        int writing = sheet.notes() == null ? writingLines : Math.max(Math.min(writingLines, 1), writingLines - 1);
        for (int i = 1; i <= writing; i++) {
            float y = i * WRITING_LINE_GAP;
            lines.add(new Op.Rule(0, y, width, y, 0.6f, Palette.HAIRLINE));
        }
        if (writing > 0) {
            frames.add(new Frame(writing * WRITING_LINE_GAP + 4f, 2f, lines, Frame.Role.ARTIFACT, false));
        }
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
    private Paginator.Unit weekLog(TakeHomeSheet.WeekLog log, float width, Labels labels) {
        float dayWidth = (width - LOG_NAME_WIDTH) / 7f;
        List<Frame> frames = new ArrayList<>();
        String title = labels.text("sheet.week");
        float introSize = style.meta();
        String intro = labels.text("sheet.tick");
        float titleEnd = fonts.width(title, Face.BOLD, style.heading()) + INTRO_GAP;
        if (titleEnd + fonts.width(intro, Face.REGULAR, introSize) <= width) {
            // The instruction beside the heading, on its baseline.
            Frame heading = sectionTitle(title, 16f);
            List<Op> ops = new ArrayList<>(heading.ops());
            ops.add(new Op.Text(titleEnd, style.heading() * 1.05f, intro, Face.REGULAR, introSize, Palette.MUTED));
            frames.add(new Frame(heading.height(), heading.spaceBefore(), ops, heading.role(), true));
        } else {
            frames.add(sectionTitle(title, 16f).keepingWithNext());
            // Wrapped, never run past the margin (a longer language, large print).
            List<String> introLines = blocks.lines(intro, Face.REGULAR, introSize, width, 0);
            List<Op> introOps = new ArrayList<>();
            for (int i = 0; i < introLines.size(); i++) {
                introOps.add(new Op.Text(0, introSize + i * style.lineHeight(introSize), introLines.get(i),
                        Face.REGULAR, introSize, Palette.MUTED));
            }
            frames.add(new Frame(introSize * 1.6f + (introLines.size() - 1) * style.lineHeight(introSize), 0,
                    introOps, Frame.Role.PARAGRAPH, true));
        }
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
                Palette.INK, "the patient's name", format, index, count, Labels.of(sheet.language())));
        if (index > 0) {
            ops.addAll(shared(() -> moves.reminder(sheet.reminder(), format), "reminder", style, format, sheet.reminder()));
        }
        return ops;
    }
}
