package org.neverout.control;

import java.time.LocalDate;

/**
 * One authorisation of a supplier judged at the analysis date.
 *
 * @param validUntil  last valid day, or null when the model gives none (then it never expires)
 * @param daysLeft  days from the analysis date to {@code validUntil} (negative once expired); null
 *                  without an end date
 */
public record AuthorisationStatus(String scope, LocalDate validUntil, State state, Long daysLeft) {

    /** Expired before the analysis date, expiring within the warning window, or valid beyond it. */
    public enum State {
        EXPIRED, EXPIRING, VALID;

        public String token() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
