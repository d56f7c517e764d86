package org.flourish.pathways.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void threeFailuresAreFreeThenEachDoublesTheWait() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("awa", "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.wait("awa", "10.0.0.1"));
        throttle.failed("awa", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.wait("awa", "10.0.0.1"));
        throttle.failed("awa", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.wait("awa", "10.0.0.1"));
        throttle.failed("awa", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(8)), throttle.wait("awa", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(8));
        assertEquals(Optional.empty(), throttle.wait("awa", "10.0.0.1"));
    }

    @Test
    void theWaitNeverExceedsFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("awa", "10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.wait("awa", "10.0.0.1"));
    }

    @Test
    void anotherUserOnTheSameAddressIsSlowedOnlyAfterTwentyFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("awa", "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.wait("omar", "10.0.0.1"));
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "10.0.0.1");
        }
        assertTrue(throttle.wait("omar", "10.0.0.1").isPresent());
        assertEquals(Optional.empty(), throttle.wait("omar", "10.0.0.2"));
    }

    @Test
    void aSuccessClearsTheUsersCount() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("awa", "10.0.0.1");
        }
        throttle.succeeded("awa");
        throttle.failed("awa", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.wait("awa", "10.0.0.1"));
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
