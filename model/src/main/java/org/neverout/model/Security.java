package org.neverout.model;

import java.time.LocalDate;

/** Physical-security facts of a site (all optional; null means "not declared"). */
public record Security(Boolean alarm, Boolean alarmMonitored, String accessControl, LocalDate lastInspection) {
}
