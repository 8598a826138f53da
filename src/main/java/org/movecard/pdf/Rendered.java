package org.movecard.pdf;

/** A finished PDF and how many pages it has. */
public record Rendered(byte[] bytes, int pages) {
}
