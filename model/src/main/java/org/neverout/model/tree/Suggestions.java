package org.neverout.model.tree;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" suggestions for misspelt field names and ids. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code wrong}, if one is close enough to be a likely typo: the same
     * ignoring case, {@code _} and {@code -}, or within an edit distance of 1 (words up to 4
     * characters; none for 1 or 2), 2 (up to 8) or 3. Ties go to the first candidate in iteration order.
     *
     * <p>Cost: O(n · l²) for n candidates of length l; candidates longer than 64 characters are skipped.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String normWrong = normalise(wrong);
        int budget = wrong.length() <= 2 ? 0 : wrong.length() <= 4 ? 1 : wrong.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(wrong) || candidate.length() > 64 || wrong.length() > 64) {
                continue;
            }
            int d = normalise(candidate).equals(normWrong) ? 0 : distance(wrong, candidate);
            if (d <= budget && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
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
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
