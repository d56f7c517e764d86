package org.flourish.pathways.web.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays after failed sign-ins, per user name and per client address: the first three failures of a user
 * name cost nothing, then each further one makes the next attempt wait twice as long (2 s, 4 s, 8 s ... up to 15
 * minutes). An address gets twenty free failures (a school's wifi is one address for many people). A success
 * clears the user name's count. Guessing a password is slow; a person who mistyped hardly notices.
 */
public final class SignInThrottle {

    private static final int FREE_FAILURES_PER_USER = 3;
    private static final int FREE_FAILURES_PER_ADDRESS = 20;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant retryAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this user name or address must still wait, or empty if an attempt may be made now. */
    public Optional<Duration> wait(String userName, String address) {
        Instant now = clock.instant();
        Instant retryAt = later(retryAt("user:" + userName), retryAt("address:" + address));
        return retryAt.isAfter(now) ? Optional.of(Duration.between(now, retryAt)) : Optional.empty();
    }

    public void failed(String userName, String address) {
        count("user:" + userName, FREE_FAILURES_PER_USER);
        count("address:" + address, FREE_FAILURES_PER_ADDRESS);
    }

    public void succeeded(String userName) {
        failures.remove("user:" + userName);
    }

    private Instant retryAt(String key) {
        Failures known = failures.get(key);
        return known == null ? Instant.MIN : known.retryAt();
    }

    private void count(String key, int free) {
        if (failures.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.retryAt().plus(MAX_DELAY).isBefore(now));
        }
        failures.compute(key, (k, known) -> {
            int count = known == null ? 1 : known.count() + 1;
            Duration delay = count <= free ? Duration.ZERO
                    : min(FIRST_DELAY.multipliedBy(1L << Math.min(20, count - free - 1)), MAX_DELAY);
            return new Failures(count, clock.instant().plus(delay));
        });
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
