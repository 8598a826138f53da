package org.movecard.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Flows units of frames down pages. A unit (a whole move) goes onto one page when it fits there;
 * otherwise it breaks between frames, honouring {@link Frame#keepWithNext()} chains that fit on an
 * empty page (a heading is never left alone at the foot of a page). A unit continued on a new page
 * gets a continuation frame first.
 */
final class Paginator {
    /**
     * A group of frames to keep together when possible; {@code continuation} may be null. A
     * {@code splittable} unit (a long box of text) does not move whole to the next page to avoid a
     * break: it fills the room left and continues, as long as its first two frames fit together.
     */
    record Unit(List<Frame> frames, Frame continuation, boolean splittable, Set<Integer> soft) {
        Unit {
            frames = List.copyOf(frames);
            soft = Set.copyOf(soft);
        }

        Unit(List<Frame> frames, Frame continuation) {
            this(frames, continuation, false, Set.of());
        }

        static Unit splittable(List<Frame> frames, Frame continuation) {
            return new Unit(frames, continuation, true, Set.of());
        }

        float height() {
            return Paginator.height(frames, true);
        }

        /**
         * A move: it may break between its steps, but its heading goes with its first step and its
         * last step with everything after it (feel note, dose, tips, pictures), so a continuation
         * never starts without a step and never carries only a dose or a tip. That glue is soft:
         * where it would make a piece taller than a whole page or card, only the frames' own glue
         * (the lines of one step, a picture beside its text) holds, so a step is still never split.
         */
        static Unit move(List<Frame> frames, Frame continuation) {
            List<Integer> stepStarts = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                if (startsStep(frames.get(i))) {
                    stepStarts.add(i);
                }
            }
            Set<Integer> soft = new HashSet<>();
            int firstStepEnd = stepStarts.size() > 1 ? stepStarts.get(1) - 1 : frames.size() - 1;
            int lastStep = stepStarts.isEmpty() ? 0 : stepStarts.get(stepStarts.size() - 1);
            for (int i = 0; i < frames.size() - 1; i++) {
                if (i < firstStepEnd || i >= lastStep) {
                    soft.add(i);
                }
            }
            return new Unit(frames, continuation, false, soft);
        }

        private static boolean startsStep(Frame frame) {
            return frame.role() == Frame.Role.STEP && frame.ops().stream()
                    .anyMatch(op -> op instanceof Op.Text t && t.tag() != null && t.tag().kind() == Op.Tag.Kind.LABEL);
        }
    }

    /** A unit too tall for a whole page or column starts in a fresh one unless this share is left. */
    private static final float MIN_START_SHARE = 1f / 3f;
    /**
     * A unit that fits a fresh area but not the room left starts here and continues when at least
     * this share of a full area is left: in a column with another beside it on the same page, and
     * in a page's last column (or a one-column page).
     */
    private static final float SAME_PAGE_START_SHARE = 0.22f;
    static final float NEW_PAGE_START_SHARE = 0.4f;
    /** The page-turn share a layout may try when that saves a page. */
    static final float EAGER_PAGE_TURN_SHARE = 0.2f;

    private final float x;
    private final float pageTurnShare;
    private final Function<Integer, Float> top;
    private final float bottom;
    private final List<List<Page.Placed>> pages = new ArrayList<>();
    private List<Page.Placed> current;
    private float y;
    /** Left edges of the columns once {@link #startColumns} was called; one column until then. */
    private List<Float> columns = List.of();
    private int column;
    /** Where the columns of the current page start. */
    private float columnTop;
    /** Nothing placed yet in the current column (or page): no space before the next frame. */
    private boolean areaEmpty;
    /** The lowest bottom of anything placed on the current page. */
    private float lowest;
    /** The page (from 0) on which the last unit placed began. */
    private int lastStartPage;

    /** Content runs from {@code top(pageIndex)} down to {@code bottom}, at left edge {@code x}. */
    Paginator(float x, Function<Integer, Float> top, float bottom) {
        this(x, top, bottom, NEW_PAGE_START_SHARE);
    }

    /**
     * {@code pageTurnShare}: a unit continues over a page turn rather than leave the page's last
     * column when at least this share of it is left (see {@link #NEW_PAGE_START_SHARE}).
     */
    Paginator(float x, Function<Integer, Float> top, float bottom, float pageTurnShare) {
        this.pageTurnShare = pageTurnShare;
        this.x = x;
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    List<List<Page.Placed>> flow(List<Unit> units) {
        units.forEach(this::place);
        return pages;
    }

    /** The page (from 0) on which the last unit placed by {@link #place} began. */
    int lastStartPage() {
        return lastStartPage;
    }

    /** The pages so far, for callers that place units one by one. */
    List<List<Page.Placed>> pages() {
        return pages;
    }

    /**
     * From here on, units flow down columns starting at the given left edges: down the first,
     * then the next, then on to the next page. Full-width content above stays where it is.
     */
    void startColumns(List<Float> lefts, float gap) {
        columns = List.copyOf(lefts);
        column = 0;
        if (!current.isEmpty()) {
            y += gap;
        }
        columnTop = y;
        areaEmpty = true;
    }

    void place(Unit unit) {
        float needed = unit.height() + (areaEmpty ? 0 : unit.frames().get(0).spaceBefore());
        if (unit.splittable() && needed > room()) {
            placeSplitting(unit);
            return;
        }
        if (needed > room() && canMove() && !worthStartingHere(unit)) {
            newArea();
            // A column that starts low (under the first page's title) may still be too short.
            while (unit.height() > room() && room() < fullRoom() && !worthStartingHere(unit)) {
                newArea();
            }
        }
        List<Frame> frames = unit.frames();
        int i = 0;
        boolean started = false;
        while (i < frames.size()) {
            int end = chainEnd(unit, i);
            List<Frame> chain = frames.subList(i, end + 1);
            if (height(chain, areaEmpty) > room() && canMove()
                    && height(chain, true) <= fullRoom()) {
                newArea();
                if (started && unit.continuation() != null) {
                    put(unit.continuation());
                }
            }
            for (Frame frame : chain) {
                if (frame.height() > room() && !areaEmpty) {
                    newArea();
                    if (started && unit.continuation() != null) {
                        put(unit.continuation());
                    }
                }
                if (!started) {
                    lastStartPage = pages.size() - 1;
                }
                put(frame);
                started = true;
            }
            i = end + 1;
        }
    }

    /**
     * Whether a unit that does not fit in the room left should start here and continue in the next
     * column or page, rather than move there whole: yes when it has a break it may take (its first
     * chain fits here) and moving would leave a good share of this area empty. An empty column is
     * cheap to leave only when it is a sliver; a page's last column is left more readily, since a
     * move read across a page turn is harder to follow than one read across two columns.
     */
    private boolean worthStartingHere(Unit unit) {
        List<Frame> frames = unit.frames();
        int firstEnd = chainEnd(unit, 0);
        if (firstEnd == frames.size() - 1 && unit.height() <= fullRoom()) {
            return false;
        }
        float first = height(frames.subList(0, firstEnd + 1), true);
        if (first > fullRoom()) {
            // Taller than any page: it is cut wherever it starts, so start it unless this is a corner.
            return room() >= MIN_START_SHARE * fullRoom();
        }
        if (height(frames.subList(0, firstEnd + 1), areaEmpty) > room()) {
            return false;
        }
        float share = unit.height() > fullRoom() ? MIN_START_SHARE
                : column + 1 < columns.size() ? SAME_PAGE_START_SHARE : pageTurnShare;
        return room() >= share * fullRoom();
    }

    /**
     * Back to the full width below the columns: what follows starts under the lowest column on
     * this page (or at the top of a new page's content when the columns ended a page).
     */
    void endColumns(float gap) {
        if (columns.isEmpty()) {
            return;
        }
        columns = List.of();
        column = 0;
        y = Math.max(y, lowest);
        if (!current.isEmpty()) {
            y += gap;
        }
        areaEmpty = current.isEmpty();
    }

    private void placeSplitting(Unit unit) {
        List<Frame> frames = unit.frames();
        float opening = height(frames.subList(0, Math.min(2, frames.size())), areaEmpty);
        if (opening > room() && !areaEmpty) {
            newArea();
        }
        for (int i = 0; i < frames.size(); i++) {
            Frame frame = frames.get(i);
            if (frame.height() + (areaEmpty ? 0 : frame.spaceBefore()) > room() && !areaEmpty) {
                newArea();
                if (i > 0 && unit.continuation() != null) {
                    put(unit.continuation());
                }
            }
            put(frame);
        }
    }

    private static int chainEnd(List<Frame> frames, int start) {
        return chainEnd(frames, Set.of(), start);
    }

    private static int chainEnd(List<Frame> frames, Set<Integer> soft, int start) {
        int end = start;
        while (end < frames.size() - 1 && (frames.get(end).keepWithNext() || soft.contains(end))) {
            end++;
        }
        return end;
    }

    /** Where the piece starting at {@code start} ends: with the unit's soft glue while that fits a whole area. */
    private int chainEnd(Unit unit, int start) {
        int end = chainEnd(unit.frames(), unit.soft(), start);
        if (height(unit.frames().subList(start, end + 1), true) > fullRoom()) {
            end = chainEnd(unit.frames(), start);
        }
        return end;
    }

    /** The height of frames stacked in order; {@code atTop}: the first one's space before is dropped. */
    static float height(List<Frame> chain, boolean atTop) {
        float h = 0;
        for (int i = 0; i < chain.size(); i++) {
            h += chain.get(i).height() + (i == 0 && atTop ? 0 : chain.get(i).spaceBefore());
        }
        return h;
    }

    private void put(Frame frame) {
        if (!areaEmpty) {
            y += frame.spaceBefore();
        }
        current.add(new Page.Placed(frame, columns.isEmpty() ? x : columns.get(column), y));
        y += frame.height();
        lowest = Math.max(lowest, y);
        areaEmpty = false;
    }

    /**
     * Whether moving on to the next column or page can win room: yes when something is already
     * here, or when this area is shorter than a full one (columns under the first page's title).
     */
    private boolean canMove() {
        return !areaEmpty || room() < fullRoom() - 0.5f;
    }

    private float room() {
        return bottom - y;
    }

    /** The room on a fresh page (the next one: later pages may start lower than the first). */
    private float fullRoom() {
        return bottom - top.apply(pages.size());
    }

    /** The next column of this page, or the first of a new page. */
    private void newArea() {
        if (column + 1 < columns.size()) {
            column++;
            y = columnTop;
            areaEmpty = true;
        } else {
            newPage();
        }
    }

    private void newPage() {
        current = new ArrayList<>();
        pages.add(current);
        y = top.apply(pages.size() - 1);
        lowest = y;
        column = 0;
        columnTop = y;
        areaEmpty = true;
    }
}
