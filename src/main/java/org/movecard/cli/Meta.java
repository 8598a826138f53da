package org.movecard.cli;

import java.time.Instant;
import org.movecard.ExitCode;
import org.movecard.UserError;

/** The PDF date from the environment: it comes only from SOURCE_DATE_EPOCH, so output is reproducible. */
final class Meta {
    private Meta() {
    }

    static Instant sourceDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw new UserError(ExitCode.INVALID_INPUT, "SOURCE_DATE_EPOCH=" + epoch + " is not a number of seconds",
                    "unset it, or set it to seconds since 1970, e.g. SOURCE_DATE_EPOCH=$(date +%s)");
        }
    }
}
