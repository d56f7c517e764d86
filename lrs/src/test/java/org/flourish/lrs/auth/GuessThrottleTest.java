package org.flourish.lrs.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.flourish.lrs.testing.MutableClock;
import org.junit.jupiter.api.Test;

class GuessThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final GuessThrottle throttle = new GuessThrottle(clock);

    private void fail(String address, String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, key);
        }
    }

    @Test
    void fiveFailuresForAKeyFromAnAddressMakeItWaitFiveSecondsThenEachFurtherOneTwiceAsLong() {
        fail("203.0.113.7", "school", 4);
        assertEquals(Optional.empty(), throttle.waitBefore("203.0.113.7", "school"));
        fail("203.0.113.7", "school", 1);
        assertEquals(Optional.of(Duration.ofSeconds(5)), throttle.waitBefore("203.0.113.7", "school"));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Optional.empty(), throttle.waitBefore("203.0.113.7", "school"));
        fail("203.0.113.7", "school", 1);
        assertEquals(Optional.of(Duration.ofSeconds(10)), throttle.waitBefore("203.0.113.7", "school"));
        fail("203.0.113.7", "school", 30);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("203.0.113.7", "school"));
        assertEquals(Optional.empty(), throttle.waitBefore("198.51.100.1", "school"));
    }

    @Test
    void anAddressThatFailsForManyKeysWaitsForEveryKey() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113.8", "key-" + i);
        }
        assertTrue(throttle.waitBefore("203.0.113.8", "another-key").isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("203.0.113.9", "another-key"));
    }

    @Test
    void aKeyGuessedFromManyAddressesWaitsEverywhereButWhereItAlreadySignedIn() {
        throttle.succeeded("192.0.2.10", "school");
        for (int i = 0; i < 50; i++) {
            throttle.failed("198.51.100." + i, "school");
        }
        assertTrue(throttle.waitBefore("203.0.113.50", "school").isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("192.0.2.10", "school"));
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        fail("203.0.113.7", "school", 5);
        clock.advance(Duration.ofMinutes(61));
        fail("203.0.113.7", "school", 1);
        assertEquals(Optional.empty(), throttle.waitBefore("203.0.113.7", "school"));
    }

    @Test
    void aSuccessClearsTheCounterOfItsAddressAndKey() {
        fail("203.0.113.7", "school", 4);
        throttle.succeeded("203.0.113.7", "school");
        fail("203.0.113.7", "school", 4);
        assertEquals(Optional.empty(), throttle.waitBefore("203.0.113.7", "school"));
    }

    @Test
    void theAddressesOfOneIpv6NetworkCountAsOneAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("2001:db8:1:2::" + Integer.toHexString(i + 1), "key-" + i);
        }
        assertTrue(throttle.waitBefore("2001:db8:1:2:ffff::1", "other").isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("2001:db8:1:3::1", "other"));
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfAddressesAndKeys() {
        for (int i = 0; i < 120_000; i++) {
            throttle.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), "key-" + i);
        }
        assertTrue(throttle.remembered() <= 3 * GuessThrottle.MAX_ENTRIES, "" + throttle.remembered());
    }
}
