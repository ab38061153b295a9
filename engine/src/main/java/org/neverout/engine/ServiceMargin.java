package org.neverout.engine;

import java.util.List;
import java.util.Objects;

/**
 * One service's margin in the live state (issue 18): how many further failures it survives.
 *
 * @param serviceId    the service's id
 * @param up           whether it is up with the down events applied
 * @param margin       the size of the smallest set of further basic events of the enabled kinds (its own
 *                     event excluded) that takes it down: 0 when it is down, null when no such set exists
 *                     within the analysed order, or when a time limit stopped the search before it was
 *                     proven (the {@link MarginResult} is then not complete)
 * @param singlePoints the events that alone take it down now (its margin-1 sets), sorted by id; empty unless
 *                     the margin is 1
 */
public record ServiceMargin(String serviceId, boolean up, Integer margin, List<String> singlePoints) {
    public ServiceMargin {
        Objects.requireNonNull(serviceId, "serviceId");
        singlePoints = List.copyOf(singlePoints);
        if (up ? margin != null && margin < 1 : margin == null || margin != 0) {
            throw new IllegalArgumentException("service '" + serviceId + "': margin " + margin + " contradicts up="
                    + up + " (0 exactly when down)");
        }
        if (!singlePoints.isEmpty() && (margin == null || margin != 1)) {
            throw new IllegalArgumentException("service '" + serviceId + "': single points with margin " + margin);
        }
    }
}
