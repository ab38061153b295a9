package org.neverout.model.tree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        int budget = budget(wrong);
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

    /** The largest edit distance still taken for a typo of {@code wrong}. */
    private static int budget(String wrong) {
        return wrong.length() <= 2 ? 0 : wrong.length() <= 4 ? 1 : wrong.length() <= 8 ? 2 : 3;
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

    /**
     * {@link #closest} over a fixed candidate list, for many look-ups against the same ids (unresolved
     * references in a large model): same answers, but each candidate is normalised once, a normalised
     * match is a hash look-up, and the edit distance is only computed for candidates whose length is
     * within the budget, with a distance that stops as soon as the budget is exceeded.
     *
     * <p>Cost: O(n) to build for n candidates; a look-up costs O(l²) per candidate of compatible length
     * (at most 7 lengths), counted in {@link #work()} so that callers can bound the total. Not thread-safe.
     */
    public static final class Index {
        private static final int MAX_LENGTH = 64;

        private final List<String> candidates;
        /** Normalised form to the positions of the candidates that have it, ascending. */
        private final Map<String, List<Integer>> byNormalised = new HashMap<>();
        /** Per length (0 to 64): the positions of the candidates of that length, ascending, and their chars. */
        private final int[][] positionsByLength = new int[MAX_LENGTH + 1][];
        private final char[][][] charsByLength = new char[MAX_LENGTH + 1][][];
        private final int[][] rows = new int[3][MAX_LENGTH + 2];
        private long work;

        public Index(Collection<String> candidates) {
            this.candidates = List.copyOf(candidates);
            int[] counts = new int[MAX_LENGTH + 1];
            for (int i = 0; i < this.candidates.size(); i++) {
                String c = this.candidates.get(i);
                if (c.length() <= MAX_LENGTH) {
                    byNormalised.computeIfAbsent(normalise(c), k -> new ArrayList<>(1)).add(i);
                    counts[c.length()]++;
                }
            }
            for (int length = 0; length <= MAX_LENGTH; length++) {
                positionsByLength[length] = new int[counts[length]];
                charsByLength[length] = new char[counts[length]][];
                counts[length] = 0;
            }
            for (int i = 0; i < this.candidates.size(); i++) {
                String c = this.candidates.get(i);
                if (c.length() <= MAX_LENGTH) {
                    int k = counts[c.length()]++;
                    positionsByLength[c.length()][k] = i;
                    charsByLength[c.length()][k] = c.toCharArray();
                }
            }
        }

        /** Distance cells computed so far by {@link #closest(String)}. */
        public long work() {
            return work;
        }

        /** Exactly {@link Suggestions#closest(String, Collection)} over the candidates given. */
        public Optional<String> closest(String wrong) {
            if (wrong.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            // a normalised match has distance 0: the first one (other than wrong itself) wins
            for (int i : byNormalised.getOrDefault(normalise(wrong), List.of())) {
                if (!candidates.get(i).equals(wrong)) {
                    return Optional.of(candidates.get(i));
                }
            }
            int budget = budget(wrong);
            if (budget == 0) {
                return Optional.empty(); // only a normalised match is close enough
            }
            int best = -1;
            int bestDistance = budget + 1;
            // the edit distance is at least the difference in length
            char[] a = wrong.toCharArray();
            for (int length = Math.max(0, a.length - budget); length <= Math.min(MAX_LENGTH, a.length + budget); length++) {
                int[] positions = positionsByLength[length];
                char[][] chars = charsByLength[length];
                for (int k = 0; k < positions.length; k++) {
                    int d = boundedDistance(a, chars[k], budget);
                    int i = positions[k];
                    // d == 0 only for wrong itself, which is never its own suggestion
                    if (d > 0 && (d < bestDistance || d == bestDistance && best >= 0 && i < best)) {
                        best = i;
                        bestDistance = d;
                    }
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(candidates.get(best));
        }

        /** {@code "; did you mean 'x'?"} or the empty string. */
        public String didYouMean(String wrong) {
            return closest(wrong).map(s -> "; did you mean '" + s + "'?").orElse("");
        }

        /**
         * {@link Suggestions#distance} when it is at most {@code limit}, else some value above {@code limit}:
         * the rows are abandoned once two consecutive ones exceed the limit everywhere (a transposition
         * reaches back two rows, so no later cell can come back under it).
         */
        int boundedDistance(char[] a, char[] b, int limit) {
            int n = b.length;
            int[] before = rows[0];
            int[] previous = rows[1];
            int[] current = rows[2];
            for (int j = 0; j <= n; j++) {
                previous[j] = j;
            }
            int previousMin = 0;
            for (int i = 1; i <= a.length; i++) {
                current[0] = i;
                int rowMin = i;
                char ai = a[i - 1];
                for (int j = 1; j <= n; j++) {
                    int cost = ai == b[j - 1] ? 0 : 1;
                    int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1]) {
                        d = Math.min(d, before[j - 2] + 1);
                    }
                    current[j] = d;
                    rowMin = Math.min(rowMin, d);
                }
                work += n + 1;
                if (rowMin > limit && previousMin > limit) {
                    return limit + 1;
                }
                previousMin = rowMin;
                int[] spare = before;
                before = previous;
                previous = current;
                current = spare;
            }
            return previous[n];
        }
    }
}
