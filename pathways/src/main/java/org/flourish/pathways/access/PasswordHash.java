package org.flourish.pathways.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password kept as PBKDF2-HMAC-SHA256 (210,000 iterations, 16-byte salt, as OWASP recommends), compared in
 * constant time. The clear password is never kept. {@link #encoded()} is how it is stored:
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (Base64), so that a later increase of the iterations still reads
 * older hashes.
 */
public final class PasswordHash {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Compared against when a user name is unknown, so that the answer takes as long as for a wrong password. */
    public static final PasswordHash NONE = of("no account has this password".toCharArray());

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Reads a hash written by {@link #encoded()}. */
    public static PasswordHash decode(String encoded) {
        String[] parts = encoded.split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + " password hash");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), base64.decode(parts[2]), base64.decode(parts[3]));
    }

    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            KeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every Java 17 runtime", e);
        }
    }
}
