package org.neverout.model;

/** A position in a model file (1-based line and column), kept so messages and reports can point at it. */
public record Location(String file, int line, int column) {
    public static final Location UNKNOWN = new Location("<unknown>", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
