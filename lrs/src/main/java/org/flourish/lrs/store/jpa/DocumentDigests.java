package org.flourish.lrs.store.jpa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;

/**
 * The index keys of table {@code document}: SHA-256 digests of a context and of a document identity. Each part is
 * written with its length first, so no two different identities give the same text to digest.
 */
final class DocumentDigests {

    private DocumentDigests() {
    }

    static String context(DocumentContext context) {
        StringBuilder text = new StringBuilder();
        part(text, Optional.of(context.kind().name()));
        part(text, context.activityId());
        part(text, context.agentKey());
        part(text, context.registration().map(Object::toString));
        return sha256(text.toString());
    }

    static String identity(DocumentKey key) {
        StringBuilder text = new StringBuilder(context(key.context()));
        part(text, Optional.of(key.documentId()));
        return sha256(text.toString());
    }

    private static void part(StringBuilder text, Optional<String> value) {
        value.ifPresentOrElse(v -> text.append(v.length()).append(':').append(v), () -> text.append('-'));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
