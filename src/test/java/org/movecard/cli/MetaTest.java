package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.movecard.ExitCode;
import org.movecard.UserError;

/** SOURCE_DATE_EPOCH is accepted only where a PDF date can say it: 1970 to the end of 9999. */
class MetaTest {
    @Test
    void inRangeValuesAreTheirInstant() {
        assertThat(Meta.sourceDate("0")).isEqualTo(Instant.EPOCH);
        assertThat(Meta.sourceDate(" 1700000000 ")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(Meta.sourceDate("253402300799")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(Meta.sourceDate(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "-1", "253402300800"})
    void outOfRangeIsBadInput(String epoch) {
        UserError e = catchThrowableOfType(UserError.class, () -> Meta.sourceDate(epoch));
        assertThat(e).as("a UserError for %s", epoch).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(e.getMessage()).startsWith("SOURCE_DATE_EPOCH=" + epoch + ": ").contains("253402300799");
        assertThat(e.hint()).contains("date +%s");
    }
}
