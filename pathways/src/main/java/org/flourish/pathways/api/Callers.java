package org.flourish.pathways.api;

import java.util.Arrays;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

import org.flourish.pathways.access.LearnerAccess;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.User;

/** The caller of a request, as the authentication filter left it, and the role checks resources make. */
final class Callers {

    private Callers() {
    }

    /** Read through the SecurityContext's methods: JAX-RS may inject a proxy of the filter's context. */
    static User of(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Flourish pathways\"");
        }
        Role role = Arrays.stream(Role.values()).filter(candidate -> security.isUserInRole(candidate.term()))
                .findFirst().orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Flourish pathways\""));
        return new User(security.getUserPrincipal().getName(), role);
    }

    /** A learner's data goes only to the mentors assigned to them (403 otherwise, saying why). */
    static User mayReadLearner(SecurityContext security, LearnerAccess access, String learnerKey) {
        User user = of(security);
        access.refusal(user, learnerKey).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
        return user;
    }

    static User requireRole(SecurityContext security, Role role) {
        User user = of(security);
        if (user.role() != role) {
            throw new ForbiddenException("this needs the role " + role.term());
        }
        return user;
    }
}
