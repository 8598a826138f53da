package org.movecard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.movecard.support.Catalogues;

class ReadabilityTest {
    @Test
    void theBundledCatalogueReadsAtGradeEightOrBelowWithoutWarnings() {
        Catalogue catalogue = Catalogues.bundled();
        assertThat(Readability.check(catalogue)).isEmpty();
        for (Move move : catalogue.moves()) {
            assertThat(Readability.grade(String.join(" ", move.steps()))).as(move.id()).isLessThanOrEqualTo(8.0);
        }
    }

    @Test
    void longAndHardStepsAreFlaggedWithTheirMoveAndStep() {
        List<Readability.Warning> warnings = Readability.check(Catalogues.resource("long-steps.json"));
        assertThat(warnings).isNotEmpty();
        assertThat(warnings).anyMatch(w -> w.message().startsWith("long step ("));
        assertThat(warnings).allMatch(w -> w.step() >= 1 && !w.moveId().isBlank());
    }

    @Test
    void gradeSeparatesPlainFromDenseText() {
        double plain = Readability.grade("Sit on a chair. Lean back. Relax your arms.");
        double dense = Readability.grade("Simultaneously contract the paravertebral musculature while "
                + "maintaining neutral lumbopelvic alignment throughout the entire manoeuvre.");
        assertThat(plain).isLessThan(4);
        assertThat(dense).isGreaterThan(12);
    }
}
