package org.flourish.pathways.web.http;

import java.io.IOException;
import java.io.StringWriter;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.flourish.pathways.access.User;
import org.flourish.pathways.web.i18n.Languages;
import org.flourish.pathways.web.i18n.Messages;

/**
 * Every page of the web app goes through here: find or open the session (its cookie: HttpOnly, SameSite=Lax, Secure
 * behind HTTPS), refuse a form posted without the session's CSRF token, send a signed-out visitor to the sign-in
 * page, route, render in the session's language, and turn refusals and failures into pages. Static files
 * ({@code /static}, {@code /sw.js}) are the container's.
 */
@WebServlet(urlPatterns = {"", "/sign-in", "/sign-out", "/language", "/offline", "/account/*", "/accounts/*",
        "/learners/*", "/coordinator/*", "/admin/*"})
@MultipartConfig(maxFileSize = 32L * 1024 * 1024, maxRequestSize = 33L * 1024 * 1024, fileSizeThreshold = 1 << 20)
public class FrontServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FrontServlet.class.getName());
    static final String SESSION_COOKIE = "flourish_session";
    static final String LANGUAGE_COOKIE = "flourish_lang";
    public static final String CSRF_FIELD = "_csrf";
    /** Reached without signing in. */
    private static final Set<String> PUBLIC = Set.of("/sign-in", "/language", "/offline");
    private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Inject
    transient WebState state;

    @Inject
    @Any
    transient Instance<Pages> pages;

    private transient Router router;
    private transient Renderer renderer;

    @Override
    public void init() {
        router = new Router();
        pages.forEach(area -> area.routes(router));
        renderer = new Renderer(getServletContext());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = pathOf(request);
        Session session = session(request, response);
        securityHeaders(response);
        WebRequest web = new WebRequest(request, response, session, Map.of());
        try {
            if (request.getMethod().equals("POST") && !csrfTokenMatches(request, session)) {
                throw Refusal.forbidden("refusal.csrf");
            }
            if (session.user().isEmpty() && !PUBLIC.contains(path)) {
                redirect(request, response, "/sign-in" + (path.equals("/") ? ""
                        : "?next=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8)));
                return;
            }
            Optional<Router.Match> match = router.match(request.getMethod(), path);
            if (match.isEmpty()) {
                throw router.knowsPath(path) ? Refusal.notFound("refusal.method") : Refusal.notFound("refusal.notFound");
            }
            web = new WebRequest(request, response, session, match.get().parameters());
            Result result = match.get().handler().handle(web);
            Session now = web.session();
            if (now != session) {
                setSessionCookie(request, response, now);
            }
            if (result instanceof Result.Redirect redirect) {
                redirect(request, response, redirect.path());
            } else if (result instanceof Result.Page page) {
                render(page, web, request, response);
            }
        } catch (Refusal refusal) {
            render(Result.page("refusal").with("refusalKey", refusal.messageKey())
                    .with("refusalArguments", refusal.arguments()).status(refusal.status()), web, request, response);
        } catch (org.flourish.pathways.web.lrs.LrsAdminException lrs) {
            render(Result.page("refusal").with("refusalKey", lrs.refusal().isPresent() ? "lrs.refused"
                            : "lrs.unreachable").with("refusalArguments", new Object[] {lrs.refusal().orElse("")})
                    .status(502), web, request, response);
        } catch (org.flourish.pathways.lrs.LrsUnavailableException lrs) {
            LOG.warning("the LRS could not record an action: " + lrs.getMessage());
            render(Result.page("refusal").with("refusalKey", "refusal.lrsUnavailable")
                    .with("refusalArguments", new Object[0]).status(502), web, request, response);
        } catch (RuntimeException failure) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "unexpected failure " + id + " on " + request.getMethod() + " " + path, failure);
            render(Result.page("failure").with("failureId", id).status(500), web, request, response);
        }
    }

    private void render(Result.Page page, WebRequest web, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Session session = web.session();
        Map<String, Object> model = new HashMap<>(page.model());
        // A page printed for a family is in the family's language, whatever the mentor reads.
        String language = page.model().get("pageLanguage") instanceof String chosen ? chosen : session.language();
        model.put("lang", language);
        model.put("dir", Languages.isRightToLeft(language) ? "rtl" : "ltr");
        model.put("csrf", session.csrfToken());
        model.put("user", session.user().orElse(null));
        model.put("nav", session.user().map(User::role).map(Navigation::of).orElse(List.of()));
        model.put("path", pathOf(request));
        model.put("languages", Languages.SUPPORTED.stream()
                .map(code -> new LanguageChoice(code, Languages.ownName(code), code.equals(language))).toList());
        model.put("notices", session.takeNotices());
        model.put("renderedAt", Instant.now(state.clock()).toString());
        model.put("messages", Messages.in(language));
        model.put("formats", new org.flourish.pathways.explain.Formats(Messages.in(language).words()));
        StringWriter html = new StringWriter(32 * 1024);
        renderer.render(page.template(), model, language, request, response, html);
        response.setStatus(page.status());
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language);
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        // Pages are compressed here: a mentor on a slow connection pays for every byte.
        if (acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(
                    response.getOutputStream(), 8192)) {
                out.write(body);
            }
        } else {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && java.util.Arrays.stream(accepted.split(","))
                .map(coding -> coding.strip().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(coding -> coding.equals("gzip") || coding.startsWith("gzip;") && !coding.endsWith("q=0"));
    }

    /** One language of the chooser. */
    public record LanguageChoice(String code, String name, boolean current) {
    }

    private Session session(HttpServletRequest request, HttpServletResponse response) {
        Optional<Session> known = cookie(request, SESSION_COOKIE).flatMap(state.sessions()::find);
        if (known.isPresent()) {
            return known.get();
        }
        String language = cookie(request, LANGUAGE_COOKIE).flatMap(Languages::supported)
                .orElseGet(() -> Languages.fromBrowser(list(request.getLocales())));
        Session fresh = state.sessions().anonymous(language);
        setSessionCookie(request, response, fresh);
        return fresh;
    }

    private static List<java.util.Locale> list(java.util.Enumeration<java.util.Locale> locales) {
        List<java.util.Locale> list = new ArrayList<>();
        locales.asIterator().forEachRemaining(list::add);
        return list;
    }

    static void setSessionCookie(HttpServletRequest request, HttpServletResponse response, Session session) {
        response.addCookie(cookie(request, SESSION_COOKIE, session.id(), -1));
    }

    static void setLanguageCookie(HttpServletRequest request, HttpServletResponse response, String language) {
        response.addCookie(cookie(request, LANGUAGE_COOKIE, language, 365 * 24 * 3600));
    }

    private static Cookie cookie(HttpServletRequest request, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(isHttps(request));
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** Behind a TLS-terminating proxy the request arrives as HTTP with X-Forwarded-Proto: https. */
    static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean csrfTokenMatches(HttpServletRequest request, Session session) {
        String sent = request.getParameter(CSRF_FIELD);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    static String pathOf(HttpServletRequest request) {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        return path.isEmpty() ? "/" : path;
    }
}
