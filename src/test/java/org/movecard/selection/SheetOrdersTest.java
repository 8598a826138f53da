package org.movecard.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.movecard.catalogue.Catalogue;
import org.movecard.support.Catalogues;

/** Each check on a sheet's fields has its own message and a hint that fits it, and quotes no patient text. */
class SheetOrdersTest {
    static final Catalogue CATALOGUE = Catalogues.bundled();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static SheetOrders.FieldProblem problem(String patient, String clinician, String notes) {
        return catchThrowableOfType(SheetOrders.FieldProblem.class,
                () -> SheetOrders.of(CATALOGUE, patient, null, clinician, List.of("chair-twist"), notes, TODAY));
    }

    private static void assertProblem(SheetOrders.FieldProblem p, String field, String message, String hint) {
        assertThat(p).as("a problem with %s", field).isNotNull();
        assertThat(p.field()).isEqualTo(field);
        assertThat(p.getMessage()).isEqualTo(message);
        assertThat(p.hint()).isEqualTo(hint);
        assertThat(p.getMessage() + p.hint()).doesNotContain("Quillon").doesNotContain("Secret");
    }

    @Test
    void patientNameChecks() {
        assertProblem(problem("  ", null, null), SheetOrders.PATIENT, "patient name is empty",
                "every sheet needs the patient's name");
        assertProblem(problem("Quillon\tVantrebble", null, null), SheetOrders.PATIENT,
                "patient name contains a control character or line break",
                "give the name on one line, without tabs or invisible characters (often pasted from another program)");
        assertProblem(problem("Quillon/Vantrebble", null, null), SheetOrders.PATIENT,
                "patient name contains a slash or backslash",
                "leave / and \\ out of the name: it becomes part of the file name");
        assertProblem(problem("Quillon " + "x".repeat(PatientText.MAX_NAME), null, null), SheetOrders.PATIENT,
                "patient name is longer than 100 characters",
                "shorten the name to at most 100 characters, e.g. leave out middle names");
    }

    @Test
    void clinicianChecks() {
        assertProblem(problem("A B", "Dr\u0007Secret", null), SheetOrders.CLINICIAN, "clinician contains a control character",
                "remove the invisible character (often pasted from another program)");
        assertProblem(problem("A B", "Dr Secret\nRivera", null), SheetOrders.CLINICIAN, "clinician contains a line break",
                "give the clinician's name on one line");
        assertProblem(problem("A B", "Secret".repeat(400), null), SheetOrders.CLINICIAN,
                "clinician is longer than 2000 characters",
                "shorten it to at most 2000 characters (about a page)");
    }

    @Test
    void notesChecks() {
        assertProblem(problem("A B", null, "Secret\u202Enote"), SheetOrders.NOTES, "notes contains a control character",
                "remove the invisible character (often pasted from another program)");
        assertProblem(problem("A B", null, "Secret ".repeat(300)), SheetOrders.NOTES,
                "notes is longer than 2000 characters",
                "shorten it to at most 2000 characters (about a page)");
    }

    @Test
    void aMovesNoteIsCheckedLikeNotes() {
        var p = catchThrowableOfType(SheetOrders.FieldProblem.class, () -> SheetOrders.of(CATALOGUE, "A B", null, null,
                List.of("chair-twist: 3 times; note: Secret\u200Fnote"), null, TODAY));
        assertProblem(p, SheetOrders.MOVES, "move note contains a control character",
                "remove the invisible character (often pasted from another program)");
    }

    @Test
    void aValidOrderPasses() {
        SheetOrder order = SheetOrders.of(CATALOGUE, " Ann Able ", "", "Dr Rivera", List.of("chair-twist"),
                "Walk daily.\nSlowly.", TODAY);
        assertThat(order.patient()).isEqualTo("Ann Able");
        assertThat(order.date()).isEqualTo(TODAY);
        assertThat(order.notes()).isEqualTo("Walk daily.\nSlowly.");
    }
}
