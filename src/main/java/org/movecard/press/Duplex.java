package org.movecard.press;

import java.util.Locale;

/** How a double-sided sheet is turned over in the printer. */
public enum Duplex {
    /** Single-sided: no backs. */
    NONE("none"),
    /** Turned over about the long edge (the usual portrait default). */
    LONG_EDGE("long-edge"),
    /** Turned over about the short edge. */
    SHORT_EDGE("short-edge");

    private final String label;

    Duplex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Duplex named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Duplex d : values()) {
            if (d.label.equals(n)) {
                return d;
            }
        }
        return null;
    }
}
