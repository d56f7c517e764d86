package org.flourish.lrs.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down whoever guesses secrets, before their guesses cost a slow hash each. Failed checks are counted per
 * address, per address and key, and per key; past a few free failures each further one makes its counter wait twice
 * as long (5 s, 10 s, ... up to 15 minutes), and a counter is forgotten an hour after its last failure.
 * <p>
 * Lockout is the attacker's tool too, so: a key's own counter does not hold back an address from which that key has
 * already signed in (the school keeps working while someone elsewhere guesses its key), and a secret already verified
 * is accepted without any of these checks ({@link Authenticator}). Addresses are counted by /64 for IPv6, where one
 * client holds many. Each table keeps at most {@link #MAX_ENTRIES} entries, the least recently used going first.
 */
public final class GuessThrottle {

    static final int FREE_PER_ADDRESS_AND_KEY = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final int FREE_PER_KEY = 50;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 50_000;

    private final Clock clock;
    private final Counters byAddress = new Counters(FREE_PER_ADDRESS);
    private final Counters byAddressAndKey = new Counters(FREE_PER_ADDRESS_AND_KEY);
    private final Counters byKey = new Counters(FREE_PER_KEY);
    private final Bounded<String, Boolean> signedInFrom = new Bounded<>();

    public GuessThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must wait before its next check of a secret for this key; empty when it need not. */
    public Optional<Duration> waitBefore(String address, String key) {
        Instant now = clock.instant();
        String from = addressOf(address);
        Duration wait = longest(byAddress.wait(from, now), byAddressAndKey.wait(from + ' ' + key, now));
        if (!signedInFrom.contains(from + ' ' + key)) {
            wait = longest(wait, byKey.wait(key, now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String address, String key) {
        Instant now = clock.instant();
        String from = addressOf(address);
        byAddress.fail(from, now);
        byAddressAndKey.fail(from + ' ' + key, now);
        if (!signedInFrom.contains(from + ' ' + key)) {
            byKey.fail(key, now);
        }
    }

    public void succeeded(String address, String key) {
        String from = addressOf(address);
        byAddressAndKey.forget(from + ' ' + key);
        signedInFrom.put(from + ' ' + key, Boolean.TRUE);
    }

    /** Entries held across the tables: never more than four times {@link #MAX_ENTRIES}. */
    int remembered() {
        return byAddress.entries.size() + byAddressAndKey.entries.size() + byKey.entries.size()
                + signedInFrom.size();
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The address as counted: an IPv6 address by its /64 network, anything unparsable as given. */
    static String addressOf(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).getAddress();
            return bytes.length == 16 ? "v6 " + Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
        } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
            return address;
        }
    }

    /** Failures per name, with the time until which the name must wait. */
    private static final class Counters {
        private final int free;
        private final Bounded<String, Failures> entries = new Bounded<>();

        Counters(int free) {
            this.free = free;
        }

        Duration wait(String name, Instant now) {
            Failures failures = entries.get(name);
            if (failures == null || !now.isBefore(failures.waitUntil)) {
                return Duration.ZERO;
            }
            return Duration.between(now, failures.waitUntil);
        }

        synchronized void fail(String name, Instant now) {
            Failures failures = entries.get(name);
            if (failures == null || Duration.between(failures.last, now).compareTo(FORGET_AFTER) > 0) {
                failures = new Failures();
            }
            failures.count++;
            failures.last = now;
            if (failures.count >= free) {
                int doublings = Math.min(failures.count - free, 20);
                Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
                failures.waitUntil = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            }
            entries.put(name, failures);
        }

        void forget(String name) {
            entries.remove(name);
        }
    }

    private static final class Failures {
        int count;
        Instant last = Instant.MIN;
        Instant waitUntil = Instant.MIN;
    }

    /** A synchronized map that drops its least recently used entry beyond {@link #MAX_ENTRIES}. */
    private static final class Bounded<K, V> {
        private final Map<K, V> map = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        };

        synchronized V get(K key) {
            return map.get(key);
        }

        synchronized boolean contains(K key) {
            return map.containsKey(key);
        }

        synchronized void put(K key, V value) {
            map.put(key, value);
        }

        synchronized void remove(K key) {
            map.remove(key);
        }

        synchronized int size() {
            return map.size();
        }
    }
}
