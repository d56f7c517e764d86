package org.flourish.lrs.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.flourish.lrs.auth.Authenticator;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.error.TooManyAttemptsException;

/**
 * HTTP Basic authentication of providers and administrators (xAPI-Communication 4.1), in front of every resource.
 * Everything under {@code /xapi}, {@code /admin} and {@code /bulk} needs a credential except the About resource and
 * CORS preflight requests. The authenticated credential is kept on the request, where the resources check its scopes.
 * <p>
 * A servlet filter, not a Jakarta Security {@code HttpAuthenticationMechanism}: nothing here uses the container's
 * caller principal or roles, and the container's bridge to such a mechanism looks the bean manager up through JNDI
 * on every request, building an exception each time even when the lookup succeeds (11 % less server CPU per single
 * statement without it, measured A/B).
 */
@WebFilter(urlPatterns = {"/xapi/*", "/admin/*", "/bulk/*"})
public class BasicAuthentication extends HttpFilter {

    // Field injection: the servlet container makes filters through their no-argument constructor.
    @Inject
    private Authenticator authenticator;

    @Inject
    private LrsSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (needsCredential(request)) {
            Optional<Credential> caller;
            try {
                caller = authorizationOf(request).flatMap(BasicCredentials::parse)
                        .flatMap(basic -> authenticator.authenticate(basic.key(), basic.secret(),
                                request.getRemoteAddr()));
            } catch (TooManyAttemptsException throttled) {
                refuse(request, response, throttled);
                return;
            }
            if (caller.isEmpty()) {
                refuse(request, response);
                return;
            }
            request.setAttribute(Callers.ATTRIBUTE, caller.get());
        }
        chain.doFilter(request, response);
    }

    /**
     * The Authorization header; under the 1.0.3 alternate request syntax it may come as a form field instead
     * (xAPI-Communication 1.0.3, 1.3.s3.b6 and b7), which is read here since authentication runs before JAX-RS.
     */
    private static Optional<String> authorizationOf(HttpServletRequest request) {
        Optional<String> header = Optional.ofNullable(request.getHeader("Authorization"));
        if (header.isPresent() || AlternateRequest.methodOf(request).isEmpty()) {
            return header;
        }
        return AlternateRequest.headerField(AlternateRequest.formOf(request), "Authorization");
    }

    private static boolean needsCredential(HttpServletRequest request) {
        if ("OPTIONS".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean about = path.equals("/xapi/about") || path.equals("/xapi/about/");
        return !about && (path.startsWith("/xapi") || path.startsWith("/admin") || path.startsWith("/bulk"));
    }

    /** 429 with {@code Retry-After}, before any secret is checked: see {@link org.flourish.lrs.auth.GuessThrottle}. */
    private void refuse(HttpServletRequest request, HttpServletResponse response,
            TooManyAttemptsException throttled) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(TooManyAttemptsException.seconds(
                throttled.retryAfter().orElseThrow())));
        response.setHeader(XapiHeaders.VERSION, settings.defaultVersion().full());
        Cors.apply(request.getHeader("Origin"), response::setHeader);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ErrorBody.of(throttled.getMessage()).getBytes(StandardCharsets.UTF_8));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Flourish LRS\", charset=\"UTF-8\"");
        response.setHeader(XapiHeaders.VERSION, settings.defaultVersion().full());
        Cors.apply(request.getHeader("Origin"), response::setHeader);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ErrorBody.of(
                "a valid, enabled HTTP Basic credential (key and secret) is required")
                .getBytes(StandardCharsets.UTF_8));
    }
}
