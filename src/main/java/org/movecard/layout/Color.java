package org.movecard.layout;

/** An opaque sRGB colour, 0–255 a channel: what the layouts say, whatever draws them. */
public record Color(int red, int green, int blue) {
    public static final Color WHITE = new Color(255, 255, 255);
    public static final Color BLACK = new Color(0, 0, 0);

    public Color {
        for (int c : new int[] {red, green, blue}) {
            if (c < 0 || c > 255) {
                throw new IllegalArgumentException("colour channel " + c + " outside 0-255");
            }
        }
    }

    /**
     * Written out, as are {@link #hashCode()} and {@link #toString()}: a record's own are linked
     * on first use through method handles, which costs a cold start several milliseconds a class, and
     * colours are compared and hashed from the first figure on.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Color c && c.red == red && c.green == green && c.blue == blue;
    }

    @Override
    public int hashCode() {
        return (red << 16) | (green << 8) | blue;
    }

    @Override
    public String toString() {
        return "Color[" + red + ", " + green + ", " + blue + "]";
    }

    /** From 0xRRGGBB. */
    public static Color rgb(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
