package org.flourish.pathways.web.pages;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flourish.pathways.access.Account;
import org.flourish.pathways.access.Accounts;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.User;
import org.flourish.pathways.access.Users;
import org.flourish.pathways.web.http.Pages;
import org.flourish.pathways.web.http.Refusal;
import org.flourish.pathways.web.http.Result;
import org.flourish.pathways.web.http.Router;
import org.flourish.pathways.web.http.Session;
import org.flourish.pathways.web.http.Session.Notice;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.web.http.WebState;

/**
 * Accounts: one's own (change the password) and, for admins and coordinators, everyone's: create, disable, enable
 * and reset a password (a new one is shown once). A coordinator manages mentors only; an admin, every role. Nobody
 * disables their own account (the last admin could lock everyone out).
 */
@ApplicationScoped
public class AccountPages implements Pages {

    static final int MIN_PASSWORD = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    @Inject
    WebState state;

    @Override
    public void routes(Router router) {
        router.get("/account", this::own)
                .post("/account/password", this::changePassword)
                .get("/accounts", this::list)
                .post("/accounts", this::create)
                .post("/accounts/{name}/enabled", this::enable)
                .post("/accounts/{name}/password", this::reset);
    }

    private Result own(WebRequest request) {
        return Result.page("account");
    }

    private Result changePassword(WebRequest request) {
        User user = request.user();
        Account account = accounts.find(user.name()).orElseThrow(() -> Refusal.forbidden("refusal.signIn"));
        if (!account.password().matches(request.raw("current").toCharArray())) {
            return Result.page("account").with("error", "account.wrongPassword").status(400);
        }
        String next = request.raw("new");
        if (next.length() < MIN_PASSWORD) {
            return Result.page("account").with("error", "account.tooShort").status(400);
        }
        if (!next.equals(request.raw("repeat"))) {
            return Result.page("account").with("error", "account.mismatch").status(400);
        }
        accounts.save(account.withPassword(next.toCharArray()));
        users.forget(user.name());
        // Other sessions of this person (a lost phone) end; this one goes on under a new id.
        state.sessions().endAllOf(user.name());
        Session renewed = state.sessions().signIn(request.session(), user, request.language());
        request.useSession(renewed);
        renewed.notice(Notice.success(request.messages().get("account.changed")));
        return Result.redirect("/account");
    }

    private Result list(WebRequest request) {
        User manager = request.requireRole(Role.ADMIN, Role.COORDINATOR);
        return Result.page("accounts").with("accounts", accounts.all().stream()
                        .filter(account -> mayManage(manager, account.role())).toList())
                .with("roles", rolesFor(manager));
    }

    private Result create(WebRequest request) {
        User manager = request.requireRole(Role.ADMIN, Role.COORDINATOR);
        String name = request.parameter("name").orElse("");
        Optional<Role> role = request.parameter("role").flatMap(AccountPages::role)
                .filter(r -> rolesFor(manager).contains(r));
        if (!Account.isValidName(name)) {
            return refused(request, "accounts.badName");
        }
        if (accounts.find(name).isPresent()) {
            return refused(request, "accounts.taken");
        }
        if (role.isEmpty()) {
            return refused(request, "accounts.badRole");
        }
        String password = newPassword();
        accounts.save(Account.create(name, role.get(), password.toCharArray(), state.clock().instant()));
        request.session().notice(new Notice("success", request.messages().get("accounts.created", name),
                List.of(request.messages().get("accounts.passwordOnce", password))));
        return Result.redirect("/accounts");
    }

    private Result enable(WebRequest request) {
        User manager = request.requireRole(Role.ADMIN, Role.COORDINATOR);
        Account account = managed(manager, request.path("name"));
        boolean enabled = request.parameter("enabled").filter("true"::equals).isPresent();
        if (account.name().equals(manager.name())) {
            return refused(request, "accounts.notYourself");
        }
        accounts.save(account.withEnabled(enabled));
        if (!enabled) {
            state.sessions().endAllOf(account.name());
        }
        request.session().notice(Notice.success(request.messages().get(enabled ? "accounts.enabled"
                : "accounts.disabled", account.name())));
        return Result.redirect("/accounts");
    }

    private Result reset(WebRequest request) {
        User manager = request.requireRole(Role.ADMIN, Role.COORDINATOR);
        Account account = managed(manager, request.path("name"));
        String password = newPassword();
        accounts.save(account.withPassword(password.toCharArray()));
        users.forget(account.name());
        state.sessions().endAllOf(account.name());
        request.session().notice(new Notice("success", request.messages().get("accounts.reset", account.name()),
                List.of(request.messages().get("accounts.passwordOnce", password))));
        return Result.redirect("/accounts");
    }

    private Account managed(User manager, String name) {
        Account account = accounts.find(name).orElseThrow(() -> Refusal.notFound("refusal.notFound"));
        if (!mayManage(manager, account.role())) {
            throw Refusal.forbidden("refusal.role");
        }
        return account;
    }

    private Result refused(WebRequest request, String key) {
        request.session().notice(Notice.error(request.messages().get(key)));
        return Result.redirect("/accounts");
    }

    static boolean mayManage(User manager, Role role) {
        return manager.role() == Role.ADMIN || role == Role.MENTOR;
    }

    static List<Role> rolesFor(User manager) {
        return manager.role() == Role.ADMIN ? List.of(Role.MENTOR, Role.COORDINATOR, Role.ADMIN)
                : List.of(Role.MENTOR);
    }

    private static Optional<Role> role(String term) {
        try {
            return Optional.of(Role.named(term));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** 16 random characters a person can read out and type. */
    static String newPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
