package org.flourish.lrs.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flourish.lrs.error.InvalidRequestException;

/**
 * A request in the 1.0.3 alternate request syntax (xAPI-Communication 1.0.3, 1.3): a POST whose {@code method} query
 * parameter names the intended method, and whose form fields carry the content ({@code content}), the header
 * fields the spec lists, and every other parameter (1.3.s3.b4 to b14). Read into the request it stands for.
 */
record AlternateRequest(String method, Map<String, String> headers, Map<String, List<String>> query,
        Optional<String> content) {

    static final String METHOD = "method";
    private static final String CONTENT = "content";
    /** 1.3.s3.b6: the header fields a client may send as form fields; not Content-Transfer-Encoding. */
    private static final List<String> HEADER_FIELDS = List.of("Authorization", "X-Experience-API-Version",
            "Content-Type", "Content-Length", "If-Match", "If-None-Match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    /** Splits the form fields (the query's {@code method} aside) into headers, query parameters and content. */
    static AlternateRequest of(String method, Map<String, List<String>> form) {
        if (!METHODS.contains(method)) {
            throw new InvalidRequestException("method=" + method + " is not an xAPI method (xAPI-Communication "
                    + "1.0.3, 1.3.s3.b2)");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> query = new LinkedHashMap<>();
        Optional<String> content = Optional.empty();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            String name = field.getKey();
            Optional<String> header = headerNamed(name);
            if (name.equals(CONTENT)) {
                content = Optional.of(single(field));
            } else if (header.isPresent()) {
                headers.put(header.get(), single(field));
            } else {
                query.put(name, field.getValue());
            }
        }
        return new AlternateRequest(method, headers, query, content);
    }

    /** The value of a header field sent as a form field, its name matched without case as header names are. */
    static Optional<String> headerField(Map<String, List<String>> form, String header) {
        return form.entrySet().stream().filter(field -> field.getKey().equalsIgnoreCase(header))
                .flatMap(field -> field.getValue().stream()).findFirst();
    }

    private static Optional<String> headerNamed(String field) {
        return HEADER_FIELDS.stream().filter(name -> name.equalsIgnoreCase(field)).findFirst();
    }

    private static String single(Map.Entry<String, List<String>> field) {
        if (field.getValue().size() != 1) {
            throw new InvalidRequestException("form field " + field.getKey() + " is given "
                    + field.getValue().size() + " times");
        }
        return field.getValue().get(0);
    }

    /** Whether the request's query string (not its form) has a {@code method} parameter. */
    static Optional<String> methodOf(HttpServletRequest request) {
        String queryString = request.getQueryString();
        if (queryString == null) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (name.equals(METHOD)) {
                return Optional.of(URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1),
                        StandardCharsets.UTF_8).toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body, read as UTF-8 (1.3.s3.b5). */
    static Map<String, List<String>> formOf(byte[] body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.US_ASCII);
        if (text.isEmpty()) {
            return form;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return form;
    }

    /**
     * The form fields as the servlet container parsed them, read as UTF-8 (1.3.s3.b5), without the query's
     * {@code method}. Authentication reads them so, before JAX-RS, when the Authorization header is a form field;
     * the body is then consumed and only these fields remain.
     */
    static Map<String, List<String>> formOf(HttpServletRequest request) {
        if (request.getCharacterEncoding() == null) {
            try {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            List<String> kept = new ArrayList<>(List.of(values));
            if (name.equals(METHOD)) {
                kept.remove(0);
            }
            if (!kept.isEmpty()) {
                form.put(name, kept);
            }
        });
        return form;
    }
}
