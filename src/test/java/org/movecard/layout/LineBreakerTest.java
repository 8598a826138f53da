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

    /** Greedy: no line could have taken the next line's first word (measured whole, as printed). */
    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9, 10, 11, 12, 13, 14})
    void everyLineIsAsFullAsItCanBe(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            int length = 1 + random.nextInt(9);
            for (int c = 0; c < length; c++) {
                text.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
            }
            text.append(random.nextInt(8) == 0 ? ", " : " ");
        }
        float size = 8 + random.nextInt(9) / 2f;
        float width = 120 + random.nextInt(2000) / 10f;
        List<String> lines = BREAKER.lines(text.toString(), Face.REGULAR, size, width, 0);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1).split(" ")[0];
            assertThat(FONTS.width(lines.get(i) + " " + next, Face.REGULAR, size))
                    .as("line %d with \"%s\"", i, next).isGreaterThan(width);
        }
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

    /**
     * A word of 1.5 million characters (a catalogue may be 2 MiB) is cut into full lines: each fits,
     * and each is the longest that fits, so the next character would not have. Measuring every
     * prefix again made this quadratic (minutes for 300,000 characters); it now takes a moment.
     */
    @Test
    void aHugeWordIsCutIntoFullLinesOnly() {
        StringBuilder word = new StringBuilder();
        Random random = new Random(15);
        while (word.length() < 1_500_000) {
            // Letters of different widths, and now and then a character outside the BMP.
            if (random.nextInt(1000) == 0) {
                word.appendCodePoint(0x1D400 + random.nextInt(26));
            } else {
                word.append("iWmlo.".charAt(random.nextInt(6)));
            }
        }
        String text = word.toString();
        float size = 12;
        float width = 300;
        List<String> lines = BREAKER.lines("Start " + text + " end", Face.REGULAR, size, width, 50);
        assertThat(lines.get(0)).isEqualTo("Start");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(text + " end");
        int at = 0;
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            at += line.length();
            assertThat(FONTS.width(line, Face.REGULAR, size)).as("line %d", i).isLessThanOrEqualTo(width);
            String longer = line + new String(Character.toChars(text.codePointAt(at)));
            assertThat(FONTS.width(longer, Face.REGULAR, size)).as("line %d could take one more", i).isGreaterThan(width);
        }
        assertThat(lines.size()).isGreaterThan(1_500_000 / 80);
    }
}
