package org.movecard.document;

import java.util.List;

/**
 * A pocket-card routine: its name (printed on every card), the moves in order, and the safety box
 * every card carries (on the back when printed duplex, as a band on the front otherwise).
 * Cards show what you need, the numbered steps, the feel note and the dose; tips stay on handouts.
 */
public record CardDeck(String title, String language, List<MoveSection> moves, Block.SafetyBox safety) {
    public CardDeck {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a card deck has at least one move");
        }
    }
}
