/**
 * PDF: takes laid-out pages and metadata, gives tagged PDF/A-2b + PDF/UA-1 bytes with reproducible
 * ids; the fonts it embeds are the layouts' {@link org.movecard.layout.Metrics}. The only user of
 * OpenPDF.
 */
package org.movecard.pdf;
