package org.movecard.document;

import java.util.List;

/**
 * One move as it appears on paper: its number in the routine, its heading, a line saying where and
 * what it works ("On a chair · Upper back, Middle back"), and its body blocks in reading order.
 * The heading is never separated from the first body block.
 */
public record MoveSection(int number, String moveId, Block.Heading heading, String meta, List<Block> body) {
    public MoveSection {
        if (number < 1) {
            throw new IllegalArgumentException("move number " + number);
        }
        body = List.copyOf(body);
    }
}
