package org.movecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hint markers are worded by whoever shows the hint. */
class HintTest {
    private static final String HINT = "print duplex (" + Hint.option("duplex", "long-edge") + "), choose a larger "
            + Hint.option("format") + ", or see the moves with " + Hint.command("list");

    @Test
    void theCommandLineWordsSettingsAsOptions() {
        Hint.Wording cli = new Hint.Wording() {
            @Override
            public String option(String name, String value) {
                return value == null ? "--" + name : "--" + name + " " + value;
            }

            @Override
            public String command(String name) {
                return "movecard " + name;
            }
        };
        assertThat(Hint.words(HINT, cli)).isEqualTo(
                "print duplex (--duplex long-edge), choose a larger --format, or see the moves with movecard list");
    }

    @Test
    void plainWordingQuotesTheSettingAndLeavesOtherTextAlone() {
        assertThat(Hint.words(HINT, Hint.PLAIN)).isEqualTo(
                "print duplex (\"duplex\" long-edge), choose a larger \"format\", or see the moves with \"list\"");
        assertThat(Hint.words("a {brace} and $1 stay", Hint.PLAIN)).isEqualTo("a {brace} and $1 stay");
        assertThat(Hint.words(null, Hint.PLAIN)).isNull();
    }
}
