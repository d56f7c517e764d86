package org.flourish.pathways.api;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.flourish.pathways.access.User;
import org.flourish.pathways.access.Users;

/**
 * Every API call needs HTTP Basic credentials of a configured user (RFC 7617), else 401 with a challenge. The
 * authenticated user becomes the request's {@link SecurityContext}: its name and its one role.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BasicAuthenticationFilter implements ContainerRequestFilter {

    private static final String BASIC = "Basic ";

    private final Users users;

    @Inject
    public BasicAuthenticationFilter(Users users) {
        this.users = users;
    }

    /** For CDI's proxy only. */
    protected BasicAuthenticationFilter() {
        this.users = null;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<User> user = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(pair -> users.authenticate(pair[0], pair[1].toCharArray()));
        if (user.isEmpty()) {
            Response refusal = ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "a valid user name and password (HTTP Basic) is required");
            request.abortWith(Response.fromResponse(refusal)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Flourish pathways\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new UserContext(user.get(), secure));
    }

    private static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The authenticated user as JAX-RS sees it. */
    record UserContext(User user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user::name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.role().term().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
