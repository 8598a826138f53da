package org.movecard.catalogue;

import java.util.List;

/**
 * The safety box: a title and its points. {@code shortPoints}, optional, is a shorter version for
 * pocket cards, take-home sheets (whose stop-and-call box already names the red flags) and one-page
 * pin-ups; when empty, they print {@code points}. Catalogues may still call it {@code cardPoints},
 * its earlier name.
 */
public record Safety(String title, List<String> points, List<String> shortPoints) {
    public Safety {
        title = Text.requireText(title, "safety title");
        points = Text.requireTexts(points, "safety points");
        shortPoints = shortPoints == null ? List.of() : Text.requireTexts(shortPoints, "safety shortPoints");
    }

    /** How a catalogue (or a translation) writes its safety box. */
    static final JsonFields.Shape<Safety> JSON = JsonFields.Shape.of(Safety.class,
            f -> json(f.requiredText("title"), f.requiredTexts("points"), f.texts("shortPoints"), f.texts("cardPoints")),
            "title", "points", "shortPoints", "cardPoints");

    private static Safety json(String title,
                       List<String> points,
                       List<String> shortPoints,
                       List<String> cardPoints) {
        if (shortPoints != null && cardPoints != null) {
            throw new IllegalArgumentException("give \"shortPoints\" or its older name \"cardPoints\", not both");
        }
        return new Safety(title, points, shortPoints != null ? shortPoints : cardPoints);
    }

    /** The points to print where space is short: the short ones when given, else the full ones. */
    public List<String> forCards() {
        return shortPoints.isEmpty() ? points : shortPoints;
    }
}
