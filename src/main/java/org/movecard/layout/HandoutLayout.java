package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;
import org.movecard.document.Block;
import org.movecard.document.Handout;
import org.movecard.document.MoveSection;
import org.movecard.document.Pictures;
import org.movecard.language.Labels;
import org.movecard.layout.Style.Palette;

/**
 * Lays a {@link Handout} out on pages: title, safety box, then the moves, one column, with a
 * safety reminder on every later page and "Page N of M" in the footer. Pure, given the fonts.
 */
public final class HandoutLayout {
    /** The safety reminder band on later pages: its top, and its height per point of text. */
    private static final float REMINDER_TOP = 26f;
    private static final float REMINDER_HEIGHT_PER_PT = 24f / 11f;
    private static final float REMINDER_GAP = 16f;
    private static final float REMINDER_PAD = 8f;
    private static final float REMINDER_V_PAD = 4f;
    private static final float REMINDER_ICON = 1.3f;
    /** Footer text wraps to at most this many lines; the rule sits this many sizes above the last. */
    private static final int MAX_FOOTER_LINES = 2;
    private static final float FOOTER_RULE_GAP = 1.5f;
    private static final float FOOTER_GAP = 20f;
    /** The footer's baseline is at least this far from the page's bottom edge (10 mm and a little). */
    private static final float FOOTER_FROM_EDGE = 32f;
    /** Room kept between the lowest content and the footer's rule. */
    private static final float FOOTER_CLEARANCE = 6f;
    // Pictures sit in a column at the right of a move's text: figure beside the steps, map beside the feel note.
    private static final float SIDE_COLUMN = 126f;
    /** Large print's picture column (52 mm): a figure drawn at least 50 mm wide inside its padding. */
    private static final float LARGE_SIDE_COLUMN = 148f;
    /** Two columns of moves: the gap between them, and the picture size under a move's steps. */
    private static final float COLUMN_GAP = 24f;
    /** Space between what runs across the page (title, safety, intro) and the columns under it. */
    private static final float COLUMNS_TOP_GAP = 8f;
    private static final float COLUMN_PICTURE = 68f;
    /** A figure of several poses may be this many times the slot wide, and at most this share of the column. */
    private static final float WIDE_FIGURE = 2f;
    private static final float WIDE_FIGURE_SHARE = 0.55f;
    /** A movement drawn less than this share of the slot high beside the dose gets a row of its own. */
    private static final float OWN_ROW = 0.5f;
    /** Text beside a figure is at least this many text sizes wide (about 18 characters). */
    private static final float MIN_BESIDE_EMS = 9f;
    /** The back map beside a feel note in a column, at the 12 pt design size. */
    private static final float COLUMN_MAP_HEIGHT = 44f;
    private static final float PICTURE_SPACE = 8f;
    /** Space above a move heading, at the 12 pt design size. */
    private static final float MOVE_SPACE = 20f;
    private static final float SIDE_GAP = 16f;
    private static final float MAP_WIDTH = 40f;
    private static final float MAP_HEIGHT = 54f;

    /** Lines set a little closer, the one change tried before the text shrinks. */
    private static final float TIGHT_LEADING = 1.24f;
    /** Without {@code --pages}, text may be this much smaller than its size when that saves a page. */
    private static final float DEFAULT_SHRINK = 0.5f;
    /** Pictures shrink to this share before the text does, when a handout must fit its pages. */
    private static final float SMALL_PICTURES = 0.75f;
    /** The page margin of a one-page pin-up at its last resort (most printers print to 5 mm). */
    private static final float PIN_UP_MARGIN = 30f;

    private final Metrics fonts;
    private final Blocks blocks;
    private final Style style;
    private final RenderOptions options;
    private final float pictureScale;
    private final float pageTurnShare;
    private final boolean shortSafety;
    /** A pin-up's last resort: tips and the introduction left out (cards leave tips out too). */
    private final boolean lean;
    /** Moves set compact (see {@link Blocks#compact()}); a lean layout is always compact. */
    private final boolean compact;

    public HandoutLayout(Metrics fonts, Style style) {
        this(fonts, style, RenderOptions.DEFAULT);
    }

    public HandoutLayout(Metrics fonts, Style style, RenderOptions options) {
        this(fonts, style, options, 1f, Paginator.NEW_PAGE_START_SHARE, false, false, false);
    }

    private HandoutLayout(Metrics fonts, Style style, RenderOptions options, float pictureScale,
                          float pageTurnShare, boolean shortSafety, boolean lean) {
        this(fonts, style, options, pictureScale, pageTurnShare, shortSafety, lean, lean);
    }

    private HandoutLayout(Metrics fonts, Style style, RenderOptions options, float pictureScale,
                          float pageTurnShare, boolean shortSafety, boolean lean, boolean compact) {
        this.fonts = fonts;
        this.lean = lean;
        this.compact = compact;
        this.style = style;
        this.options = options;
        this.pictureScale = pictureScale;
        this.pageTurnShare = pageTurnShare;
        this.shortSafety = shortSafety;
        this.blocks = compact ? new Blocks(fonts, style).compact() : new Blocks(fonts, style);
    }

    /** The same layout with its moves set compact: text at the column's edge, no settings line, less space. */
    HandoutLayout compact() {
        return new HandoutLayout(fonts, style, options, pictureScale, pageTurnShare, shortSafety, lean, true);
    }

    /**
     * A laid-out handout and what was done to fit it: the body text size, whether pictures were
     * drawn smaller or left out, and whether the short safety points stood in for the full ones.
     */
    public record Laid(List<Page> pages, float textSize, boolean smallerPictures, boolean pictures,
                       boolean shortSafety, boolean tips) {
        public Laid {
            pages = List.copyOf(pages);
        }
    }

    public List<Page> layout(Handout handout, PageFormat format) {
        return fit(handout, format).pages();
    }

    /**
     * The handout on as few pages as its text size allows: of the same text at its own line spacing
     * and a little closer, continuing moves over a page turn or not, with pictures at their size or
     * smaller, the one on fewest pages (the more generous one when equal). With
     * {@link RenderOptions#pages()}, the largest text and pictures that fit that many pages, down to
     * {@link Style#MIN_FITTED_BODY} (large print: {@link Style#MIN_LARGE_PRINT}); a one-page fit may
     * then leave the pictures out and use the catalogue's short safety points.
     */
    public Laid fit(Handout handout, PageFormat format) {
        if (options.pages() > 0) {
            return fitted(handout, format, options.pages());
        }
        // In order of preference: this size, then smaller pictures, then half a point smaller text
        // (not below the large-print size), each way four times (see variants).
        List<HandoutLayout> ways = new ArrayList<>(variants(style, 1f));
        ways.addAll(variants(style, SMALL_PICTURES));
        if (!options.largePrint()) {
            ways.addAll(variants(style.scaledTo(style.body() - DEFAULT_SHRINK), SMALL_PICTURES));
        }
        // The fewest pages any way reaches, from the most compact one; the first way in order that
        // reaches it wins, and when the most generous one does, nothing else is tried.
        int fewest = ways.get(ways.size() - 1).attempt(handout, format).pages().size();
        Laid best = null;
        for (HandoutLayout way : ways) {
            Laid laid = way.attempt(handout, format);
            if (best == null || laid.pages().size() < best.pages().size()) {
                best = laid;
            }
            if (best.pages().size() <= fewest) {
                return best;
            }
        }
        return best;
    }

    /**
     * The same text size set four ways, most generous first: at its own line spacing and a little
     * closer, each keeping moves whole over a page turn or continuing them more readily.
     */
    private List<HandoutLayout> variants(Style sized, float pictures) {
        return variants(sized, pictures, options, false, false);
    }

    private List<HandoutLayout> variants(Style sized, float pictures, RenderOptions opts, boolean shortPoints,
                                         boolean leanText) {
        Style tight = sized.withLeading(Math.min(sized.leading(), TIGHT_LEADING));
        List<HandoutLayout> out = new ArrayList<>();
        for (Style st : List.of(sized, tight)) {
            for (float share : List.of(Paginator.NEW_PAGE_START_SHARE, Paginator.EAGER_PAGE_TURN_SHARE)) {
                out.add(new HandoutLayout(fonts, st, opts, pictures, share, shortPoints, leanText));
            }
        }
        return out;
    }

    private Laid fitted(Handout handout, PageFormat format, int pages) {
        float floor = options.largePrint() ? Style.MIN_LARGE_PRINT : Style.MIN_FITTED_BODY;
        List<HandoutLayout> ladder = new ArrayList<>();
        for (float size = style.body(); size >= floor - 0.01f; size -= 0.5f) {
            ladder.addAll(variants(style.scaledTo(size), 1f));
            ladder.addAll(variants(style.scaledTo(size), SMALL_PICTURES));
        }
        Style smallest = style.scaledTo(floor);
        boolean pinUp = pages == 1;
        boolean shortPoints = pinUp && handout.shortSafety() != null;
        if (shortPoints) {
            // A pin-up has no later pages to point to the full notes from: the short ones stand in.
            ladder.addAll(variants(smallest, SMALL_PICTURES, options, true, false));
        }
        RenderOptions noFigures = new RenderOptions(false, options.largePrint(), options.oneColumn(), options.pages(),
                options.fullSafety());
        ladder.addAll(variants(smallest, 1f, noFigures, shortPoints, false));
        if (pinUp) {
            // Last: set compact (smaller badges, no settings line, less space), with narrower margins,
            // tips and introduction left out; every step, feel note and dose stay. The largest text
            // with the pictures first, then the largest without.
            for (RenderOptions opts : List.of(options, noFigures)) {
                for (float size = style.body(); size >= floor - 0.01f; size -= 0.5f) {
                    Style narrow = style.scaledTo(size).withMargins(PIN_UP_MARGIN, PIN_UP_MARGIN, PIN_UP_MARGIN + 8f);
                    ladder.addAll(variants(narrow, SMALL_PICTURES, opts, shortPoints, true));
                }
            }
        }
        HandoutLayout last = ladder.get(ladder.size() - 1);
        return Fit.first(ladder, layout -> {
            Laid laid = layout.attempt(handout, format);
            if (laid.pages().size() <= pages) {
                return Fit.Try.fits(laid);
            }
            if (layout != last) {
                return Fit.Try.fails(null);
            }
            // What --pages would fit: the fewest pages at the floor with smaller pictures, and without.
            int needed = fewestPages(variants(smallest, SMALL_PICTURES), handout, format);
            int bare = fewestPages(variants(smallest, 1f, noFigures, false, false), handout, format);
            return Fit.Try.fails(new UserError(ExitCode.DOES_NOT_FIT, "the handout needs " + needed
                    + " pages with " + fmt(floor) + " pt text, and " + bare
                    + " even without pictures; it does not fit on " + pages,
                    "ask for " + Hint.option("pages", Integer.toString(Math.min(needed, bare)))
                            + ", or choose fewer moves"));
        });
    }

    private static int fewestPages(List<HandoutLayout> ways, Handout handout, PageFormat format) {
        return ways.stream().mapToInt(w -> w.attempt(handout, format).pages().size()).min().orElseThrow();
    }

    /** The move's blocks, without its tips when this layout is lean. */
    private List<Block> body(MoveSection section) {
        return lean ? section.body().stream()
                .filter(b -> !(b instanceof Block.Paragraph p && p.kind() == Block.Paragraph.Kind.TIP)).toList()
                : section.body();
    }

    private Laid attempt(Handout handout, PageFormat format) {
        return new Laid(flow(handout, format), style.body(), pictureScale < 1f, options.figures(), shortSafety, !lean);
    }

    private static String fmt(float size) {
        return size == Math.rint(size) ? Integer.toString((int) size) : Float.toString(size);
    }

    private List<Page> flow(Handout handout, PageFormat format) {
        float width = format.width() - 2 * style.margin();
        Labels labels = Labels.of(handout.language());
        float bottom = contentBottom(handout.footer(), Face.REGULAR, format, labels);
        List<Paginator.Unit> units = new ArrayList<>();
        units.add(new Paginator.Unit(List.of(titleFrame(handout, width)), null));
        // Safety comes first, before anything else to read.
        // Moved whole, never split: on a page of its own only if it is taller than the room left.
        Block.SafetyBox safety = shortSafety ? handout.shortSafety() : handout.safety();
        float firstPageRoom = bottom - style.topMargin() - units.get(0).height() - 14f;
        units.add(new Paginator.Unit(blocks.safetyBoxFrames(safety, width, 14f, firstPageRoom),
                blocks.safetyContinued(safety, width, labels)));
        // A bilingual handout: the second language's own safety box right under the first.
        Block.SafetyBox second = shortSafety && handout.secondShortSafety() != null ? handout.secondShortSafety()
                : handout.secondSafety();
        if (second != null) {
            units.add(new Paginator.Unit(blocks.safetyBoxFrames(second, width, 8f, firstPageRoom),
                    blocks.safetyContinued(second, width, Labels.of(second.language()))));
        }
        if (handout.intro() != null && !lean) {
            units.add(new Paginator.Unit(blocks.paragraph(handout.intro(), width, 0, 14f, "the introduction"), null));
        }
        float laterTop = laterPageTop(handout.safetyReminder(), format);
        Paginator paginator = new Paginator(style.margin(), i -> i == 0 ? style.topMargin() : laterTop, bottom,
                pageTurnShare);
        units.forEach(paginator::place);
        int columns = options.columns();
        float columnWidth = columnWidth(width);
        if (columns > 1) {
            List<Float> lefts = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                lefts.add(style.margin() + c * (columnWidth + COLUMN_GAP));
            }
            paginator.startColumns(lefts, COLUMNS_TOP_GAP);
        }
        for (MoveSection section : handout.moves()) {
            // Large print sets each move like a column the page's width: the picture beside the dose,
            // the steps at the full measure (a picture beside them would leave a few words a line).
            List<Frame> frames = columns > 1 ? columnFrames(section, columnWidth)
                    : options.largePrint() ? wideFrames(section, width) : sectionFrames(section, width);
            paginator.place(Paginator.Unit.move(frames, continuation(section, columnWidth, labels)));
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
     * A move in a narrow column: its figure at the left of the dose and what you need (seen first,
     * as on exercise sheets), the steps at the column's full width, the back map beside the feel
     * note, and a video's QR code last.
     */
    List<Frame> columnFrames(MoveSection section, float width) {
        return columnFrames(section, width, false);
    }

    /**
     * A move across a wide measure (large print, a sheet): the figure at the right of the name and
     * the dose together, so the space beside a short dose is not left empty; the steps at the full
     * measure under them.
     */
    List<Frame> wideFrames(MoveSection section, float width) {
        return columnFrames(section, width, true);
    }

    /** {@link #columnFrames}, or with {@code pictureRight} {@link #wideFrames}. */
    private List<Frame> columnFrames(MoveSection section, float width, boolean pictureRight) {
        List<Frame> frames = new ArrayList<>();
        float indent = blocks.indent();
        float inner = width - indent;
        String where = "move \"" + section.moveId() + "\"";
        Pictures pictures = section.pictures();
        boolean figure = options.figures() && pictures.figure() != null;
        boolean map = options.figures() && RegionMap.shows(pictures.targets());
        float size = Math.min(COLUMN_PICTURE * style.scale() * pictureScale, inner / 2);
        float gap = SIDE_GAP * style.scale();
        boolean right = pictureRight && figure;
        float[] box = right ? rightFigure(pictures, width, size) : null;
        Frame heading = blocks.moveHeading(section, right ? width - box[0] - gap : width, moveSpace(),
                Frame.Role.HEADING);
        if (!right) {
            frames.add(heading);
        }
        List<Block> lead = new ArrayList<>();
        boolean stepsDone = false;
        for (Block block : body(section)) {
            if (!stepsDone && !(block instanceof Block.StepList)) {
                lead.add(block);
                continue;
            }
            if (block instanceof Block.StepList) {
                frames.addAll(right ? rightOfHeading(heading, lead, pictures, width, box, gap, where)
                        : leadFrames(lead, figure ? pictures : null, indent, inner, size, gap, where));
                stepsDone = true;
            }
            if (block instanceof Block.FeelNote note && map) {
                float mapHeight = COLUMN_MAP_HEIGHT * style.scale();
                float mapWidth = mapHeight * MAP_WIDTH / MAP_HEIGHT;
                Frame whole = blocks.feelWhole(note, inner - mapWidth - gap, indent, where, mapHeight);
                Op mapFigure = PictureColumn.map(pictures, width - mapWidth, 0, mapWidth, mapHeight);
                frames.add(PictureColumn.beside(List.of(whole), List.of(mapFigure), mapHeight).get(0));
            } else {
                frames.addAll(blocks.frames(block, inner, indent, where));
            }
        }
        if (!stepsDone) {
            frames.addAll(right ? rightOfHeading(heading, lead, pictures, width, box, gap, where)
                    : leadFrames(lead, figure ? pictures : null, indent, inner, size, gap, where));
        }
        // A video's QR code stays without figures too: it is a link, not a picture.
        List<Op> video = PictureColumn.video(fonts, style, pictures, indent, width);
        if (!video.isEmpty()) {
            frames.add(new Frame(PictureColumn.bottom(video), PICTURE_SPACE * style.scale(), video,
                    Frame.Role.PARAGRAPH, false));
        }
        return frames;
    }

    /** Space above a move's heading: less when compact. */
    private float moveSpace() {
        return (compact ? MOVE_SPACE / 2 : MOVE_SPACE) * style.scale();
    }

    /** The width of each of the handout's columns across {@code width}. */
    float columnWidth(float width) {
        int columns = options.columns();
        return (width - (columns - 1) * COLUMN_GAP) / columns;
    }

    /** The blocks before the steps, beside the figure when there is one (a frame of the figure alone when none). */
    private List<Frame> leadFrames(List<Block> lead, Pictures figure, float x, float width, float size, float gap,
                                   String where) {
        List<Frame> frames = new ArrayList<>();
        if (figure == null) {
            for (Block block : lead) {
                frames.addAll(blocks.frames(block, width, x, where));
            }
            return frames;
        }
        // A movement of several poses is wider than tall: it may take up to twice the slot's width
        // (never more than a share of the column), as tall as the slot at most.
        // The text beside keeps room for its label and a few words ("Your dose: Hold 20 seconds").
        float slot = Math.min(Math.min(size * WIDE_FIGURE, width * WIDE_FIGURE_SHARE),
                width - gap - MIN_BESIDE_EMS * style.body());
        float height = PictureColumn.figureHeight(figure, Math.max(size, slot), size);
        float figureWidth = Math.min(Math.max(size, slot), height * FigureRenderer.aspect(figure.figure()));
        if (height < size * OWN_ROW) {
            // A long movement (three poses lying down) would be a thin strip there: it gets a row of
            // its own across the column, glued to what follows it.
            float rowHeight = PictureColumn.figureHeight(figure, width, size);
            float rowWidth = rowHeight * FigureRenderer.aspect(figure.figure());
            frames.add(new Frame(rowHeight, PICTURE_SPACE * style.scale(),
                    List.of(PictureColumn.figure(figure, x, 0, rowWidth, rowHeight)), Frame.Role.PARAGRAPH, true));
            for (Block block : lead) {
                frames.addAll(blocks.frames(block, width, x, where));
            }
            return frames;
        }
        float textX = x + Math.max(size, figureWidth) + gap;
        float textWidth = width - Math.max(size, figureWidth) - gap;
        for (Block block : lead) {
            frames.addAll(blocks.frames(block, textWidth, textX, where));
        }
        Op picture = PictureColumn.figure(figure, x, 0, figureWidth, height);
        if (frames.isEmpty()) {
            return List.of(new Frame(height, PICTURE_SPACE * style.scale(), List.of(picture), Frame.Role.PARAGRAPH,
                    false));
        }
        // Start the text and the figure level, with the figure's usual space above both.
        Frame first = frames.get(0);
        frames.set(0, new Frame(first.height(), PICTURE_SPACE * style.scale(), first.ops(), first.role(),
                first.keepWithNext(), first.group()));
        return PictureColumn.beside(frames, List.of(picture), height);
    }

    /**
     * The width and height of a figure at the right of a move's name and dose: in large print as wide
     * as the picture column (at least 50 mm), elsewhere up to twice the column slot (a movement of
     * several poses is wider than tall), never more than a share of the measure.
     */
    private float[] rightFigure(Pictures figure, float width, float size) {
        float slot = options.largePrint() ? LARGE_SIDE_COLUMN * pictureScale
                : Math.min(size * WIDE_FIGURE, width * WIDE_FIGURE_SHARE);
        float height = PictureColumn.figureHeight(figure, slot, options.largePrint() ? slot : size);
        return new float[] {height * FigureRenderer.aspect(figure.figure()), height};
    }

    /** The heading and the blocks before the steps, with the figure ({@code box}: width, height) at the right of both. */
    private List<Frame> rightOfHeading(Frame heading, List<Block> lead, Pictures figure, float width, float[] box,
                                       float gap, String where) {
        List<Frame> frames = new ArrayList<>(List.of(heading));
        float indent = blocks.indent();
        for (Block block : lead) {
            frames.addAll(blocks.frames(block, width - indent - box[0] - gap, indent, where));
        }
        Op picture = PictureColumn.figure(figure, width - box[0], 0, box[0], box[1]);
        return PictureColumn.beside(frames, List.of(picture), box[1]);
    }

    List<Frame> sectionFrames(MoveSection section, float width) {
        List<Frame> frames = new ArrayList<>();
        frames.add(blocks.moveHeading(section, width, moveSpace(), Frame.Role.HEADING));
        float indent = blocks.indent();
        float inner = width - indent;
        String where = "move \"" + section.moveId() + "\"";
        Pictures pictures = section.pictures();
        float column = options.largePrint() ? LARGE_SIDE_COLUMN : SIDE_COLUMN;
        List<Op> side = PictureColumn.ops(fonts, style, pictures, options.figures(), width - column, column);
        boolean map = options.figures() && RegionMap.shows(pictures.targets());
        for (Block block : body(section)) {
            if (block instanceof Block.StepList && !side.isEmpty()) {
                List<Frame> steps = blocks.frames(block, inner - column - SIDE_GAP, indent, where);
                frames.addAll(PictureColumn.beside(steps, side, PictureColumn.bottom(side)));
            } else if (block instanceof Block.FeelNote note && map) {
                // The note stays whole, as wide as the steps, with its map centred in the picture column.
                Frame whole = blocks.feelWhole(note, inner - column - SIDE_GAP, indent, where, MAP_HEIGHT);
                float mapX = width - (column + MAP_WIDTH) / 2;
                Op mapFigure = PictureColumn.map(pictures, mapX, 0, MAP_WIDTH, MAP_HEIGHT);
                frames.add(PictureColumn.beside(List.of(whole), List.of(mapFigure), MAP_HEIGHT).get(0));
            } else {
                frames.addAll(blocks.frames(block, inner, indent, where));
            }
        }
        return frames;
    }

    Frame continuation(MoveSection section, float width, Labels labels) {
        return blocks.continuation(section, width, labels);
    }

    /** Footer on every page; on later pages a safety reminder band at the top. */
    private List<Op> decorations(Handout handout, PageFormat format, int index, int count) {
        List<Op> ops = new ArrayList<>(footer(handout.footer(), Face.REGULAR, Palette.MUTED, "the title", format,
                index, count, Labels.of(handout.language())));
        if (index > 0) {
            ops.addAll(reminder(handout.safetyReminder(), format));
        }
        return ops;
    }

    /**
     * Where content ends on a page: the bottom margin, or higher when a footer of {@code text} wraps
     * onto a second line, so nothing runs into the footer's rule.
     */
    float contentBottom(String text, Face face, PageFormat format, Labels labels) {
        float size = style.small();
        float footY = format.height() - Math.max(style.bottomMargin() / 2, FOOTER_FROM_EDGE);
        float width = format.width() - 2 * style.margin() - fonts.width(labels.text("page", "999", "999"), Face.REGULAR, size)
                - FOOTER_GAP;
        int lines = blocks.lines(text, face, size, width, 0).size();
        float ruleY = footY - (lines - 1) * style.lineHeight(size) - size * FOOTER_RULE_GAP;
        return Math.min(format.height() - style.bottomMargin(), ruleY - FOOTER_CLEARANCE);
    }

    /**
     * The foot of a page: a hairline, "Page N of M" at the right and {@code text} at the left,
     * wrapped onto a second line rather than cut; longer than that is an error naming {@code what}
     * (never the text itself, which may be a patient's name).
     */
    List<Op> footer(String text, Face face, Color color, String what, PageFormat format, int index,
                    int count, Labels labels) {
        List<Op> ops = new ArrayList<>();
        float size = style.small();
        float left = style.margin();
        float right = format.width() - style.margin();
        // Half the bottom margin below the text, but never nearer the edge than printers reach.
        float footY = format.height() - Math.max(style.bottomMargin() / 2, FOOTER_FROM_EDGE);
        String pageText = labels.text("page", Integer.toString(index + 1), Integer.toString(count));
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
