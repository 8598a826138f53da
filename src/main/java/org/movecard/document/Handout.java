package org.movecard.document;

import java.util.List;

/**
 * A desk handout: title and a subtitle saying what was chosen, an optional intro, the safety box
 * (first, prominent), a short safety reminder for every later page, and the moves. {@code shortSafety},
 * the catalogue's short safety points or {@code null}, may stand in for the box on a one-page pin-up.
 */
public record Handout(Block.Heading title, String subtitle, String language, Block.Paragraph intro,
                      Block.SafetyBox safety, String safetyReminder, List<MoveSection> moves,
                      String footer, Block.SafetyBox shortSafety) {
    public Handout {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a handout has at least one move");
        }
    }
}
