package org.movecard.selection;

import org.movecard.catalogue.Move;
import org.movecard.language.Labels;

/** A catalogue move as prescribed for one patient: its dose (null: the catalogue's own) and an optional note. */
public record PrescribedMove(Move move, Prescription prescription, String note) {
    public PrescribedMove {
        if (move == null) {
            throw new IllegalArgumentException("a prescribed move needs a move");
        }
        note = PatientText.optional(note, "move note");
    }

    /** The dose in plain words, or null when neither the clinician nor the catalogue gives one. */
    public String doseText(Labels labels) {
        if (prescription != null) {
            return prescription.text(labels);
        }
        return move.dose() == null ? null : move.dose().text(labels);
    }
}
