package org.flourish.lrs.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flourish.lrs.error.TooManyAttemptsException;
import org.flourish.lrs.store.CredentialStore;

/**
 * Checks a key/secret pair against the credential as the store has it now, so disabling one takes effect on its next
 * request; the slow PBKDF2 check runs once per secret and hash, then a fast digest of the verified secret stands in.
 * <p>
 * A refusal takes as long whether the key exists or not: an unknown key is checked against a stand-in hash of the
 * same cost, so the time of a 401 does not tell which keys exist. Guessing is slowed by a {@link GuessThrottle},
 * consulted before the slow check (a throttled guess costs no hash) but after the fast one (a secret already verified
 * is never held back by someone else's guessing).
 */
public final class Authenticator {

    private static final int MAX_REMEMBERED = 10_000;

    private final CredentialStore credentials;
    private final SecretHasher hasher;
    private final GuessThrottle throttle;
    private final String standInHash;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A secret already checked against a hash: its digest, and the hash it was checked against. */
    private record Verified(String secretHash, byte[] secretDigest) {
    }

    public Authenticator(CredentialStore credentials, SecretHasher hasher, GuessThrottle throttle) {
        this.credentials = credentials;
        this.hasher = hasher;
        this.throttle = throttle;
        this.standInHash = hasher.hash(randomSecret());
    }

    /**
     * The active credential with this key and secret, checked for a client at {@code address}; empty when unknown,
     * disabled or the secret is wrong.
     *
     * @throws TooManyAttemptsException when this address or key has failed too often lately
     */
    public Optional<Credential> authenticate(String key, String secret, String address) {
        Optional<Credential> found = credentials.findByKey(key);
        byte[] digest = sha256(secret);
        if (found.isPresent() && found.get().active() && alreadyVerified(found.get(), digest)) {
            return found;
        }
        throttle.waitBefore(address, key).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        boolean matches = hasher.verify(secret.toCharArray(), found.map(Credential::secretHash).orElse(standInHash));
        if (!matches || found.isEmpty() || !found.get().active()) {
            throttle.failed(address, key);
            return Optional.empty();
        }
        throttle.succeeded(address, key);
        remember(found.get(), digest);
        return found;
    }

    private boolean alreadyVerified(Credential credential, byte[] digest) {
        Verified known = verified.get(credential.key());
        return known != null && known.secretHash().equals(credential.secretHash())
                && MessageDigest.isEqual(known.secretDigest(), digest);
    }

    private void remember(Credential credential, byte[] digest) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(credential.key(), new Verified(credential.secretHash(), Arrays.copyOf(digest, digest.length)));
    }

    private static char[] randomSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random).toCharArray();
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
