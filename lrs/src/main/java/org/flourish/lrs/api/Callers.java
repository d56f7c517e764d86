package org.flourish.lrs.api;

import jakarta.servlet.http.HttpServletRequest;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.NotAuthenticatedException;

/** The credential that {@link BasicAuthentication} authenticated for the current request. */
final class Callers {
    static final String ATTRIBUTE = Credential.class.getName();

    private Callers() {
    }

    static Credential of(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        if (caller instanceof Credential credential) {
            return credential;
        }
        throw new NotAuthenticatedException("this resource needs HTTP Basic credentials");
    }
}
