package org.movecard.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.catalogue.Spelling;

/**
 * What one patient's take-home sheet holds: who it is for, the date, the clinician (may be null),
 * the prescribed moves in the order given, and general notes (may be null).
 */
public record SheetOrder(String patient, LocalDate date, String clinician, List<PrescribedMove> moves,
                         String notes) {
    public SheetOrder {
        patient = PatientText.name(patient);
        if (date == null) {
            throw new IllegalArgumentException("a sheet needs a date");
        }
        clinician = PatientText.optional(clinician, "clinician");
        if (clinician != null && clinician.contains("\n")) {
            throw new IllegalArgumentException("clinician contains a line break");
        }
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a sheet has at least one move");
        }
        notes = PatientText.optional(notes, "notes");
    }

    /** Looks the parsed entries up in the catalogue; an unknown id is a {@link DoseSyntax.Problem}. */
    public static List<PrescribedMove> resolve(Catalogue catalogue, List<DoseSyntax.Entry> entries) {
        List<PrescribedMove> moves = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DoseSyntax.Entry entry = entries.get(i);
            String where = entries.size() == 1 ? "" : "move " + (i + 1) + ": ";
            Move move = catalogue.move(entry.moveId()).orElseThrow(() -> new DoseSyntax.Problem(
                    where + "unknown move \"" + entry.moveId() + "\"",
                    Spelling.suggest(entry.moveId(), catalogue.moves().stream().map(Move::id).toList(),
                            "the catalogue's moves are")));
            if (seen.contains(move.id())) {
                throw new DoseSyntax.Problem(where + "\"" + move.id() + "\" is prescribed twice",
                        "give each move once, with one dose");
            }
            seen.add(move.id());
            moves.add(new PrescribedMove(move, entry.prescription(), entry.note()));
        }
        return moves;
    }
}
