package org.flourish.lrs.api.multipart;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One part of a multipart body: its header fields (names in lower case) and its content octets. */
public record BodyPart(Map<String, String> headers, byte[] content) {

    public BodyPart {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(content, "content");
    }

    /** A header field by name, ignoring case as RFC 822 field names are. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
