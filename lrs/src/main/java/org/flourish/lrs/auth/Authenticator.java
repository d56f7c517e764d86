package org.flourish.lrs.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flourish.lrs.store.CredentialStore;

/**
 * Checks a key/secret pair against the credential as the store has it now, so disabling one takes effect on its next
 * request; the slow PBKDF2 check runs once per secret and hash, then a fast digest of the verified secret stands in.
 */
public final class Authenticator {

    private static final int MAX_REMEMBERED = 10_000;

    private final CredentialStore credentials;
    private final SecretHasher hasher;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A secret already checked against a hash: its digest, and the hash it was checked against. */
    private record Verified(String secretHash, byte[] secretDigest) {
    }

    public Authenticator(CredentialStore credentials, SecretHasher hasher) {
        this.credentials = credentials;
        this.hasher = hasher;
    }

    /** The active credential with this key and secret; empty when unknown, disabled or the secret is wrong. */
    public Optional<Credential> authenticate(String key, String secret) {
        return credentials.findByKey(key)
                .filter(Credential::active)
                .filter(credential -> secretMatches(credential, secret));
    }

    private boolean secretMatches(Credential credential, String secret) {
        byte[] digest = sha256(secret);
        Verified known = verified.get(credential.key());
        if (known != null && known.secretHash().equals(credential.secretHash())
                && MessageDigest.isEqual(known.secretDigest(), digest)) {
            return true;
        }
        if (!hasher.verify(secret.toCharArray(), credential.secretHash())) {
            return false;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(credential.key(), new Verified(credential.secretHash(), Arrays.copyOf(digest, digest.length)));
        return true;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
