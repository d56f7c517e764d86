package org.flourish.lrs.forward;

import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.store.CredentialStore;
import org.flourish.lrs.store.StatementStore;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.rules.StatementIndexer;

/**
 * One pass of forwarding: every enabled subscription that is due reads the next stretch of the statement log after
 * its position, delivers the statements that match its filter, and only then moves its position past the stretch.
 * A failure leaves the position where it was and backs off exponentially, so delivery is in order and at least once.
 */
public final class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class.getName());
    /**
     * Statements per stretch (one log read, one delivery, one progress write). 200 let a new subscription fall 2 s
     * behind a 6,000 statements/s ingest while its code compiled; 500, 1.1-1.3 s (BENCHMARKS.md).
     */
    static final int BATCH = 500;
    /** Stretches per subscription and pass, so one far behind does not hold up the others for long. */
    static final int STRETCHES_PER_PASS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final SubscriptionStore subscriptions;
    private final StatementStore statements;
    private final CredentialStore credentials;
    private final StatementDelivery delivery;
    private final Clock clock;

    public Forwarder(SubscriptionStore subscriptions, StatementStore statements, CredentialStore credentials,
            StatementDelivery delivery, Clock clock) {
        this.subscriptions = subscriptions;
        this.statements = statements;
        this.credentials = credentials;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Forwards what is due now, up to {@link #STRETCHES_PER_PASS} stretches per subscription, so one subscription
     * behind a fast ingest does not hold up the others.
     */
    public Pass runOnce() {
        int delivered = 0;
        boolean behind = false;
        for (Subscription subscription : subscriptions.all()) {
            if (subscription.enabled() && subscription.progress().dueAt(OffsetDateTime.now(clock))) {
                Pass pass = catchUp(subscription);
                delivered += pass.delivered();
                behind |= pass.behind();
            }
        }
        return new Pass(delivered, behind);
    }

    /** What a pass came to: statements delivered, and whether a subscription has more waiting right now. */
    public record Pass(int delivered, boolean behind) {
    }

    private Pass catchUp(Subscription subscription) {
        int delivered = 0;
        Subscription current = subscription;
        for (int stretch = 0; stretch < STRETCHES_PER_PASS; stretch++) {
            Outcome outcome = forward(current);
            delivered += outcome.delivered();
            if (!outcome.full()) {
                return new Pass(delivered, false);
            }
            current = subscriptions.find(subscription.id()).orElse(null);
            if (current == null || !current.enabled()) {
                return new Pass(delivered, false);
            }
        }
        return new Pass(delivered, true);
    }

    /** What one stretch came to: statements delivered, and whether the stretch was full (more may wait). */
    private record Outcome(int delivered, boolean full) {
    }

    private Outcome forward(Subscription subscription) {
        List<StoredStatement> stretch = statements.readAfter(subscription.progress().deliveredThrough(), BATCH);
        if (stretch.isEmpty()) {
            return new Outcome(0, false);
        }
        List<StoredStatement> matching = matching(subscription, stretch);
        try {
            if (!matching.isEmpty()) {
                delivery.deliver(subscription, matching);
            }
            subscriptions.recordDelivery(subscription.id(), stretch.get(stretch.size() - 1).seq(), matching.size(),
                    OffsetDateTime.now(clock));
            return new Outcome(matching.size(), stretch.size() == BATCH);
        } catch (DeliveryFailedException e) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            subscriptions.recordFailure(subscription.id(), e.getMessage(), now,
                    now.plus(backoff(subscription.progress().failures() + 1)));
            LOG.log(Level.WARNING, "Forwarding to subscription " + subscription.name() + " failed: " + e.getMessage());
            return new Outcome(0, false);
        }
    }

    /** The statements of the stretch the subscription wants; without a filter, all of them, unread. */
    private List<StoredStatement> matching(Subscription subscription, List<StoredStatement> stretch) {
        if (subscription.filter().equals(SubscriptionFilter.ALL)) {
            return stretch;
        }
        Set<Long> providerCredentials = providerCredentials(subscription);
        return stretch.stream()
                .filter(s -> subscription.filter().matches(StatementIndexer.index(parse(s.json())), s.credentialId(),
                        providerCredentials))
                .toList();
    }

    /** 1 s after the first failure, doubling up to 5 minutes. */
    static Duration backoff(int failures) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private Set<Long> providerCredentials(Subscription subscription) {
        Set<Long> ids = new HashSet<>();
        subscription.filter().providerId().ifPresent(provider ->
                credentials.credentialsOf(provider).stream().map(Credential::id).forEach(ids::add));
        return ids;
    }

    private static jakarta.json.JsonObject parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
