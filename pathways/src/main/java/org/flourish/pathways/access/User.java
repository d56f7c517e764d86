package org.flourish.pathways.access;

import java.util.Objects;

/** An authenticated API user. */
public record User(String name, Role role) {

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
