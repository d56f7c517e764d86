package org.flourish.pathways.web.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A learner key as one URL path segment: Base64url of its UTF-8 bytes, so that keys full of slashes, bars and
 * colons ({@code account:https://school.example|TH-0142}) make plain, bookmarkable addresses.
 */
public final class LearnerIds {

    private LearnerIds() {
    }

    public static String of(String learnerKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(learnerKey.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<String> key(String id) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8))
                    .filter(key -> !key.isBlank());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** A key as a person reads it: the account's name and site, or the e-mail address. */
    public static String readable(String learnerKey) {
        if (learnerKey.startsWith("mbox:mailto:")) {
            return learnerKey.substring("mbox:mailto:".length());
        }
        if (learnerKey.startsWith("account:") && learnerKey.contains("|")) {
            String home = learnerKey.substring("account:".length(), learnerKey.lastIndexOf('|'));
            String host = java.net.URI.create(home.replace(" ", "%20")).getHost();
            return learnerKey.substring(learnerKey.lastIndexOf('|') + 1) + " (" + (host == null ? home : host) + ")";
        }
        return learnerKey;
    }
}
