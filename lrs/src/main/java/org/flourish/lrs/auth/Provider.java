package org.flourish.lrs.auth;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;

/** An organisation that sends or reads learning records: a school, an NGO, a tool vendor. */
public record Provider(long id, String name, URI homepage, boolean enabled, OffsetDateTime created) {

    public Provider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homepage, "homepage");
        Objects.requireNonNull(created, "created");
    }
}
