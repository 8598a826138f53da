package org.movecard.layout;

import java.util.List;

/**
 * A finished piece of layout: its height, its drawing ops and the role it plays (for tags).
 * {@code spaceBefore} is dropped at the top of a page. {@code keepWithNext} glues it to the next
 * frame, as long as the glued chain fits on an empty page. Frames with the same {@code group} (the
 * lines of one step list) belong to one structure element; {@code null} means a frame of its own.
 */
public record Frame(float height, float spaceBefore, List<Op> ops, Role role, boolean keepWithNext, Object group) {
    public Frame {
        ops = List.copyOf(ops);
    }

    public Frame(float height, float spaceBefore, List<Op> ops, Role role, boolean keepWithNext) {
        this(height, spaceBefore, ops, role, keepWithNext, null);
    }

    public Frame keepingWithNext() {
        return new Frame(height, spaceBefore, ops, role, true, group);
    }

    /** What a frame is, for structure tags; ARTIFACT frames are decoration. */
    public enum Role { TITLE, HEADING, PARAGRAPH, STEP, NOTE, SAFETY, ARTIFACT }
}
