package org.neverout.report;

import java.util.List;
import java.util.Objects;
import org.neverout.engine.Finding;

/**
 * One root cause of the decision page: a never-out finding (a cut set with every service it violates),
 * what it takes down, who operates and who owns that, and what to do about it in plain words.
 *
 * @param finding    the never-out finding (cut set, services, vital, users, severity)
 * @param concerned  the nodes and links the cut set takes down, and shared services among its events
 * @param operators  who operates the nodes and links concerned, most elements first
 * @param owners     who owns them, most elements first
 * @param action     the recommended action, one sentence
 */
public record RootCause(Finding finding, ElementsConcerned concerned, List<Party> operators, List<Party> owners,
                        String action) {
    public RootCause {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(concerned, "concerned");
        operators = List.copyOf(operators);
        owners = List.copyOf(owners);
        Objects.requireNonNull(action, "action");
    }
}
