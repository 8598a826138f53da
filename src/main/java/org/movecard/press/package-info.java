/**
 * Press: takes finished PDF pages, gives imposed sheets, PNG previews and inspections. The only user of
 * PDFBox outside tests.
 */
package org.movecard.press;
