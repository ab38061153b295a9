package org.neverout.model;

/** A position in a model file (1-based line and column), kept so messages and reports can point at it. */
public record Location(String file, int line, int column) {
    public static final Location UNKNOWN = new Location("<unknown>", 0, 0);

    @Override
    public String toString() {
        // a file-level problem (no line) reads "FILE: message", not "FILE:0:0: message"
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
