package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
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
    record Unit(List<Frame> frames, Frame continuation, boolean splittable) {
        Unit {
            frames = List.copyOf(frames);
        }

        Unit(List<Frame> frames, Frame continuation) {
            this(frames, continuation, false);
        }

        static Unit splittable(List<Frame> frames, Frame continuation) {
            return new Unit(frames, continuation, true);
        }

        float height() {
            return Paginator.height(frames, true);
        }
    }

    /** A unit too tall for a whole page or column starts in a fresh one unless this share is left. */
    private static final float MIN_START_SHARE = 1f / 3f;

    private final float x;
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

    /** Content runs from {@code top(pageIndex)} down to {@code bottom}, at left edge {@code x}. */
    Paginator(float x, Function<Integer, Float> top, float bottom) {
        this.x = x;
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    List<List<Page.Placed>> flow(List<Unit> units) {
        units.forEach(this::place);
        return pages;
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
        if (needed > room() && canMove() && unit.height() <= fullRoom()) {
            newArea();
            // A column that starts low (under the first page's title) may still be too short.
            while (unit.height() > room() && room() < fullRoom()) {
                newArea();
            }
        } else if (needed > room() && canMove() && room() < fullRoom() * MIN_START_SHARE) {
            // Too tall for any page or column: it will be split anyway, but not started in a corner.
            newArea();
        }
        List<Frame> frames = unit.frames();
        int i = 0;
        boolean started = false;
        while (i < frames.size()) {
            int end = chainEnd(frames, i);
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
                put(frame);
                started = true;
            }
            i = end + 1;
        }
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
        int end = start;
        while (end < frames.size() - 1 && frames.get(end).keepWithNext()) {
            end++;
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
        column = 0;
        columnTop = y;
        areaEmpty = true;
    }
}
