package org.movecard.typeset;

/** The type faces a layout may ask for. */
public enum Face { REGULAR, BOLD }
