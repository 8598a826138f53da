package org.movecard.document;

import java.util.List;

/**
 * A desk handout: title and a subtitle saying what was chosen, an optional intro, the safety box
 * (first, prominent), a short safety reminder for every later page, and the moves. {@code shortSafety},
 * the catalogue's short safety points or {@code null}, may stand in for the box on a one-page pin-up.
 * A bilingual handout has the second language's safety box (and short one) too, else they are null.
 */
public record Handout(Block.Heading title, String subtitle, String language, Block.Paragraph intro,
                      Block.SafetyBox safety, String safetyReminder, List<MoveSection> moves,
                      String footer, Block.SafetyBox shortSafety, Block.SafetyBox secondSafety,
                      Block.SafetyBox secondShortSafety) {
    public Handout {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a handout has at least one move");
        }
    }

    /** A handout in one language. */
    public Handout(Block.Heading title, String subtitle, String language, Block.Paragraph intro,
                   Block.SafetyBox safety, String safetyReminder, List<MoveSection> moves, String footer,
                   Block.SafetyBox shortSafety) {
        this(title, subtitle, language, intro, safety, safetyReminder, moves, footer, shortSafety, null, null);
    }
}
