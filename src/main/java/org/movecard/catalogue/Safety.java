package org.movecard.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The safety box: a title and its points. {@code cardPoints}, optional, is a shorter version for
 * pocket cards; when empty, cards use {@code points}.
 */
public record Safety(String title, List<String> points, List<String> cardPoints) {
    public Safety {
        title = Text.requireText(title, "safety title");
        points = Text.requireTexts(points, "safety points");
        cardPoints = cardPoints == null ? List.of() : Text.requireTexts(cardPoints, "safety cardPoints");
    }

    @JsonCreator
    static Safety json(@JsonProperty(value = "title", required = true) String title,
                       @JsonProperty(value = "points", required = true) List<String> points,
                       @JsonProperty("cardPoints") List<String> cardPoints) {
        return new Safety(title, points, cardPoints);
    }

    /** The points to print on a card. */
    public List<String> forCards() {
        return cardPoints.isEmpty() ? points : cardPoints;
    }
}
