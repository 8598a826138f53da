package org.movecard.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.movecard.catalogue.Range;
import org.movecard.support.Catalogues;

class DoseSyntaxTest {
    @Test
    void theFullExampleReadsAsPlainWords() {
        DoseSyntax.Entry entry = DoseSyntax.parse(DoseSyntax.EXAMPLE);
        assertThat(entry.moveId()).isEqualTo("chair-twist");
        assertThat(entry.note()).isEqualTo("go slowly");
        Prescription p = entry.prescription();
        assertThat(p.holdSeconds()).isEqualTo(Range.exactly(20));
        assertThat(p.repeat()).isEqualTo(Range.exactly(3));
        assertThat(p.sets()).isEqualTo(Range.exactly(2));
        assertThat(p.sides()).isEqualTo(Prescription.Sides.BOTH);
        assertThat(p.frequency()).isEqualTo(new Prescription.Frequency(2, Prescription.Period.DAY));
        assertThat(p.text()).isEqualTo("Hold 20 seconds \u00b7 3 times \u00b7 2 sets \u00b7 both sides \u00b7 twice a day");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "cat-cow: 10 times                       # 10 times",
        "cat-cow: 1 time                         # 1 time",
        "cat-cow:10x                             # 10 times",
        "cat-cow: 8-12 reps, 3 sets              # 8\u201312 times \u00b7 3 sets",
        "cat-cow: hold 10-20 seconds             # Hold 10\u201320 seconds",
        "cat-cow: HOLD 5 S, Each Side            # Hold 5 seconds \u00b7 each side",
        "cat-cow: hold for 30 sec, left side     # Hold 30 seconds \u00b7 left side only",
        "cat-cow: 1 set, right side only         # 1 set \u00b7 right side only",
        "cat-cow: once a day                     # Once a day",
        "cat-cow: daily                          # Once a day",
        "cat-cow: 3 times a day, 5 times         # 5 times \u00b7 3 times a day",
        "cat-cow: 3x/week                        # 3 times a week",
        "cat-cow: every other day                # Every other day",
        "cat-cow: 2 sets, twice per day          # 2 sets \u00b7 twice a day",
        "cat-cow: 3x10                           # 10 times \u00b7 3 sets",
        "cat-cow: 3 X 8-12, daily                # 8\u201312 times \u00b7 3 sets \u00b7 once a day",
        "cat-cow: 2\u00d715                          # 15 times \u00b7 2 sets",
        "cat-cow: 2 sets of 10                   # 10 times \u00b7 2 sets",
        "cat-cow: 1 set of 10 reps, each side    # 10 times \u00b7 1 set \u00b7 each side",
        "cat-cow: hold 1 min                     # Hold 1 minute",
        "cat-cow: hold 1-2 minutes               # Hold 1\u20132 minutes",
        "cat-cow: hold 90s                       # Hold 90 seconds",
        "cat-cow: hold 60 seconds                # Hold 1 minute",
        "cat-cow: hold 2 mins, 3 sets of 5 times # Hold 2 minutes \u00b7 5 times \u00b7 3 sets",
    })
    void goodForms(String entry, String words) {
        assertThat(DoseSyntax.parse(entry).prescription().text()).isEqualTo(words);
    }

    @Test
    void anIdAloneUsesTheCatalogueDoseAndANoteNeedsNoDose() {
        assertThat(DoseSyntax.parse("  lying-twist ").prescription()).isNull();
        DoseSyntax.Entry noted = DoseSyntax.parse("lying-twist; note: use a pillow; or two");
        assertThat(noted.prescription()).isNull();
        assertThat(noted.note()).isEqualTo("use a pillow; or two");
    }

    @Test
    void aListSplitsAtTheBar() {
        List<DoseSyntax.Entry> entries = DoseSyntax.parseList("chair-twist: 3 times | cat-cow ; note: slowly|lying-twist");
        assertThat(entries).extracting(DoseSyntax.Entry::moveId).containsExactly("chair-twist", "cat-cow", "lying-twist");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "''                              # empty move",
        "Chair Twist: 3 times            # \"Chair Twist\" is not a move id",
        ": 3 times                       # the move id is missing before \":\"",
        "chair-twist:                    # nothing after \"chair-twist:\"",
        "chair-twist: hold 20            # \"hold 20\": give the hold time in seconds or minutes",
        "chair-twist: hold 2 hours       # \"hold 2 hours\": give the hold time in seconds or minutes",
        "chair-twist: hold 20 min        # \"hold 20 min\": a hold is at most 999 seconds (16 minutes)",
        "chair-twist: 3x10, 4 sets       # \"4 sets\": the number of sets is already given (\"3x10\")",
        "chair-twist: 5 times, 3x10      # \"3x10\": the count is already given (\"5 times\")",
        "chair-twist: 3                  # \"3\": a number needs a unit",
        "chair-twist: three times        # \"three times\" is not a dose part",
        "chair-twist: 3 times,, 2 sets   # empty dose part (two commas in a row, or a comma at the end)",
        "chair-twist: 3 times,           # empty dose part (two commas in a row, or a comma at the end)",
        "chair-twist: 5-3 times          # \"5-3 times\": the range goes down (5 to 3)",
        "chair-twist: 0 times            # \"0 times\": numbers must be from 1 to 999",
        "chair-twist: 1000 times         # \"1000 times\": numbers must be from 1 to 999",
        "chair-twist: 3 times, 4 times   # \"4 times\": the count is already given (\"3 times\")",
        "chair-twist: each side, both sides # \"both sides\": the side is already given (\"each side\")",
        "chair-twist: 20 times a day     # \"20 times a day\": at most 12 times a day",
        "chair-twist: 3 times; go slowly # after \";\" only a note may follow, written as \"note: …\"",
        "chair-twist; note:              # the note after \"note:\" is empty",
    })
    void badFormsSayWhatIsWrong(String entry, String message) {
        assertThatThrownBy(() -> DoseSyntax.parse(entry))
                .isInstanceOf(DoseSyntax.Problem.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((DoseSyntax.Problem) e).hint()).isNotBlank());
    }

    @Test
    void listErrorsNameTheMoveNumberAndNeverTheNote() {
        assertThatThrownBy(() -> DoseSyntax.parseList("chair-twist; note: Secret Detail | cat-cow: hold 5"))
                .hasMessage("move 2: \"hold 5\": give the hold time in seconds or minutes");
        assertThatThrownBy(() -> DoseSyntax.parseList("chair-twist; nte: Secret Detail"))
                .hasMessageNotContaining("Secret");
        assertThatThrownBy(() -> DoseSyntax.parseList("chair-twist ||"))
                .hasMessage("move 2: empty move");
        assertThatThrownBy(() -> DoseSyntax.parseList("  "))
                .hasMessage("no moves given");
    }

    @Test
    void unknownAndRepeatedMovesAreFoundAgainstTheCatalogue() {
        var catalogue = Catalogues.bundled();
        assertThatThrownBy(() -> SheetOrder.resolve(catalogue, DoseSyntax.parseList("chair-twst: 3 times")))
                .hasMessage("unknown move \"chair-twst\"")
                .satisfies(e -> assertThat(((DoseSyntax.Problem) e).hint()).contains("chair-twist"));
        assertThatThrownBy(() -> SheetOrder.resolve(catalogue, DoseSyntax.parseList("chair-twist | chair-twist: 2 sets")))
                .hasMessage("move 2: \"chair-twist\" is prescribed twice");
    }

    @Test
    void theExamplesInHintsUseMovesOfTheBundledCatalogue() {
        var catalogue = Catalogues.bundled();
        assertThat(SheetOrder.resolve(catalogue, DoseSyntax.parseList(DoseSyntax.LIST_EXAMPLE))).hasSize(2);
        assertThat(SheetOrder.resolve(catalogue, List.of(DoseSyntax.parse(DoseSyntax.EXAMPLE)))).hasSize(1);
        assertThatThrownBy(() -> DoseSyntax.parseList(""))
                .satisfies(e -> assertThat(((DoseSyntax.Problem) e).hint()).endsWith("e.g. " + DoseSyntax.LIST_EXAMPLE));
    }
}
