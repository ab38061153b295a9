package org.neverout.model;

import java.time.LocalDate;

/** Connection-condition evidence declared by an external party; null fields were not declared. */
public record Evidence(Boolean firewall, String encryption, LocalDate lastAudit, Integer patchDays,
                       Boolean contact24x7) {
    public static final Evidence NONE = new Evidence(null, null, null, null, null);
}
