package org.neverout.compliance;

/** A rule switched off by the model's {@code compliance.disabled} section; reported, never silently dropped. */
public record DisabledRule(String rule, String title, String pack, String reason) {
}
