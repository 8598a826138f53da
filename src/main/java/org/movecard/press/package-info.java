/**
 * Press: takes finished PDF pages, gives imposed card sheets, PNG previews and the
 * combined PDF of a batch. The only user of
 * PDFBox outside tests.
 */
package org.movecard.press;
