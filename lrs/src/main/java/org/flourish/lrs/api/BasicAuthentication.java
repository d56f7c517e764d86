package org.flourish.lrs.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flourish.lrs.auth.Authenticator;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;

/**
 * HTTP Basic authentication of providers and administrators (xAPI-Communication 4.1), as a Jakarta Security
 * mechanism. Everything under {@code /xapi}, {@code /admin} and {@code /bulk} needs a credential except the About resource and CORS
 * preflight requests. The authenticated credential is kept on the request for the resources; its scopes become the
 * caller's groups.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    private final Authenticator authenticator;

    @Inject
    public BasicAuthentication(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** For CDI's proxy only. */
    protected BasicAuthentication() {
        this.authenticator = null;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!needsCredential(request)) {
            return context.doNothing();
        }
        Optional<Credential> caller = authorizationOf(request).flatMap(BasicCredentials::parse)
                .flatMap(basic -> authenticator.authenticate(basic.key(), basic.secret()));
        if (caller.isEmpty()) {
            refuse(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credential credential = caller.get();
        request.setAttribute(Callers.ATTRIBUTE, credential);
        Set<String> groups = credential.scopes().stream().map(Scope::term).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(credential.key(), groups);
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

    private static void refuse(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Flourish LRS\", charset=\"UTF-8\"");
        response.setHeader(XapiHeaders.VERSION, XapiHeaders.LATEST_VERSION);
        Cors.apply(request.getHeader("Origin"), response::setHeader);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getOutputStream().write(ErrorBody.of(
                    "a valid, enabled HTTP Basic credential (key and secret) is required")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
