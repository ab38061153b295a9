package org.neverout.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.neverout.model.Location;

/**
 * An incident to replay: a named set of basic events that fail together.
 *
 * @param name          short name, or null (a {@code --fail} list has none)
 * @param description   free text, or null
 * @param fail          basic event ids exactly as MODEL.md defines them, in the order given, without
 *                      repeats
 * @param durationH     how long it lasted in hours, or null when not given
 * @param failLocations where each id of {@code fail} was written (same order), for messages
 */
public record Incident(String name, String description, List<String> fail, Double durationH,
                       List<Location> failLocations) {
    public Incident {
        Objects.requireNonNull(fail, "fail");
        fail = List.copyOf(fail);
        failLocations = failLocations == null ? Collections.nCopies(fail.size(), Location.UNKNOWN)
                : List.copyOf(failLocations);
        if (failLocations.size() != fail.size()) {
            throw new IllegalArgumentException("one location per failed id is needed");
        }
        if (durationH != null && (durationH.isNaN() || durationH.isInfinite() || durationH < 0)) {
            throw new IllegalArgumentException("duration must be a finite number of hours >= 0, not " + durationH);
        }
    }

    /** An incident built in code (locations unknown). */
    public Incident(String name, String description, List<String> fail, Double durationH) {
        this(name, description, fail, durationH, null);
    }

    /**
     * An unnamed incident from a list of ids as given on the command line ({@code --fail a,b}), each
     * located at {@code where}; repeats are dropped.
     */
    public static Incident ofIds(List<String> ids, Location where) {
        List<String> distinct = new ArrayList<>();
        for (String id : ids) {
            if (!distinct.contains(id)) {
                distinct.add(id);
            }
        }
        return new Incident(null, null, distinct, null, Collections.nCopies(distinct.size(), where));
    }
}
