package org.movecard.pdf;

import java.time.Instant;

/**
 * Document metadata. {@code date}, when not null, is written as creation and modification date;
 * when null no date is written, so the same input gives the same bytes.
 */
public record PdfMeta(String title, String subject, String language, Instant date) {
    public PdfMeta {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a PDF needs a title");
        }
    }
}
