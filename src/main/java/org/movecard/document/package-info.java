/**
 * Document model: takes a {@link org.movecard.selection.Routine}, gives what goes on paper (handouts,
 * later cards and sheets) as blocks that know their role. Independent of any PDF library; pure.
 */
package org.movecard.document;
