package org.flourish.lrs.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digest the erasure audit keeps of a learner's identifiers: HMAC-SHA256 under a secret of the installation.
 * Whoever holds that secret and the exact identifiers can recognise an erasure; a guessed identifier confirms
 * nothing without the secret (a plain hash would: identifiers are easy to guess).
 */
public final class IdentifierDigest {

    private static final String ALGORITHM = "HmacSHA256";
    /** HMAC-SHA256's block-sized keys are 64 bytes; 32 random bytes already match its strength. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public IdentifierDigest(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the audit key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The digest of the identifier keys, in sorted order, each followed by a line feed; lower-case hex. */
    public String of(Set<String> agentKeys) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (String agentKey : new TreeSet<>(agentKeys)) {
                mac.update(agentKey.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) '\n');
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
