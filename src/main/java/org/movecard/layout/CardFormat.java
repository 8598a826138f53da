package org.movecard.layout;

import static org.movecard.layout.PageFormat.MM;

import java.util.List;
import java.util.Locale;

/**
 * A pocket-card size with its text sizes: text starts at {@code preferred} points and may shrink
 * in {@link #STEP} steps down to {@code minimum}, never below. Every card is printed with
 * {@link #BLEED} beyond the trim, and keeps important content {@link #SAFE} inside it.
 */
public record CardFormat(String name, float trimWidth, float trimHeight, float preferred, float minimum) {
    public static final float BLEED = 3 * MM;
    public static final float SAFE = 3 * MM;
    public static final float STEP = 0.5f;

    /** A6, 105 × 148 mm: the floor-routine default; 10 pt text, never under 8 pt. */
    public static final CardFormat A6 = new CardFormat("a6", 105 * MM, 148 * MM, 10f, 8f);
    /** A7, 74 × 105 mm: 8.5 pt text, never under 7 pt. */
    public static final CardFormat A7 = new CardFormat("a7", 74 * MM, 105 * MM, 8.5f, 7f);
    /** ID-1 (credit-card) size, 85.60 × 53.98 mm, landscape: 7.5 pt text, never under 6.5 pt. */
    public static final CardFormat WALLET = new CardFormat("wallet", 85.60f * MM, 53.98f * MM, 7.5f, 6.5f);

    public static final List<CardFormat> ALL = List.of(A6, A7, WALLET);

    public CardFormat {
        if (minimum <= 0 || preferred < minimum) {
            throw new IllegalArgumentException("text sizes " + preferred + "/" + minimum);
        }
    }

    public PageFormat page() {
        return PageFormat.trimmed(name, trimWidth, trimHeight, BLEED);
    }

    /** The sizes to try, largest first. */
    public List<Float> sizes() {
        int steps = Math.round((preferred - minimum) / STEP);
        return java.util.stream.IntStream.rangeClosed(0, steps).mapToObj(i -> preferred - i * STEP).toList();
    }

    public static CardFormat named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name.equals(n)).findFirst().orElse(null);
    }
}
