package org.movecard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    private static final List<String> MOVE_FIELDS = Move.JSON.fields();

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(Spelling.distance("stesp", "steps")).isEqualTo(1);
        assertThat(Spelling.closest("stesp", MOVE_FIELDS)).contains("steps");
    }

    @Test
    void caseAndSmallSlipsAreForgiven() {
        assertThat(Spelling.closest("Steps", MOVE_FIELDS)).contains("steps");
        assertThat(Spelling.closest("variation_of", MOVE_FIELDS)).contains("variationOf");
        assertThat(Spelling.closest("tip", MOVE_FIELDS)).contains("tips");
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertThat(Spelling.closest("colour", MOVE_FIELDS)).isEmpty();
        assertThat(Spelling.closest("x", List.of("id"))).isEmpty();
    }
}
