package org.movecard.document;

import java.util.List;

/**
 * One move as it appears on paper: its number in the routine, its heading, a line saying where and
 * what it works ("On a chair · Upper back, Middle back"), and its body blocks in reading order.
 * The heading is never separated from the first body block. {@code pictures} says what may be
 * drawn beside the text (figure, region map, video link); layouts are free to leave it out.
 * {@code secondName}, in a bilingual document, is the move's name in the second language (else null).
 */
public record MoveSection(int number, String moveId, Block.Heading heading, String meta, List<Block> body,
                          Pictures pictures, Block.Second secondName) {
    /** A section without pictures. */
    public MoveSection(int number, String moveId, Block.Heading heading, String meta, List<Block> body) {
        this(number, moveId, heading, meta, body, Pictures.NONE, null);
    }

    /** A section in one language. */
    public MoveSection(int number, String moveId, Block.Heading heading, String meta, List<Block> body,
                       Pictures pictures) {
        this(number, moveId, heading, meta, body, pictures, null);
    }

    /** The same section with other body blocks. */
    public MoveSection withBody(List<Block> newBody) {
        return new MoveSection(number, moveId, heading, meta, newBody, pictures, secondName);
    }

    public MoveSection {
        if (number < 1) {
            throw new IllegalArgumentException("move number " + number);
        }
        body = List.copyOf(body);
        pictures = pictures == null ? Pictures.NONE : pictures;
    }
}
