package org.flourish.lrs.xapi.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-2 digest of data, in the variant a declared hash names by its length (xAPI-Data 2.4.11: 56, 64, 96 or 128
 * hex digits are SHA-224, SHA-256, SHA-384, SHA-512).
 */
public final class Sha2Digests {

    private Sha2Digests() {
    }

    /** The lower-case hex digest of {@code data} in the variant of {@code declared}; empty for no SHA-2 length. */
    public static Optional<String> sameVariantAs(String declared, byte[] data) {
        return switch (declared.length()) {
            case 56 -> Optional.of(hex("SHA-224", data));
            case 64 -> Optional.of(hex("SHA-256", data));
            case 96 -> Optional.of(hex("SHA-384", data));
            case 128 -> Optional.of(hex("SHA-512", data));
            default -> Optional.empty();
        };
    }

    /** SHA-256 in lower-case hex, the variant clients are told to prefer (xAPI-Communication 1.5.2.s4.b4). */
    public static String sha256(byte[] data) {
        return hex("SHA-256", data);
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
