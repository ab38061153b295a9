package org.neverout.engine;

import java.util.Arrays;

/** A set of class or event numbers, sorted ascending, usable as a hash key. */
final class CutKey implements Comparable<CutKey> {
    final int[] members;
    private final int hash;

    /** Wraps a sorted array (not copied: callers hand over ownership). */
    CutKey(int[] sortedMembers) {
        this.members = sortedMembers;
        this.hash = Arrays.hashCode(sortedMembers);
    }

    int size() {
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
}
