package org.neverout.cli;

/** A usage error discovered while running a command (bad combination of options, unknown id...): exit 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
