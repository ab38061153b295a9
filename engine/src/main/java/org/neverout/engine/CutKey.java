package org.neverout.engine;

import java.util.Arrays;

/**
 * A set of class or event numbers, sorted ascending, usable as a hash key: the one set key of the
 * engine's enumerations (cut sets, network splits). Immutable.
 */
public final class CutKey implements Comparable<CutKey> {
    final int[] members;
    private final int hash;

    /** Wraps a sorted array (not copied: callers hand over ownership). */
    CutKey(int[] sortedMembers) {
        this.members = sortedMembers;
        this.hash = Arrays.hashCode(sortedMembers);
    }

    /** A key of a copy of the given members (sorted ascending by the caller). */
    public static CutKey of(int... sortedMembers) {
        return new CutKey(sortedMembers.clone());
    }

    /** Number of members. */
    public int size() {
        return members.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CutKey && Arrays.equals(members, ((CutKey) o).members);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** By size, then element by element. */
    @Override
    public int compareTo(CutKey o) {
        if (members.length != o.members.length) {
            return Integer.compare(members.length, o.members.length);
        }
        return Arrays.compare(members, o.members);
    }

    @Override
    public String toString() {
        return Arrays.toString(members);
    }

    /**
     * A reusable lookup key over the first {@code size} members of its buffer, so that minimality tests
     * allocate nothing per subset: {@code Set.contains(probe)} is {@code probe.equals(key)} on the stored
     * keys (the {@link java.util.Set#contains} contract), which compares the members, and its hash is
     * {@link CutKey#hashCode()}'s. Mutable, for one thread; never stored in a set.
     */
    public static final class Probe {
        final int[] members;
        private int size;
        private int hash;

        /** A probe for sets of up to {@code capacity} members. */
        public Probe(int capacity) {
            members = new int[capacity];
        }

        /** Sets member i of the buffer (callers keep the members sorted). */
        public void put(int i, int member) {
            members[i] = member;
        }

        /** Uses the first {@code size} members of the buffer (sorted, filled by the caller). */
        public Probe of(int size) {
            this.size = size;
            int h = 1;
            for (int i = 0; i < size; i++) {
                h = 31 * h + members[i]; // as Arrays.hashCode
            }
            hash = h;
            return this;
        }

        /** Number of members in use. */
        public int size() {
            return size;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CutKey k && Arrays.equals(members, 0, size, k.members, 0, k.members.length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
