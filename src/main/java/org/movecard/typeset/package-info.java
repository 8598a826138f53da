/**
 * Typesetting: takes a document model, a page format and metadata, gives laid-out pages and PDF/A-2b
 * bytes. The only user of OpenPDF.
 */
package org.movecard.typeset;
