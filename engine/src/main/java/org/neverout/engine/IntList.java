package org.neverout.engine;

import java.util.Arrays;

/** A growable list of ints without boxing, for the engine's hot paths. */
final class IntList {
    private int[] values;
    private int size;

    IntList() {
        this(16);
    }

    IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    /** A list holding a copy of the values. */
    static IntList of(int[] values) {
        IntList list = new IntList(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
