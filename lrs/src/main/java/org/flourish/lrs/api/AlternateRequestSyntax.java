package org.flourish.lrs.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * Turns a request in the 1.0.3 alternate request syntax (xAPI-Communication 1.0.3, 1.3) into the request it stands
 * for, before anything else reads it: method, headers, query and body from the form. It runs before
 * {@link XapiHttpFilter} (a lower priority number), so a version sent as a form field is checked there as if it had
 * been a header, and {@code XapiHttpFilter} itself needs no change. 2.0 has no alternate syntax: a {@code method}
 * parameter under 2.0 is refused with 400, whether the version came as a header or as a form field.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AlternateRequestSyntax implements ContainerRequestFilter {

    private static final Set<String> SENDS_CONTENT = Set.of("PUT", "POST");

    @Context
    HttpServletRequest servletRequest;

    @Inject
    LrsSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!path.startsWith("xapi/") || !query.containsKey(AlternateRequest.METHOD)) {
            return;
        }
        requireNot2(request.getHeaderString(XapiHeaders.VERSION));
        if (!"POST".equals(request.getMethod())) {
            throw new InvalidRequestException("the alternate request syntax is a POST; this was a "
                    + request.getMethod() + " (xAPI-Communication 1.0.3, 1.3.s3.b1)");
        }
        if (query.size() > 1) {
            throw new InvalidRequestException("the alternate request syntax has no query parameter but method; "
                    + "send the others as form fields (xAPI-Communication 1.0.3, 1.3.s3.b3 and b13)");
        }
        String method = AlternateRequest.methodOf(servletRequest).orElse("");
        AlternateRequest alternate = AlternateRequest.of(method, form(request));
        requireNot2(alternate.headers().get(XapiHeaders.VERSION));
        if (alternate.content().isEmpty() && SENDS_CONTENT.contains(alternate.method())) {
            throw new InvalidRequestException("a " + alternate.method() + " in the alternate request syntax sends "
                    + "its content as the form field content (xAPI-Communication 1.0.3, 1.3.s3.b4)");
        }
        becomes(request, alternate);
    }

    /**
     * The form from the body as JAX-RS still has it; when authentication already had the servlet container parse it
     * (Authorization sent as a form field), the body is empty and the container's fields are the form. The two are
     * never both read: JAX-RS may already have taken a first octet of the body from the container's stream. The
     * body is held to the same size limit as any other (413 beyond it).
     */
    private Map<String, List<String>> form(ContainerRequestContext request) {
        byte[] body = RequestBodies.readBytes(request.getEntityStream(), settings.maxRequestBytes());
        return body.length > 0 ? AlternateRequest.formOf(body) : AlternateRequest.formOf(servletRequest);
    }

    private static void requireNot2(String versionHeader) {
        Optional<XapiVersion> version = XapiVersion.fromHeader(versionHeader);
        if (version.isPresent() && version.get().isAtLeast2()) {
            throw new InvalidRequestException("xAPI 2.0 has no alternate request syntax: a method parameter is "
                    + "refused (IEEE 9274.1.1 removed xAPI-Communication 1.0.3 section 1.3); send the request "
                    + "with its own method and headers");
        }
    }

    private static void becomes(ContainerRequestContext request, AlternateRequest alternate) {
        MultivaluedMap<String, String> headers = request.getHeaders();
        alternate.headers().forEach(headers::putSingle);
        byte[] content = alternate.content().map(text -> text.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        if (alternate.content().isEmpty()) {
            headers.remove(HttpHeaders.CONTENT_TYPE);
        } else if (!alternate.headers().containsKey(HttpHeaders.CONTENT_TYPE)) {
            headers.putSingle(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(content.length));
        request.setEntityStream(new ByteArrayInputStream(content));
        request.setRequestUri(withQuery(request.getUriInfo().getRequestUri(), alternate.query()));
        request.setMethod(alternate.method());
    }

    private static URI withQuery(URI uri, Map<String, List<String>> query) {
        String base = uri.toString();
        int question = base.indexOf('?');
        String path = question < 0 ? base : base.substring(0, question);
        String encoded = query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(value -> encode(e.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return URI.create(encoded.isEmpty() ? path : path + "?" + encoded);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
