package org.flourish.lrs.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import org.flourish.lrs.boot.LrsSettings;

/**
 * A Content-Type that is not a media type (RFC 9110 8.3) is refused here with the LRS's JSON error. It must be a
 * servlet filter: JAX-RS parses the header before any of its own filters run, and answers a bad one with a bare 400
 * that the container dresses as its HTML error page. An empty Content-Type is taken as none.
 */
@WebFilter("/*")
public class ContentTypeFilter extends HttpFilter {

    private static final String CONTENT_TYPE = "Content-Type";
    private static final int EXCERPT_CHARS = 100;

    // Field injection: the servlet container makes filters through their no-argument constructor.
    @Inject
    private LrsSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getHeader(CONTENT_TYPE);
        if (type == null) {
            chain.doFilter(request, response);
        } else if (type.isBlank()) {
            chain.doFilter(new WithoutContentType(request), response);
        } else if (isMediaType(type)) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response, type);
        }
    }

    private static boolean isMediaType(String type) {
        try {
            MediaType.valueOf(type);
            return true;
        } catch (IllegalArgumentException notAMediaType) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String type)
            throws IOException {
        String excerpt = type.length() <= EXCERPT_CHARS ? type : type.substring(0, EXCERPT_CHARS) + "...";
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader(XapiHeaders.VERSION, settings.defaultVersion().full());
        Cors.apply(request.getHeader("Origin"), response::setHeader);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ErrorBody.of("Content-Type is not a media type (RFC 9110 8.3): " + excerpt)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The request as if it had no Content-Type header. */
    private static final class WithoutContentType extends HttpServletRequestWrapper {

        WithoutContentType(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !CONTENT_TYPE.equalsIgnoreCase(name)).toList());
        }
    }
}
