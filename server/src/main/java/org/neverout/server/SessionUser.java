package org.neverout.server;

import java.util.Objects;

/** The signed-in user of a request: name and role as they were at login. */
public record SessionUser(String username, Role role) {
    public SessionUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
