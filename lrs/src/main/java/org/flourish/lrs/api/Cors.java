package org.flourish.lrs.api;

import java.util.function.BiConsumer;

/**
 * Cross-origin access, so browser-based content (TinCanJS, xAPI wrappers) on any origin can call the LRS with its
 * own Authorization header. No cookies are used, so any origin may be allowed.
 */
final class Cors {

    private Cors() {
    }

    static void apply(String origin, BiConsumer<String, String> header) {
        header.accept("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        header.accept("Vary", "Origin");
        header.accept("Access-Control-Allow-Headers", XapiHeaders.CORS_ALLOW_HEADERS);
        header.accept("Access-Control-Allow-Methods", XapiHeaders.CORS_ALLOW_METHODS);
        header.accept("Access-Control-Expose-Headers", XapiHeaders.CORS_EXPOSE_HEADERS);
        header.accept("Access-Control-Max-Age", "86400");
    }
}
