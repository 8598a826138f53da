package org.movecard.document;

import java.util.ArrayList;
import java.util.List;
import org.movecard.catalogue.Move;
import org.movecard.selection.Routine;

/** Builds a {@link CardDeck} from a routine; pure. */
public final class Cards {
    private Cards() {
    }

    /** {@code title} may be null: "Floor routine" style names come from the chosen settings. */
    public static CardDeck build(Routine routine, String title) {
        List<MoveSection> sections = new ArrayList<>();
        int number = 1;
        for (Move move : routine.moves()) {
            MoveSection full = Handouts.section(routine, move, number++);
            List<Block> body = full.body().stream()
                    .filter(b -> !(b instanceof Block.Paragraph p && p.kind() == Block.Paragraph.Kind.TIP))
                    .toList();
            sections.add(full.withBody(body));
        }
        var safety = routine.catalogue().safety();
        Block.SafetyBox box = new Block.SafetyBox(Handouts.labels(routine).text("safety.signal"), safety.title(), safety.forCards());
        String name = title == null || title.isBlank() ? Handouts.routineName(routine) : title.strip();
        return new CardDeck(name, routine.catalogue().language(), sections, box);
    }
}
