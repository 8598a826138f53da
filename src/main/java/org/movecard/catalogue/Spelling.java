package org.movecard.catalogue;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for misspelt field names, ids, commands and options: the closest candidate by
 * edit distance. The one helper every suggestion in movecard goes through.
 */
public final class Spelling {
    /** Beyond this many edits a suggestion is more confusing than helpful, even for long words. */
    private static final int MAX_EDITS = 3;

    private Spelling() {
    }

    /** The candidate nearest to {@code word}, if it is a plausible typo of it; the first one wins a tie. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = Math.min(MAX_EDITS, Math.max(1, word.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * A hint for an unknown word: {@code did you mean "chair-twist"?} when one candidate is close,
     * otherwise {@code LEAD: a, b, c} listing them all.
     */
    public static String suggest(String word, Collection<String> candidates, String lead) {
        return closest(word, candidates).map(c -> "did you mean \"" + c + "\"?")
                .orElseGet(() -> lead + ": " + String.join(", ", candidates));
    }

    /** "did you mean "steps"? " or "" — ready to put in front of the rest of a hint. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean \"" + c + "\"? ").orElse("");
    }

    /**
     * Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
     * because swapped letters ("stpes") are the commonest typo.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
