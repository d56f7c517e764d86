package org.flourish.lrs.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.flourish.lrs.forward.DeliveryProgress;
import org.flourish.lrs.forward.Subscription;
import org.flourish.lrs.forward.SubscriptionFilter;

/** A row of table {@code subscription}. */
@Entity
@Table(name = "subscription")
@NamedQuery(name = SubscriptionRow.ALL, query = "SELECT s FROM SubscriptionRow s ORDER BY s.id")
class SubscriptionRow {
    static final String ALL = "Subscription.all";
    private static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 1)
    private long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "target_url", nullable = false)
    private String targetUrl;

    @Column(name = "target_key", nullable = false)
    private String targetKey;

    @Column(name = "target_secret", nullable = false)
    private String targetSecret;

    @Column(name = "filter_verb")
    private String filterVerb;

    @Column(name = "filter_activity")
    private String filterActivity;

    @Column(name = "filter_provider")
    private Long filterProvider;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "delivered_through", nullable = false)
    private long deliveredThrough;

    @Column(name = "delivered_count", nullable = false)
    private long deliveredCount;

    @Column(name = "last_delivered_at")
    private OffsetDateTime lastDeliveredAt;

    @Column(nullable = false)
    private int failures;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_error_at")
    private OffsetDateTime lastErrorAt;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected SubscriptionRow() {
    }

    SubscriptionRow(String name, URI target, String targetKey, String targetSecret, SubscriptionFilter filter,
            long startAfter, OffsetDateTime created) {
        this.name = name;
        this.targetUrl = target.toString();
        this.targetKey = targetKey;
        this.targetSecret = targetSecret;
        this.filterVerb = filter.verb().orElse(null);
        this.filterActivity = filter.activity().orElse(null);
        this.filterProvider = filter.providerId().isPresent() ? filter.providerId().getAsLong() : null;
        this.enabled = true;
        this.deliveredThrough = startAfter;
        this.created = created;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            nextAttemptAt = null;
        }
    }

    void delivered(long position, int count, OffsetDateTime at) {
        deliveredThrough = Math.max(deliveredThrough, position);
        deliveredCount += count;
        if (count > 0) {
            lastDeliveredAt = at;
        }
        failures = 0;
        nextAttemptAt = null;
    }

    void failed(String error, OffsetDateTime at, OffsetDateTime nextAttempt) {
        failures++;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        lastErrorAt = at;
        nextAttemptAt = nextAttempt;
    }

    Subscription toSubscription() {
        SubscriptionFilter filter = new SubscriptionFilter(Optional.ofNullable(filterVerb),
                Optional.ofNullable(filterActivity),
                filterProvider == null ? OptionalLong.empty() : OptionalLong.of(filterProvider));
        DeliveryProgress progress = new DeliveryProgress(deliveredThrough, deliveredCount,
                Optional.ofNullable(lastDeliveredAt), failures, Optional.ofNullable(nextAttemptAt),
                Optional.ofNullable(lastError), Optional.ofNullable(lastErrorAt));
        return new Subscription(id, name, URI.create(targetUrl), targetKey, targetSecret, filter, enabled, progress,
                created);
    }
}
