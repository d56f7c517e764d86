package org.flourish.lrs.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flourish.lrs.service.Preconditions;

/**
 * Reads the If-Match and If-None-Match headers (RFC 2616 14.24, 14.26): a comma-separated list of quoted entity
 * tags, or {@code *}. The quotes are removed for comparison; a tag sent without quotes is taken as it is, since
 * clients that compute the SHA-1 themselves (which 3.1.s3.b4 only discourages) often send it bare.
 */
final class EntityTags {

    private EntityTags() {
    }

    static Preconditions preconditions(HttpHeaders headers) {
        return new Preconditions(list(headers.getHeaderString("If-Match")),
                list(headers.getHeaderString("If-None-Match")));
    }

    static Optional<List<String>> list(String header) {
        if (header == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(header.split(",")).map(String::trim).filter(tag -> !tag.isEmpty())
                .map(EntityTags::unquoted).toList());
    }

    private static String unquoted(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1)
                : tag;
    }
}
