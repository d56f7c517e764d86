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
     * (3.1.s4.b13 in both versions).
     * <ul>
     *   <li>1.0.3 exempts the State Resource: "The State Resource will permit PUT, POST and DELETE requests without
     *   concurrency headers, since state conflicts are unlikely. The requirements below only apply to Agent Profile
     *   Resource and Activity Profile Resource" (3.1.s3).</li>
     *   <li>2.0.0 drops that client exemption and states the LRS requirements for "the following resources ...
     *   State Resource, Agent Profile Resource, Activity Profile Resource" alike, so the 409 applies to State
     *   too.</li>
     * </ul>
     */
    static boolean putNeedsPrecondition(DocumentKind kind, XapiVersion version) {
        return switch (version) {
            case V1_0_3 -> kind != DocumentKind.STATE;
            case V2_0_0 -> true;
        };
    }

    /**
     * Whether a PUT that would create a document must still carry If-Match or If-None-Match, else 400. Under 1.0.3,
     * "a Client making a PUT request to either the Agent Profile Resource or Activity Profile Resource MUST include
     * the If-Match header or the If-None-Match header" (3.1.s3), and the conformance suite expects the LRS to refuse
     * one that does not (XAPI-00273, XAPI-00287, XAPI-00293). 2.0.0 states no such rule and its suite creates
     * documents without either header: there, only the 409 above applies.
     */
    static boolean putOfNewDocumentNeedsPrecondition(DocumentKind kind, XapiVersion version) {
        return version == XapiVersion.V1_0_3 && kind != DocumentKind.STATE;
    }
}
