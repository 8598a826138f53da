package org.movecard.layout;

import java.util.List;

/** A finished page: frames at their positions plus page decorations (header, footer), in page coordinates. */
public record Page(PageFormat format, List<Placed> frames, List<Op> decorations) {
    public Page {
        frames = List.copyOf(frames);
        decorations = List.copyOf(decorations);
    }

    /** A frame whose top left corner sits at (x, y), y measured down from the top of the page. */
    public record Placed(Frame frame, float x, float y) {
    }
}
