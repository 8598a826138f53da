/**
 * Command line: picocli commands that parse options, run the pipeline and print one line of result;
 * one handler turns user errors into "error:"/"hint:" lines and exit codes. Thin by design.
 */
package org.movecard.cli;
