package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Greedy line breaking at spaces. A word wider than the line is broken between characters rather
 * than allowed to run past the margin: nothing may ever be clipped.
 */
final class LineBreaker {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * How far a line's width, added up word by word, may be from the width of the line measured
     * whole (rounding) and still decide alone; closer to the edge than this, the whole line decides.
     */
    private static final float SUM_SLACK = 0.01f;

    private final Metrics fonts;

    LineBreaker(Metrics fonts) {
        this.fonts = fonts;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width}; the first line is {@code firstIndent}
     * narrower (room for a bold label before it).
     */
    List<String> lines(String text, Face face, float size, float width, float firstIndent) {
        // A line break the writer typed (a note from a spreadsheet cell) is kept; a blank line stays blank.
        String[] hard = LINE_BREAK.split(text.strip());
        if (hard.length > 1) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < hard.length; i++) {
                lines.addAll(hard[i].isBlank() ? List.of("") : wrap(hard[i], face, size, width, i == 0 ? firstIndent : 0));
            }
            return lines;
        }
        return wrap(text, face, size, width, firstIndent);
    }

    private List<String> wrap(String text, Face face, float size, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = width - firstIndent;
        float space = fonts.width(" ", face, size);
        // The line's width so far: adding a word's and a space's is enough to decide, except within
        // SUM_SLACK of the edge, where the candidate line is measured whole (as it always was).
        float used = 0;
        for (String word : SPACES.split(text.strip())) {
            float wordWidth = fonts.width(word, face, size);
            float sum = line.isEmpty() ? wordWidth : used + space + wordWidth;
            boolean fits = sum <= available - SUM_SLACK || (sum <= available + SUM_SLACK
                    && fonts.width(line.isEmpty() ? word : line + " " + word, face, size) <= available);
            if (fits) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                used = sum;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                available = width;
            }
            int before = lines.size();
            String rest = breakWord(word, face, size, available, width, lines);
            line.append(rest);
            used = fonts.width(rest, face, size);
            if (lines.size() > before) {
                available = width;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Adds the full lines of a word too wide for {@code available} to {@code lines} and returns
     * what is left for the next line. Each character is measured once, so a word of a million
     * characters takes as long as a million characters of ordinary text.
     */
    private String breakWord(String word, Face face, float size, float available, float width, List<String> lines) {
        int start = 0;
        float room = available;
        while (true) {
            int end = fitting(word, start, face, size, room);
            if (end == word.length()) {
                return word.substring(start);
            }
            lines.add(word.substring(start, end));
            start = end;
            room = width;
        }
    }

    /** The end of the longest run (at least one code point) of {@code word} from {@code start} that fits. */
    private int fitting(String word, int start, Face face, float size, float width) {
        int first = word.offsetByCodePoints(start, 1);
        int end = first;
        float used = fonts.width(word.substring(start, end), face, size);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            float advance = fonts.width(word.substring(end, next), face, size);
            if (used + advance > width) {
                break;
            }
            used += advance;
            end = next;
        }
        // A sum of widths may round differently from the run measured whole; the whole run decides.
        while (end > first && fonts.width(word.substring(start, end), face, size) > width) {
            end = word.offsetByCodePoints(end, -1);
        }
        return end;
    }
}
