package org.movecard.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.movecard.language.Labels;

/**
 * Advice on steps that are long or hard to read: not errors, since a catalogue with them still
 * prints, but patients follow short, plain steps better (aim for reading grade 6–8).
 */
public final class Readability {
    /** Longer steps crowd pocket cards. */
    public static final int MAX_STEP_CHARS = 220;
    public static final int MAX_SENTENCE_WORDS = 25;
    public static final double MAX_GRADE = 9.0;
    /** Grade formulas are noise on very short texts. */
    private static final int MIN_WORDS_FOR_GRADE = 12;

    /** The languages the grade formula is made for. */
    static final Set<String> GRADED = Set.of("en");

    private Readability() {
    }

    /** A piece of advice about one step. */
    public record Warning(String moveId, int step, String message) {
    }

    /**
     * Length advice for every language; the grade formula (Flesch–Kincaid, English syllables) only
     * for English, the one language it knows: on other languages its numbers mean nothing.
     */
    public static List<Warning> check(Catalogue catalogue) {
        boolean graded = GRADED.contains(Labels.primary(catalogue.language()));
        List<Warning> warnings = new ArrayList<>();
        for (Move move : catalogue.moves()) {
            for (int i = 0; i < move.steps().size(); i++) {
                String step = move.steps().get(i);
                int n = i + 1;
                if (step.length() > MAX_STEP_CHARS) {
                    warnings.add(new Warning(move.id(), n, "long step (" + step.length()
                            + " characters); split it into steps of at most " + MAX_STEP_CHARS));
                }
                for (String sentence : step.split("(?<=[.!?])\\s+")) {
                    int words = words(sentence).length;
                    if (words > MAX_SENTENCE_WORDS) {
                        warnings.add(new Warning(move.id(), n, "long sentence (" + words
                                + " words); aim for " + MAX_SENTENCE_WORDS + " or fewer"));
                    }
                }
                double grade = grade(step);
                if (graded && words(step).length >= MIN_WORDS_FOR_GRADE && grade > MAX_GRADE) {
                    warnings.add(new Warning(move.id(), n, String.format(Locale.ROOT,
                            "hard to read (about grade %.0f); use shorter words and sentences", grade)));
                }
            }
        }
        return warnings;
    }

    /** Flesch–Kincaid grade level. */
    public static double grade(String text) {
        String[] words = words(text);
        if (words.length == 0) {
            return 0;
        }
        int sentences = Math.max(1, text.split("[.!?]+(\\s|$)").length);
        int syllables = 0;
        for (String w : words) {
            syllables += syllables(w);
        }
        return 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
    }

    private static String[] words(String text) {
        String cleaned = text.replaceAll("[^\\p{L}\\p{N}' ]", " ").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split("\\s+");
    }

    /** Vowel groups, less a silent final e; good enough to flag hard text, not to grade it exactly. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("e") && !w.endsWith("le")) {
            w = w.substring(0, w.length() - 1);
        }
        int count = w.split("[aeiouy]+", -1).length - 1;
        return Math.max(1, count);
    }
}
