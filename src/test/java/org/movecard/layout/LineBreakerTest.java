package org.movecard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.pdf.Fonts;

class LineBreakerTest {
    private static final Fonts FONTS = new Fonts();
    private static final LineBreaker BREAKER = new LineBreaker(FONTS);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void everyLineFitsAndNoWordIsLostOrReordered(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 9);
            for (int c = 0; c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(12) == 0 ? "  " : " ");
        }
        float width = 60 + random.nextInt(300);
        float size = 6 + random.nextInt(12);
        List<String> lines = BREAKER.lines(text.toString(), Face.REGULAR, size, width, 0);
        for (String line : lines) {
            assertThat(FONTS.width(line, Face.REGULAR, size)).as("\"%s\"", line).isLessThanOrEqualTo(width);
        }
        // Words longer than a line are cut between letters, so compare without spaces.
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.toString().replace(" ", ""));
    }

    @Test
    void typedLineBreaksAreKept() {
        List<String> lines = BREAKER.lines("First line.\nSecond line.\n\nAfter a blank line.", Face.REGULAR, 12, 400, 0);
        assertThat(lines).containsExactly("First line.", "Second line.", "", "After a blank line.");
    }

    @Test
    void theFirstLineLeavesRoomForALabel() {
        List<String> lines = BREAKER.lines("word ".repeat(30), Face.REGULAR, 12, 200, 80);
        assertThat(FONTS.width(lines.get(0), Face.REGULAR, 12)).isLessThanOrEqualTo(120);
        assertThat(FONTS.width(lines.get(1), Face.REGULAR, 12)).isGreaterThan(120);
    }
}
