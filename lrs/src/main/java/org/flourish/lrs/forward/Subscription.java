package org.flourish.lrs.forward;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A standing order to forward statements to another xAPI endpoint ({@code target} is its base, statements go to
 * {@code target/statements}) with HTTP Basic credentials. The target secret is kept as given: it must be sent.
 */
public record Subscription(long id, String name, URI target, String targetKey, String targetSecret,
        SubscriptionFilter filter, boolean enabled, DeliveryProgress progress, OffsetDateTime created) {

    public Subscription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(targetSecret, "targetSecret");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(created, "created");
    }
}
