package org.neverout.engine;

import java.util.List;


/**
 * A service's never-out profile in one model (MODEL.md 1.1 "Diff: what got worse"): (n_0, n_1, ..., n_N)
 * where n_k is the number of its minimal cut sets of size k, its own event {@code [S]} left out, and
 * N its {@code never_out} in the NEW model. Sizes above the analysed order K were not looked at and
 * count 0, so a profile always has N + 1 entries. A service that does not exist in a model has the
 * all-zero profile there.
 *
 * <p>Profiles are compared lexicographically ({@link #compareTo}): the first size where they differ
 * decides, so fewer ways to fail at the smallest size that changed is better however many larger cut
 * sets come with it (a second, diverse time source trades a single point for pairs: an improvement).
 *
 * @param counts n_0 .. n_N
 */
public record CutSetProfile(List<Long> counts) implements Comparable<CutSetProfile> {
    public CutSetProfile {
        counts = List.copyOf(counts);
    }

    /**
     * The profile of service {@code serviceId} from its minimal cut sets. O(C) for C cut sets.
     *
     * @param cutSets   its minimal cut sets up to {@code order} (any order of listing)
     * @param neverOut  N, from the NEW model (at least 0)
     * @param order     the analysed order K
     */
    public static CutSetProfile of(String serviceId, List<List<String>> cutSets, int neverOut, int order) {
        if (neverOut < 0) {
            throw new IllegalArgumentException("never_out must not be negative, got " + neverOut);
        }
        long[] n = new long[neverOut + 1];
        for (List<String> cut : cutSets) {
            int k = cut.size();
            if (k <= neverOut && k <= order && !NeverOutVerdict.isOwnEvent(serviceId, cut)) {
                n[k]++;
            }
        }
        return fromArray(n);
    }

    /** The all-zero profile of N + 1 entries: a service that does not exist in that model. */
    public static CutSetProfile absent(int neverOut) {
        return fromArray(new long[neverOut + 1]);
    }

    private static CutSetProfile fromArray(long[] n) {
        Long[] boxed = new Long[n.length];
        for (int i = 0; i < n.length; i++) {
            boxed[i] = n[i];
        }
        return new CutSetProfile(List.of(boxed));
    }

    /** n_k, 0 beyond the profile's last size. */
    public long count(int size) {
        return size < counts.size() ? counts.get(size) : 0;
    }

    /** N: the largest size the profile covers. */
    public int neverOut() {
        return counts.size() - 1;
    }

    /** The smallest size where the two profiles differ, or -1 when they are equal. O(N). */
    public int firstDifference(CutSetProfile other) {
        int sizes = Math.max(counts.size(), other.counts.size());
        for (int k = 0; k < sizes; k++) {
            if (count(k) != other.count(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Lexicographic order: negative when this profile has fewer cut sets at the first differing size
     * (better), positive when more (worse), 0 when equal.
     */
    @Override
    public int compareTo(CutSetProfile other) {
        int k = firstDifference(other);
        return k < 0 ? 0 : Long.compare(count(k), other.count(k));
    }
}
