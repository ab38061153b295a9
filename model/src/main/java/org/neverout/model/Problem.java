package org.neverout.model;

/** One thing wrong with an input file, located so the user can find it. */
public record Problem(Location location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
