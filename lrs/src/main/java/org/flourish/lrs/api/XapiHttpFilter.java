package org.flourish.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * The HTTP rules every xAPI request shares: answers CORS preflights, requires a supported
 * {@code X-Experience-API-Version} on every xAPI resource but About (400 otherwise, xAPI-Communication 3.3), and
 * puts the version and CORS headers on every response: the request's version, or the deployment's default
 * ({@code flourish.xapi.default.version}) when the request named none.
 */
@Provider
@PreMatching
public class XapiHttpFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String VERSION_PROPERTY = XapiVersion.class.getName();

    @Inject
    LrsSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod())) {
            request.abortWith(Response.ok().build());
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("xapi/") || path.startsWith("xapi/about")) {
            return;
        }
        String header = request.getHeaderString(XapiHeaders.VERSION);
        Optional<XapiVersion> version = XapiVersion.fromHeader(header);
        if (version.isEmpty()) {
            String problem = header == null ? "the " + XapiHeaders.VERSION + " header is required"
                    : XapiHeaders.VERSION + " " + header + " is not served here";
            request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.of(problem + "; this LRS serves 1.0.3 and 2.0.0 (see /xapi/about)")).build());
            return;
        }
        request.setProperty(VERSION_PROPERTY, version.get());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object version = request.getProperty(VERSION_PROPERTY);
        response.getHeaders().putSingle(XapiHeaders.VERSION,
                version instanceof XapiVersion v ? v.full() : settings.defaultVersion().full());
        Cors.apply(request.getHeaderString("Origin"), response.getHeaders()::putSingle);
    }
}
