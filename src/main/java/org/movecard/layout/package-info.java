/**
 * Layout: takes a document model (handout, card deck, take-home sheet) and a page format, gives
 * finished pages of drawing ops. Measures text through {@link org.movecard.layout.Metrics}; knows no
 * PDF library, so the same pages can be painted, checked in tests, or measured by the fit engine.
 */
package org.movecard.layout;
