package org.movecard.cli;

import java.time.Instant;
import org.movecard.ExitCode;
import org.movecard.UserError;

/** The PDF date from the environment: it comes only from SOURCE_DATE_EPOCH, so output is reproducible. */
final class Meta {
    private Meta() {
    }

    /** 9999-12-31T23:59:59Z: PDF dates have four-digit years, and before 1970 is not a build time. */
    static final long MAX_EPOCH = 253402300799L;

    static Instant sourceDate() {
        return sourceDate(System.getenv("SOURCE_DATE_EPOCH"));
    }

    static Instant sourceDate(String epoch) {
        if (epoch == null || epoch.isBlank()) {
            return null;
        }
        long seconds;
        try {
            seconds = Long.parseLong(epoch.strip());
        } catch (NumberFormatException e) {
            throw new UserError(ExitCode.INVALID_INPUT, "SOURCE_DATE_EPOCH=" + epoch + " is not a number of seconds",
                    "unset it, or set it to seconds since 1970, e.g. SOURCE_DATE_EPOCH=$(date +%s)");
        }
        if (seconds < 0 || seconds > MAX_EPOCH) {
            throw new UserError(ExitCode.INVALID_INPUT, "SOURCE_DATE_EPOCH=" + epoch
                    + ": out of range (0 = 1970-01-01 to " + MAX_EPOCH + " = 9999-12-31T23:59:59Z)",
                    "unset it, or set it to seconds since 1970, e.g. SOURCE_DATE_EPOCH=$(date +%s)");
        }
        return Instant.ofEpochSecond(seconds);
    }
}
