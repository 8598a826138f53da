package org.movecard.cli;

import java.time.Instant;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.typeset.PdfMeta;

/** PDF metadata from the environment: the date comes only from SOURCE_DATE_EPOCH, so output is reproducible. */
final class Meta {
    private Meta() {
    }

    static PdfMeta of(String title, Catalogue catalogue) {
        return new PdfMeta(title, catalogue.title(), catalogue.language(), sourceDate());
    }

    /** A sheet's metadata names the clinic, never the patient: file properties get shown and indexed. */
    static PdfMeta sheet(Clinic clinic, Catalogue catalogue) {
        return new PdfMeta(org.movecard.document.Sheets.TITLE + " \u2013 " + clinic.name(), catalogue.title(),
                catalogue.language(), sourceDate());
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
