package org.flourish.lrs.auth;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Secrets hashed with Jakarta Security's PBKDF2 (HMAC-SHA-256, 210,000 iterations, 32-byte salt). */
public final class Pbkdf2SecretHasher implements SecretHasher {

    private final Pbkdf2PasswordHash hash;

    public Pbkdf2SecretHasher(Pbkdf2PasswordHash hash) {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        this.hash = hash;
    }

    @Override
    public String hash(char[] secret) {
        return hash.generate(secret);
    }

    @Override
    public boolean verify(char[] secret, String hashed) {
        return hash.verify(secret, hashed);
    }
}
