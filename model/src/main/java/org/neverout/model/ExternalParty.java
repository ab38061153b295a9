package org.neverout.model;

import java.util.List;

/** A non-defence organisation connected to the network, with the facts it declared. */
public record ExternalParty(String id, String name, List<String> connectsAt, Evidence evidence) {
    public ExternalParty {
        connectsAt = List.copyOf(connectsAt);
    }
}
