/**
 * Language: takes a BCP 47 tag, gives the {@link org.movecard.language.Labels} every stage prints its
 * fixed words with (labels, plurals, ranges, dates, the dose sentence); imports no other stage.
 */
package org.movecard.language;
