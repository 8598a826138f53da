/**
 * Web: takes HTTP requests (JSON bodies whose fields follow the CLI options) and the page's clicks,
 * gives PDFs, PNG previews and JSON through the {@link org.movecard.Movecard} facade; thin, like the CLI.
 */
package org.movecard.web;
