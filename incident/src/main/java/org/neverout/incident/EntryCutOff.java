package org.neverout.incident;

import java.util.List;

/**
 * An endpoint entry of a service none of whose alternatives is live.
 *
 * @param index         position of the entry in the service's {@code endpoints} (0-based)
 * @param alternatives  the entry's node ids
 * @param members       why each alternative is down, in the entry's order
 */
public record EntryCutOff(int index, List<String> alternatives, List<ElementFailure> members) {
    public EntryCutOff {
        alternatives = List.copyOf(alternatives);
        members = List.copyOf(members);
    }
}
