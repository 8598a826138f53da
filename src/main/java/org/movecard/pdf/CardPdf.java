package org.movecard.pdf;

/**
 * A typeset card deck: one face per page ({@code cards} fronts; with {@code duplex}, pages alternate
 * front, back) and the text size the fit engine chose.
 */
public record CardPdf(byte[] bytes, int cards, boolean duplex, float textSize) {
}
