package org.flourish.lrs.forward;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Where subscriptions and their delivery progress are kept. */
public interface SubscriptionStore {

    Subscription add(String name, URI target, String targetKey, String targetSecret, SubscriptionFilter filter,
            long startAfter);

    List<Subscription> all();

    Optional<Subscription> find(long id);

    Optional<Subscription> setEnabled(long id, boolean enabled);

    boolean delete(long id);

    /** Everything through {@code position} is delivered; {@code delivered} more statements were sent. */
    void recordDelivery(long id, long position, int delivered, OffsetDateTime at);

    /** A delivery failed; no attempt before {@code nextAttempt}. */
    void recordFailure(long id, String error, OffsetDateTime at, OffsetDateTime nextAttempt);
}
