package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;
import org.movecard.document.Block;
import org.movecard.document.CardDeck;
import org.movecard.document.MoveSection;
import org.movecard.language.Labels;
import org.movecard.layout.Style.Palette;

/**
 * The fit engine for pocket cards. Picks the largest text size, from the format's preferred size
 * down to its minimum, at which every move fits whole on one card face; at the minimum, a move that
 * still does not fit continues on the next face, marked as continued. Steps are never split: a step
 * that cannot fit an empty face at the minimum size is an error naming the move and the step.
 */
public final class CardLayout {
    /** The coloured band across the top of each face; it runs into the bleed. */
    private static final float BAR = 2.2f * PageFormat.MM;
    private static final float GAP = 1.5f * PageFormat.MM;
    /** Pictures under a move: this share of the card's width, at least 15 mm and at most 30 mm high. */
    private static final float PICTURE_SHARE = 0.34f;
    private static final float MIN_PICTURE = 15 * PageFormat.MM;
    /** How far below its starting size a deck's text may go to keep its pictures. */
    static final float PICTURES_BEFORE_TEXT = 1f;
    private static final float MAX_PICTURE = 30 * PageFormat.MM;
    /** Picture heights tried for a deck, largest first, in steps of this. */
    private static final float PICTURE_STEP = 1 * PageFormat.MM;
    /** A figure squeezed below this height by its poses' width is too small to read: no pictures. */
    private static final float MIN_FIGURE = 12 * PageFormat.MM;
    /** A routine name longer than this many footer lines is an error rather than a crowded card. */
    private static final int MAX_FOOTER_LINES = 2;
    /** A face must keep at least this share of its height for moves after the safety band. */
    private static final float MIN_CONTENT_SHARE = 0.35f;

    private final Metrics fonts;

    /** A text size as people write it: "7", "8.5". */
    static String points(float size) {
        return size == Math.rint(size) ? Integer.toString((int) size) : Float.toString(size);
    }

    public CardLayout(Metrics fonts) {
        this.fonts = fonts;
    }

    /** Laid-out faces: fronts in order, and (duplex) the back of each front at the same index. */
    public record CardSet(List<Page> fronts, List<Page> backs, float textSize) {
        public CardSet {
            fronts = List.copyOf(fronts);
            backs = List.copyOf(backs);
        }
    }

    /**
     * Lays the deck out. The text size is chosen as if there were no pictures; then, with
     * {@code figures}, every move gets its pictures under its text, at the largest height from 30 mm
     * down to 15 mm at which every move still fits whole on a face that way, else none does. Pictures
     * teach, so the text may first go up to {@value #PICTURES_BEFORE_TEXT} pt below its starting size
     * (never below the format's minimum) to keep a picture on every card; past that, larger text wins.
     */
    public CardSet layout(CardDeck deck, CardFormat format, boolean duplex, boolean figures) {
        if (figures) {
            float start = format.sizes().get(0);
            for (float size : format.sizes()) {
                if (size < start - PICTURES_BEFORE_TEXT - 0.01f) {
                    break;
                }
                Attempt attempt = new Attempt(deck, format, duplex, size, true);
                if (attempt.problem(size == format.minimum()) == null && attempt.pictured()) {
                    return attempt.flow();
                }
            }
        }
        return Fit.first(format.sizes(), size -> {
            Attempt attempt = new Attempt(deck, format, duplex, size, figures);
            UserError failure = attempt.problem(size == format.minimum());
            return failure == null ? Fit.Try.fits(attempt.flow()) : Fit.Try.<CardSet>fails(failure);
        });
    }

    /** One try at one text size. */
    private final class Attempt {
        private final CardDeck deck;
        private final CardFormat format;
        private final PageFormat page;
        private final boolean duplex;
        private final float size;
        private final Style style;
        private final Blocks blocks;
        private final float left;
        private final float width;
        private final float contentTop;
        private final float footerBaseline;
        private final List<String> footerName;
        private final float footerTop;
        private final Frame band;
        private final float contentBottom;
        private final boolean figures;

        Attempt(CardDeck deck, CardFormat format, boolean duplex, float size, boolean figures) {
            this.figures = figures;
            this.deck = deck;
            this.format = format;
            this.page = format.page();
            this.duplex = duplex;
            this.size = size;
            this.style = Style.card(size);
            this.blocks = new Blocks(fonts, style);
            float inset = page.bleed() + CardFormat.SAFE;
            this.left = inset;
            this.width = page.width() - 2 * inset;
            this.contentTop = Math.max(inset, page.bleed() + BAR + GAP);
            this.footerBaseline = page.height() - inset - fonts.descent(Face.REGULAR, size);
            fonts.requireGlyphs(deck.title(), Face.REGULAR, "the card title");
            float placeWidth = fonts.width(place(99, 99), Face.BOLD, size);
            this.footerName = blocks.lines(deck.title(), Face.REGULAR, size, width - placeWidth - 2 * GAP, 0);
            this.footerTop = footerBaseline - (footerName.size() - 1) * style.lineHeight(size)
                    - fonts.capHeight(Face.REGULAR, size) - GAP;
            this.band = duplex ? null : blocks.safetyBand(deck.safety(), width);
            this.contentBottom = band == null ? footerTop : footerTop - GAP - band.height();
        }

        /** Why this size cannot work, or null when it can. Moves must fit whole unless at the minimum. */
        UserError problem(boolean atMinimum) {
            if (footerName.size() > MAX_FOOTER_LINES) {
                return new UserError(ExitCode.DOES_NOT_FIT, "the routine name \"" + deck.title() + "\" is too long for the"
                        + " footer of a " + format.name() + " card even at " + points(format.minimum()) + " pt",
                        "give a shorter name with " + Hint.option("title"));
            }
            float faceRoom = footerBaselineRoom();
            if (contentBottom - contentTop < MIN_CONTENT_SHARE * faceRoom) {
                return new UserError(ExitCode.DOES_NOT_FIT, "the safety text does not fit on a " + format.name()
                        + " card front even at " + points(format.minimum()) + " pt",
                        "give the catalogue shorter \"shortPoints\" in its safety section, print duplex "
                                + "(" + Hint.option("duplex", "long-edge") + ") to put safety on the back, or choose a larger "
                                + Hint.option("format"));
            }
            if (duplex) {
                UserError back = backProblem();
                if (back != null) {
                    return back;
                }
            }
            float room = contentBottom - contentTop;
            for (MoveSection move : deck.moves()) {
                List<Frame> plain = frames(move, 0f);
                // The heading is glued to the first line after it: both must fit on an empty face.
                if (Paginator.height(plain.subList(0, 2), true) > room) {
                    return new UserError(ExitCode.DOES_NOT_FIT, "move \"" + move.moveId() + "\": its name and first line"
                            + " do not fit on an empty " + format.name() + " card even at " + points(format.minimum()) + " pt",
                            "give the move a shorter name, or choose a larger " + Hint.option("format"));
                }
                List<String> steps = steps(move);
                for (int i = 0; i < steps.size(); i++) {
                    if (blocks.stepHeight(steps.get(i), width - blocks.indent()) > room) {
                        return new UserError(ExitCode.DOES_NOT_FIT, "move \"" + move.moveId() + "\" step " + (i + 1)
                                + " does not fit on an empty " + format.name() + " card even at " + points(format.minimum())
                                + " pt", "split the step into shorter steps, or choose a larger "
                                + Hint.option("format"));
                    }
                }
                if (Paginator.height(plain, true) > room && !(atMinimum && format.continues())) {
                    return new UserError(ExitCode.DOES_NOT_FIT, "move \"" + move.moveId() + "\" does not fit whole on a "
                            + format.name() + " card even at " + points(format.minimum()) + " pt, and a " + format.name()
                            + " card must hold a whole move",
                            (duplex ? "" : "print double-sided (" + Hint.option("duplex", "long-edge")
                                    + ") to put the safety notes on the back, ")
                                    + "choose a larger " + Hint.option("format") + " (a7 or a6), or give the move fewer or"
                                    + " shorter steps");
                }
            }
            return null;
        }

        private float footerBaselineRoom() {
            return footerBaseline - contentTop;
        }

        private UserError backProblem() {
            Frame safety = blocks.safetyBox(deck.safety(), width, 0);
            if (backTop() + safety.height() > footerTop) {
                return new UserError(ExitCode.DOES_NOT_FIT, "the safety text does not fit on a " + format.name()
                        + " card back even at " + points(format.minimum()) + " pt",
                        "give the catalogue shorter \"shortPoints\" in its safety section, or choose a larger "
                                + Hint.option("format"));
            }
            return null;
        }

        CardSet flow() {
            List<Paginator.Unit> units = new ArrayList<>();
            for (MoveSection move : deck.moves()) {
                units.add(Paginator.Unit.move(frames(move), blocks.continuation(move, width, Labels.of(deck.language()))));
            }
            var faces = new Paginator(left, i -> contentTop, contentBottom).flow(units);
            List<Page> fronts = new ArrayList<>();
            List<Page> backs = new ArrayList<>();
            for (int i = 0; i < faces.size(); i++) {
                List<Op> decorations = new ArrayList<>(frame(i, faces.size()));
                List<Page.Placed> placed = new ArrayList<>(faces.get(i));
                if (band != null) {
                    placed.add(new Page.Placed(band, left, footerTop - band.height()));
                }
                fronts.add(new Page(page, placed, decorations));
                if (duplex) {
                    backs.add(back(i, faces.size()));
                }
            }
            return new CardSet(fronts, backs, size);
        }

        private Page back(int index, int count) {
            List<Page.Placed> placed = new ArrayList<>();
            float y = backTop();
            List<Op> ops = new ArrayList<>();
            float h = 0;
            for (String line : backTitle()) {
                h += style.lineHeight(style.heading());
                ops.add(new Op.Text(0, h - style.heading() * 0.3f, line, Face.BOLD, style.heading(), Palette.INK,
                        Op.Tag.PARAGRAPH));
            }
            // The routine name on a back is a caption, not a heading: on cards each move is the top heading.
            placed.add(new Page.Placed(new Frame(h, 0, ops, Frame.Role.PARAGRAPH, false), left, contentTop));
            placed.add(new Page.Placed(blocks.safetyBox(deck.safety(), width, 0), left, y));
            return new Page(page, placed, frame(index, count));
        }

        private List<String> backTitle() {
            return blocks.lines(deck.title(), Face.BOLD, style.heading(), width, 0);
        }

        private float backTop() {
            return contentTop + style.lineHeight(style.heading()) * backTitle().size() + GAP;
        }

        /** The band across the top (into the bleed) and the footer: routine name and "2 / 3". */
        private List<Op> frame(int index, int count) {
            List<Op> ops = new ArrayList<>();
            ops.add(new Op.Box(0, 0, page.width(), page.bleed() + BAR, Palette.ACCENT, null, 0, 0));
            String place = place(index + 1, count);
            float placeWidth = fonts.width(place, Face.BOLD, size);
            ops.add(new Op.Text(left + width - placeWidth, footerBaseline, place, Face.BOLD, size, Palette.ACCENT));
            float baseline = footerBaseline - (footerName.size() - 1) * style.lineHeight(size);
            for (String line : footerName) {
                ops.add(new Op.Text(left, baseline, line, Face.REGULAR, size, Palette.MUTED));
                baseline += style.lineHeight(size);
            }
            return ops;
        }

        private static String place(int index, int count) {
            return index + " / " + count;
        }

        /**
         * The move with its pictures under it when every move of the deck then still fits whole on one
         * face, else without: pictures on every card or on none, and the text size was chosen first,
         * so legibility always wins over pictures.
         */
        private List<Frame> frames(MoveSection move) {
            return frames(move, pictureSize());
        }

        /** Whether this size leaves room for pictures on every card. */
        boolean pictured() {
            return pictureSize() > 0;
        }

        /** The deck's picture height, decided once for all its moves; 0 for none. */
        private Float pictureSize;

        /**
         * The largest picture height, from the format's share of the width down to
         * {@link #MIN_PICTURE} (so a back map is never smaller), at which every move still fits
         * whole on a face with its pictures; 0 when none does.
         */
        private float pictureSize() {
            if (pictureSize == null) {
                pictureSize = 0f;
                float largest = Math.min(width * PICTURE_SHARE, MAX_PICTURE);
                for (float size = largest; figures && size >= MIN_PICTURE - 0.01f; size -= PICTURE_STEP) {
                    float s = size;
                    if (deck.moves().stream().allMatch(m -> !tooSmall(m, s)
                            && Paginator.height(measured(m, s), true) <= contentBottom - contentTop)) {
                        pictureSize = size;
                        break;
                    }
                }
            }
            return pictureSize;
        }

        private List<Frame> frames(MoveSection move, float pictures) {
            List<Frame> frames = text(move);
            Frame strip = pictures > 0 ? pictureStrip(move, blocks.indent(), pictures) : null;
            if (strip != null) {
                frames.add(strip);
            }
            return frames;
        }

        /** As {@link #frames}, with the picture strip only as tall as it will be, not drawn. */
        private List<Frame> measured(MoveSection move, float pictures) {
            List<Frame> frames = text(move);
            float indent = blocks.indent();
            float bottom = PictureColumn.rowBottom(fonts, style, move.pictures(), indent, width - indent, pictures,
                    GAP * 2);
            if (bottom > 0) {
                frames.add(new Frame(Math.max(pictures, bottom), GAP * 2, List.of(), Frame.Role.PARAGRAPH, false));
            }
            return frames;
        }

        /** The move's heading and body, without pictures. */
        private List<Frame> text(MoveSection move) {
            List<Frame> frames = new ArrayList<>();
            frames.add(blocks.moveHeading(move, width, 6f * style.scale(), Frame.Role.TITLE));
            float indent = blocks.indent();
            String where = "move \"" + move.moveId() + "\"";
            for (Block block : move.body()) {
                frames.addAll(blocks.frames(block, width - indent, indent, where));
            }
            return frames;
        }

        /**
         * The move's pictures in a row under its text, text at full width: the figure, the back map
         * and the video's QR code, {@code size} high. Null when there is nothing to show.
         */
        private Frame pictureStrip(MoveSection move, float indent, float size) {
            List<Op> ops = PictureColumn.row(fonts, style, move.pictures(), indent, width - indent, size, GAP * 2);
            return ops.isEmpty() ? null
                    : new Frame(Math.max(size, PictureColumn.bottom(ops)), GAP * 2, ops, Frame.Role.PARAGRAPH, false);
        }

        /** The move's figure would be squeezed too small to read beside its back map and code. */
        private boolean tooSmall(MoveSection move, float size) {
            return move.pictures().figure() != null && PictureColumn.rowFigureHeight(move.pictures(),
                    width - blocks.indent(), size, GAP * 2) < MIN_FIGURE;
        }

        private List<String> steps(MoveSection move) {
            return move.body().stream().filter(b -> b instanceof Block.StepList)
                    .flatMap(b -> ((Block.StepList) b).steps().stream()).toList();
        }
    }
}
