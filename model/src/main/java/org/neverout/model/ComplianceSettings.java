package org.neverout.model;

import java.util.List;
import java.util.Map;

/**
 * The model's optional {@code compliance:} section: overrides of built-in rule thresholds (by
 * parameter name, e.g. {@code patch_days_max: 14}) and built-in rule ids switched off, each with a reason.
 */
public record ComplianceSettings(Map<String, Object> thresholds, Map<String, String> disabled) {
    public static final ComplianceSettings NONE = new ComplianceSettings(Map.of(), Map.of());

    public ComplianceSettings {
        thresholds = Map.copyOf(thresholds);
        disabled = Map.copyOf(disabled);
    }
}
