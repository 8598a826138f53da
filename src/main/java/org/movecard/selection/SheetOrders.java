package org.movecard.selection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.movecard.catalogue.Catalogue;

/**
 * Turns the fields of one sheet as typed (on the command line or in a CSV row) into a
 * {@link SheetOrder}, or a {@link FieldProblem} naming the field; pure. The messages never quote
 * a patient's name or notes.
 */
public final class SheetOrders {
    public static final String PATIENT = "patient";
    public static final String DATE = "date";
    public static final String CLINICIAN = "clinician";
    public static final String MOVES = "moves";
    public static final String NOTES = "notes";
    /** The columns of the CSV layout, in the documented order. */
    public static final List<String> FIELDS = List.of(PATIENT, DATE, CLINICIAN, MOVES, NOTES);

    private SheetOrders() {
    }

    /** What is wrong with which field; {@code field} is one of {@link #FIELDS}. */
    public static final class FieldProblem extends InputProblem {
        private static final long serialVersionUID = 1L;
        private final String field;

        public FieldProblem(String field, String message, String hint) {
            super(message, hint);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * @param moves       entries in {@link DoseSyntax}; an element may hold several separated by "|"
     * @param date        ISO yyyy-mm-dd, or blank for {@code defaultDate}
     */
    public static SheetOrder of(Catalogue catalogue, String patient, String date, String clinician,
                                List<String> moves, String notes, LocalDate defaultDate) {
        String name;
        try {
            name = PatientText.name(patient);
        } catch (InputProblem p) {
            throw new FieldProblem(PATIENT, p.getMessage(), p.hint());
        }
        LocalDate day = date(date, defaultDate);
        List<PrescribedMove> prescribed;
        try {
            // One list, so "move 2: …" in a message counts the same way for repeated options and a CSV cell.
            List<DoseSyntax.Entry> entries = DoseSyntax.parseList(String.join(" " + DoseSyntax.MOVE_SEPARATOR + " ", moves));
            prescribed = SheetOrder.resolve(catalogue, entries);
        } catch (InputProblem p) {
            // A dose mistake, or a move's note that fails the patient-text checks; each has its hint.
            throw new FieldProblem(MOVES, p.getMessage(), p.hint());
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(MOVES, e.getMessage(), "check the move's note");
        }
        try {
            PatientText.optional(clinician, CLINICIAN);
        } catch (InputProblem p) {
            throw new FieldProblem(CLINICIAN, p.getMessage(), p.hint());
        }
        if (clinician != null && clinician.strip().contains("\n")) {
            throw new FieldProblem(CLINICIAN, "clinician contains a line break", "give the clinician's name on one line");
        }
        try {
            PatientText.optional(notes, NOTES);
        } catch (InputProblem p) {
            throw new FieldProblem(NOTES, p.getMessage(), p.hint());
        }
        return new SheetOrder(name, day, clinician, prescribed, notes);
    }

    private static LocalDate date(String text, LocalDate defaultDate) {
        if (text == null || text.isBlank()) {
            return defaultDate;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FieldProblem(DATE, "\"" + text.strip() + "\" is not a date in the form yyyy-mm-dd",
                    "write the date as e.g. 2026-11-25 (in a spreadsheet, format the column as text or ISO date)");
        }
    }
}
