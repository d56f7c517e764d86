package org.flourish.pathways.web.lrs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;

/**
 * The names of the LRS's providers by credential key, read from the admin API at most once a minute: the timeline
 * names who sent a statement (its authority's credential) in words, never by the key.
 */
public final class ProviderDirectory {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Optional<LrsAdmin> lrs;
    private final Clock clock;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.MIN;

    public ProviderDirectory(Optional<LrsAdmin> lrs, Clock clock) {
        this.lrs = lrs;
        this.clock = clock;
    }

    /** The provider name behind an authority key such as {@code account:https://school.example|KEY}. */
    public Optional<String> nameOf(String providerKey) {
        int bar = providerKey.lastIndexOf('|');
        String credential = bar < 0 ? providerKey : providerKey.substring(bar + 1);
        return Optional.ofNullable(current().get(credential));
    }

    private Map<String, String> current() {
        if (lrs.isPresent() && readAt.plus(FRESH_FOR).isBefore(clock.instant())) {
            try {
                Map<String, String> read = new HashMap<>();
                for (JsonObject provider : lrs.get().providers()) {
                    provider.getJsonArray("credentials").getValuesAs(JsonObject.class)
                            .forEach(credential -> read.put(credential.getString("key"), provider.getString("name")));
                }
                names = read;
            } catch (LrsAdminException unreachable) {
                // keep the names known; try again after a minute
            }
            readAt = clock.instant();
        }
        return names;
    }
}
