package org.flourish.lrs.xapi;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The xAPI versions this LRS serves, read from the {@code X-Experience-API-Version} header.
 * Each request is handled by the rules of its own version (xAPI-Communication 3.3 in 1.0.3 and 2.0).
 */
public enum XapiVersion {
    V1_0_3("1.0.3", Pattern.compile("1\\.0(\\.[0-9]+)?")),
    V2_0_0("2.0.0", Pattern.compile("2\\.0(\\.[0-9]+)?"));

    private final String full;
    private final Pattern accepted;

    XapiVersion(String full, Pattern accepted) {
        this.full = full;
        this.accepted = accepted;
    }

    /** The version this LRS reports in responses and stores in statements it prepares. */
    public String full() {
        return full;
    }

    /** The version a header value asks for; empty when the header is absent or names no version served here. */
    public static Optional<XapiVersion> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        for (XapiVersion version : values()) {
            if (version.accepted.matcher(value).matches()) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    public boolean isAtLeast2() {
        return this == V2_0_0;
    }
}
