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
        String algorithm = switch (declared.length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    /** SHA-256 in lower-case hex, the variant this LRS and its tests use when they make a hash. */
    public static String sha256(byte[] data) {
        return sameVariantAs("0".repeat(64), data).orElseThrow();
    }
}
