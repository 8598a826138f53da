/**
 * Selection: takes a {@link org.movecard.catalogue.Catalogue} and {@link org.movecard.selection.Criteria},
 * gives a {@link org.movecard.selection.Routine} (the moves to print, in order). Pure.
 */
package org.movecard.selection;
