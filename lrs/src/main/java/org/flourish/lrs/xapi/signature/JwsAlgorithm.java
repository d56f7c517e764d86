package org.flourish.lrs.xapi.signature;

import java.util.Optional;

/** The JWS algorithms a signed statement may use (xAPI-Data 2.6.s4.b4): RSA PKCS#1 v1.5 with SHA-2 (RFC 7518 3.3). */
public enum JwsAlgorithm {
    RS256("SHA256withRSA"),
    RS384("SHA384withRSA"),
    RS512("SHA512withRSA");

    private final String javaName;

    JwsAlgorithm(String javaName) {
        this.javaName = javaName;
    }

    /** The name of the algorithm in {@link java.security.Signature}. */
    public String javaName() {
        return javaName;
    }

    /** The algorithm a JWS header's {@code alg} names, when it is one of the three. */
    public static Optional<JwsAlgorithm> named(String alg) {
        for (JwsAlgorithm algorithm : values()) {
            if (algorithm.name().equals(alg)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
