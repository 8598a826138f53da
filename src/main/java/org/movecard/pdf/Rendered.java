package org.movecard.pdf;

import org.movecard.layout.HandoutLayout;

/** A finished PDF, how many pages it has and, for a handout, how it was fitted (else null). */
public record Rendered(byte[] bytes, int pages, HandoutLayout.Laid laid) {
    public Rendered(byte[] bytes, int pages) {
        this(bytes, pages, null);
    }
}
