package org.neverout.history;

/**
 * The history store cannot be used as asked: unreachable, refused credentials, a schema newer than
 * this NeverOut, an unsupported URL. The message is plain and complete (the CLI prints it, exit 2);
 * it never contains a password.
 */
public final class HistoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
