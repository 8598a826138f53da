package org.movecard.typeset;

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

    private final float x;
    private final Function<Integer, Float> top;
    private final float bottom;
    private final List<List<Page.Placed>> pages = new ArrayList<>();
    private List<Page.Placed> current;
    private float y;

    /** Content runs from {@code top(pageIndex)} down to {@code bottom}, at left edge {@code x}. */
    Paginator(float x, Function<Integer, Float> top, float bottom) {
        this.x = x;
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    List<List<Page.Placed>> flow(List<Unit> units) {
        for (Unit unit : units) {
            place(unit);
        }
        return pages;
    }

    private void place(Unit unit) {
        float needed = unit.height() + (current.isEmpty() ? 0 : unit.frames().get(0).spaceBefore());
        if (unit.splittable() && needed > room()) {
            placeSplitting(unit);
            return;
        }
        if (needed > room() && !current.isEmpty() && unit.height() <= fullRoom()) {
            newPage();
        }
        List<Frame> frames = unit.frames();
        int i = 0;
        boolean started = false;
        while (i < frames.size()) {
            int end = chainEnd(frames, i);
            List<Frame> chain = frames.subList(i, end + 1);
            if (height(chain, current.isEmpty()) > room() && !current.isEmpty()
                    && height(chain, true) <= fullRoom()) {
                newPage();
                if (started && unit.continuation() != null) {
                    put(unit.continuation());
                }
            }
            for (Frame frame : chain) {
                if (frame.height() > room() && !current.isEmpty()) {
                    newPage();
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
        float opening = height(frames.subList(0, Math.min(2, frames.size())), current.isEmpty());
        if (opening > room() && !current.isEmpty()) {
            newPage();
        }
        for (int i = 0; i < frames.size(); i++) {
            Frame frame = frames.get(i);
            if (frame.height() + (current.isEmpty() ? 0 : frame.spaceBefore()) > room() && !current.isEmpty()) {
                newPage();
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
        if (!current.isEmpty()) {
            y += frame.spaceBefore();
        }
        current.add(new Page.Placed(frame, x, y));
        y += frame.height();
    }

    private float room() {
        return bottom - y;
    }

    /** The room on a fresh page (the next one: later pages may start lower than the first). */
    private float fullRoom() {
        return bottom - top.apply(pages.size());
    }

    private void newPage() {
        current = new ArrayList<>();
        pages.add(current);
        y = top.apply(pages.size() - 1);
    }
}
