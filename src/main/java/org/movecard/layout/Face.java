package org.movecard.layout;

/** The type faces a layout may ask for. */
public enum Face { REGULAR, BOLD }
