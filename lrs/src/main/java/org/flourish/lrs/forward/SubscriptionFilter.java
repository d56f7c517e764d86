package org.flourish.lrs.forward;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.flourish.lrs.xapi.rules.StatementIndex;

/** Which statements a subscription wants: any combination of a verb, an activity (in any role) and a provider. */
public record SubscriptionFilter(Optional<String> verb, Optional<String> activity, OptionalLong providerId) {

    public static final SubscriptionFilter ALL = new SubscriptionFilter(Optional.empty(), Optional.empty(),
            OptionalLong.empty());

    public SubscriptionFilter {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(providerId, "providerId");
    }

    /** Whether a statement matches; {@code providerCredentials} are the ids of the filtered provider's credentials. */
    boolean matches(StatementIndex index, long credentialId, Set<Long> providerCredentials) {
        return verb.map(index.verbId()::equals).orElse(true)
                && activity.map(index.relatedActivityIds()::contains).orElse(true)
                && (providerId.isEmpty() || providerCredentials.contains(credentialId));
    }
}
