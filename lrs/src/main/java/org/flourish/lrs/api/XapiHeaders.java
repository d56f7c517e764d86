package org.flourish.lrs.api;

/** Header names of the xAPI HTTP API and the CORS values that let browser content use it. */
final class XapiHeaders {
    static final String VERSION = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    static final String CORS_ALLOW_HEADERS =
            "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, X-Requested-With";
    static final String CORS_ALLOW_METHODS = "GET, HEAD, PUT, POST, DELETE, OPTIONS";
    static final String CORS_EXPOSE_HEADERS =
            "X-Experience-API-Version, X-Experience-API-Consistent-Through, ETag, Last-Modified, Location";

    private XapiHeaders() {
    }
}
