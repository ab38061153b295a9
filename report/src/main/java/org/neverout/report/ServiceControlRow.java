package org.neverout.report;

import java.util.List;

/**
 * Control status of one service ("military owned and controlled": both must hold).
 *
 * @param id          the service id
 * @param controlled  whether it survives on defence-operated elements alone (with every supplier lost)
 * @param owned       whether it survives on defence-owned elements alone (every node and link whose
 *                    owner is not defence down; MODEL.md 1.1 "Owned")
 * @param needs       the suppliers (ids) it cannot do without, empty when controlled
 */
public record ServiceControlRow(String id, boolean controlled, boolean owned, List<String> needs) {
    public ServiceControlRow {
        needs = List.copyOf(needs);
    }

    /** Military owned and controlled: both. */
    public boolean ownedAndControlled() {
        return owned && controlled;
    }
}
