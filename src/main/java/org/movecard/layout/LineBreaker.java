package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking at spaces. A word wider than the line is broken between characters rather
 * than allowed to run past the margin: nothing may ever be clipped.
 */
final class LineBreaker {
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
        String[] hard = text.strip().split("\\R");
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
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(candidate, face, size) <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                available = width;
            }
            String rest = word;
            while (fonts.width(rest, face, size) > available) {
                int cut = fitting(rest, face, size, available);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                available = width;
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest prefix (at least one code point) of {@code word} that fits. */
    private int fitting(String word, Face face, float size, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (fonts.width(word.substring(0, next), face, size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
