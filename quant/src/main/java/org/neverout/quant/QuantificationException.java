package org.neverout.quant;

/** The requested quantification cannot be done (for example the exact method is infeasible within its budget). */
public final class QuantificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuantificationException(String message) {
        super(message);
    }
}
