package org.flourish.pathways.web.pages;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flourish.pathways.access.Account;
import org.flourish.pathways.access.Accounts;
import org.flourish.pathways.access.User;
import org.flourish.pathways.access.Users;
import org.flourish.pathways.web.http.Navigation;
import org.flourish.pathways.web.http.Pages;
import org.flourish.pathways.web.http.Result;
import org.flourish.pathways.web.http.Router;
import org.flourish.pathways.web.http.Session;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.web.http.WebState;
import org.flourish.pathways.web.i18n.Languages;

/** Signing in and out, the home page (each role's first page), the language chooser and the offline page. */
@ApplicationScoped
public class SignInPages implements Pages {

    @Inject
    Users users;

    @Inject
    Accounts accounts;

    @Inject
    WebState state;

    @Override
    public void routes(Router router) {
        router.get("/", this::home)
                .get("/sign-in", this::signInForm)
                .post("/sign-in", this::signIn)
                .post("/sign-out", this::signOut)
                .post("/language", this::language)
                .get("/offline", request -> Result.page("offline"));
    }

    private Result home(WebRequest request) {
        return Result.redirect(Navigation.home(request.user().role()));
    }

    private Result signInForm(WebRequest request) {
        if (request.session().user().isPresent()) {
            return home(request);
        }
        return Result.page("sign-in").with("next", safeNext(request.parameter("next")).orElse(""));
    }

    private Result signIn(WebRequest request) {
        String name = request.parameter("username").orElse("");
        char[] password = request.raw("password").toCharArray();
        Optional<Duration> wait = state.throttle().wait(name, request.clientAddress());
        if (wait.isPresent()) {
            return form(request, name).with("error", request.messages().get("signIn.wait",
                    Math.max(1, wait.get().toSeconds()))).status(429);
        }
        Optional<User> user = users.authenticate(name, password);
        if (user.isEmpty()) {
            state.throttle().failed(name, request.clientAddress());
            return form(request, name).with("error", request.messages().get("signIn.failed")).status(401);
        }
        state.throttle().succeeded(name);
        String language = accounts.find(name).flatMap(Account::language).flatMap(Languages::supported)
                .orElse(request.language());
        Session signedIn = state.sessions().signIn(request.session(), user.get(), language);
        request.useSession(signedIn);
        return Result.redirect(safeNext(request.parameter("next")).orElse(Navigation.home(user.get().role())));
    }

    private Result.Page form(WebRequest request, String name) {
        return Result.page("sign-in").with("username", name)
                .with("next", safeNext(request.parameter("next")).orElse(""));
    }

    /** The session ends and the browser forgets the pages it kept for offline reading (Clear-Site-Data). */
    private Result signOut(WebRequest request) {
        state.sessions().end(request.session());
        request.response().setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        request.useSession(state.sessions().anonymous(request.language()));
        request.session().notice(Session.Notice.success(request.messages().get("signIn.signedOut")));
        return Result.redirect("/sign-in");
    }

    private Result language(WebRequest request) {
        String language = request.parameter("language").flatMap(Languages::supported).orElse(request.language());
        request.chooseLanguage(language);
        request.session().user().flatMap(user -> accounts.find(user.name()))
                .ifPresent(account -> accounts.save(account.withLanguage(language)));
        return Result.redirect(safeNext(request.parameter("next")).orElse("/"));
    }

    /** Only a path of this app, never another site (an open redirect would help phishing). */
    static Optional<String> safeNext(Optional<String> next) {
        return next.filter(path -> path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.contains("://") && path.chars().noneMatch(Character::isISOControl));
    }
}
