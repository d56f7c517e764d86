package org.flourish.lrs.service;

import org.flourish.lrs.store.DocumentKind;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * Which document writes must carry a precondition header, by resource and by the request's xAPI version
 * (xAPI-Communication 3.1, "Concurrency").
 */
final class ConcurrencyRules {

    private ConcurrencyRules() {
    }

    /**
     * Whether a PUT onto an existing document without If-Match or If-None-Match is refused with 409
     * (3.1.s4.b13). In 1.0.3 and in 2.0 alike the client requirement 3.1.s3.b1 binds only the Agent Profile and
     * Activity Profile resources: "The State Resource will permit PUT, POST and DELETE requests without concurrency
     * headers, since state conflicts are unlikely" (3.1.s3). The rule is written per version so that a later
     * version can differ without touching the callers.
     */
    static boolean putNeedsPrecondition(DocumentKind kind, XapiVersion version) {
        return switch (version) {
            case V1_0_3, V2_0_0 -> kind != DocumentKind.STATE;
        };
    }
}
