package org.neverout.model;

import java.time.LocalDate;

/** An access or security authorisation held by a supplier, with its expiry. */
public record Authorisation(String scope, LocalDate validUntil) {
}
