package org.flourish.pathways.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.User;
import org.flourish.pathways.web.i18n.Messages;

/** One request as a page handler sees it: its parameters, the session, the signed-in user and their language. */
public final class WebRequest {

    private final HttpServletRequest raw;
    private final HttpServletResponse response;
    private Session session;
    private final Map<String, String> pathParameters;
    private Messages messages;

    WebRequest(HttpServletRequest raw, HttpServletResponse response, Session session,
               Map<String, String> pathParameters) {
        this.raw = raw;
        this.response = response;
        this.session = session;
        this.pathParameters = Map.copyOf(pathParameters);
        this.messages = Messages.in(session.language());
    }

    public Session session() {
        return session;
    }

    /** After signing in or out: the rest of the request, and the cookie sent back, use this session. */
    public void useSession(Session replacement) {
        this.session = replacement;
        this.messages = Messages.in(replacement.language());
    }

    /** Changes the interface language for this session, and remembers it in a cookie for the sign-in page. */
    public void chooseLanguage(String language) {
        session.language(language);
        this.messages = Messages.in(language);
        FrontServlet.setLanguageCookie(raw, response, language);
    }

    /** For what a page must add to the answer's headers (Clear-Site-Data on sign-out). */
    public HttpServletResponse response() {
        return response;
    }

    public Messages messages() {
        return messages;
    }

    public String language() {
        return session.language();
    }

    /** The signed-in user; every route but sign-in's is only reached signed in (the front servlet sees to it). */
    public User user() {
        return session.user().orElseThrow(() -> Refusal.forbidden("refusal.signIn"));
    }

    /** The user, if their role is one of these; else the refusal page. */
    public User requireRole(Role... roles) {
        User user = user();
        if (Arrays.stream(roles).noneMatch(role -> role == user.role())) {
            throw Refusal.forbidden("refusal.role");
        }
        return user;
    }

    public String path(String name) {
        return pathParameters.get(name);
    }

    /** A form or query parameter, stripped; empty when absent or blank. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(raw.getParameter(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** A parameter as given (not stripped), or the empty string: for passwords, whose spaces count. */
    public String raw(String name) {
        return Optional.ofNullable(raw.getParameter(name)).orElse("");
    }

    public List<String> parameters(String name) {
        String[] values = raw.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public boolean checked(String name) {
        return raw.getParameter(name) != null;
    }

    /** An uploaded file of a multipart form, if one was chosen. */
    public Optional<Upload> upload(String name) {
        try {
            Part part = raw.getPart(name);
            if (part == null || part.getSize() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Upload(Optional.ofNullable(part.getSubmittedFileName()).orElse(""),
                    Optional.ofNullable(part.getContentType()).orElse(""), part.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            return Optional.empty();
        }
    }

    /** A file a person uploaded: its name, the type the browser gave, its bytes. */
    public record Upload(String fileName, String contentType, InputStream content) {
    }

    /** The client's address, for slowing down password guessing. */
    public String clientAddress() {
        return raw.getRemoteAddr();
    }

    public HttpServletRequest raw() {
        return raw;
    }
}
