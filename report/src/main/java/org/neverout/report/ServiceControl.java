package org.neverout.report;

import java.util.List;

/**
 * Control status of one service ("military owned and controlled").
 *
 * @param id          the service id
 * @param controlled  whether it survives on defence-operated elements alone (with every supplier lost)
 * @param needs       the suppliers (ids) it cannot do without, empty when controlled
 */
public record ServiceControl(String id, boolean controlled, List<String> needs) {
    public ServiceControl {
        needs = List.copyOf(needs);
    }
}
