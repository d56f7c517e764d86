package org.flourish.pathways.access;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last password verified for each configured user, kept as a SHA-256 of a per-process random
 * pepper and the password: recognising it again costs microseconds, and the map never grows beyond the
 * configured users. A wrong password never enters it.
 */
final class VerifiedPasswords {

    private final byte[] pepper = new byte[32];
    private final Map<String, byte[]> digests = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        new SecureRandom().nextBytes(pepper);
    }

    boolean contains(String name, char[] password) {
        byte[] known = digests.get(name);
        return known != null && MessageDigest.isEqual(known, digest(password));
    }

    void remember(String name, char[] password) {
        digests.put(name, digest(password));
    }

    void forget(String name) {
        digests.remove(name);
    }

    private byte[] digest(char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            sha.update(bytes);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
