package org.flourish.pathways.web.pages;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.flourish.pathways.access.AuditLog;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.web.erasure.ChildErasure;
import org.flourish.pathways.web.http.Pages;
import org.flourish.pathways.web.http.Refusal;
import org.flourish.pathways.web.http.Result;
import org.flourish.pathways.web.http.Router;
import org.flourish.pathways.web.http.Session.Notice;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.web.lrs.LrsAdmin;
import org.flourish.pathways.web.lrs.LrsAdminException;
import org.flourish.pathways.web.view.LearnerCatalog;
import org.flourish.pathways.web.view.LearnerIds;
import org.flourish.pathways.web.view.LearnerViews;

/**
 * An administrator's pages: the LRS's providers and credentials (create, disable, a new secret shown once),
 * forwarding subscriptions with their status, the erasure of a child (after a confirmation naming what goes), and
 * the audit log of views of children's data.
 */
@ApplicationScoped
public class AdminPages implements Pages {

    static final List<String> SCOPES = List.of("statements/write", "statements/read/mine", "statements/read",
            "all/read", "all", "state", "define", "profile");
    static final int AUDIT_PAGE = 50;

    @Inject
    Optional<LrsAdmin> lrs;

    @Inject
    AuditLog audit;

    @Inject
    ChildErasure erasure;

    @Inject
    LearnerCatalog catalog;

    @Inject
    LearnerViews views;

    @Override
    public void routes(Router router) {
        router.get("/admin/providers", this::providers)
                .post("/admin/providers", this::addProvider)
                .post("/admin/providers/{provider}/credentials", this::issue)
                .post("/admin/providers/{provider}/enabled", this::enableProvider)
                .post("/admin/credentials/{key}/enabled", this::enableCredential)
                .get("/admin/subscriptions", this::subscriptions)
                .post("/admin/subscriptions/{subscription}/enabled", this::enableSubscription)
                .get("/admin/erasure", this::erasureSearch)
                .get("/admin/erasure/{id}", this::erasurePlan)
                .post("/admin/erasure/{id}", this::erase)
                .get("/admin/audit", this::audit);
    }

    private LrsAdmin lrs() {
        return lrs.orElseThrow(() -> Refusal.notFound("refusal.noLrsAdmin"));
    }

    private Result providers(WebRequest request) {
        request.requireRole(Role.ADMIN);
        return Result.page("admin-providers").with("providers", lrs().providers().stream()
                .map(org.flourish.pathways.web.lrs.LrsViews::provider).toList()).with("scopes", SCOPES);
    }

    private Result addProvider(WebRequest request) {
        request.requireRole(Role.ADMIN);
        Optional<String> name = request.parameter("name");
        Optional<String> homepage = request.parameter("homepage");
        if (name.isEmpty() || homepage.isEmpty()) {
            return back(request, "/admin/providers", Notice.error(request.messages().get("lrs.providerNeeds")));
        }
        JsonObject added = lrs().addProvider(name.get(), homepage.get());
        return back(request, "/admin/providers", Notice.success(request.messages().get("lrs.providerAdded",
                added.getString("name"))));
    }

    private Result issue(WebRequest request) {
        request.requireRole(Role.ADMIN);
        List<String> scopes = request.parameters("scopes").stream().filter(SCOPES::contains).toList();
        if (scopes.isEmpty()) {
            return back(request, "/admin/providers", Notice.error(request.messages().get("lrs.scopesNeeded")));
        }
        JsonObject issued = lrs().issueCredential(number(request.path("provider")), scopes);
        return back(request, "/admin/providers", new Notice("success", request.messages().get("lrs.issued"),
                List.of(request.messages().get("lrs.key", issued.getString("key")),
                        request.messages().get("lrs.secret", issued.getString("secret")),
                        request.messages().get("lrs.secretOnce"))));
    }

    private Result enableProvider(WebRequest request) {
        request.requireRole(Role.ADMIN);
        boolean enabled = request.parameter("enabled").filter("true"::equals).isPresent();
        lrs().setProviderEnabled(number(request.path("provider")), enabled);
        return back(request, "/admin/providers", Notice.success(request.messages().get(enabled
                ? "lrs.providerEnabled" : "lrs.providerDisabled")));
    }

    private Result enableCredential(WebRequest request) {
        request.requireRole(Role.ADMIN);
        boolean enabled = request.parameter("enabled").filter("true"::equals).isPresent();
        String key = java.net.URLDecoder.decode(request.path("key"), java.nio.charset.StandardCharsets.UTF_8);
        lrs().setCredentialEnabled(key, enabled);
        return back(request, "/admin/providers", Notice.success(request.messages().get(enabled
                ? "lrs.credentialEnabled" : "lrs.credentialDisabled", key)));
    }

    private Result subscriptions(WebRequest request) {
        request.requireRole(Role.ADMIN);
        return Result.page("admin-subscriptions").with("subscriptions", lrs().subscriptions().stream()
                .map(org.flourish.pathways.web.lrs.LrsViews::subscription).toList());
    }

    private Result enableSubscription(WebRequest request) {
        request.requireRole(Role.ADMIN);
        boolean enabled = request.parameter("enabled").filter("true"::equals).isPresent();
        lrs().setSubscriptionEnabled(number(request.path("subscription")), enabled);
        return back(request, "/admin/subscriptions", Notice.success(request.messages().get(enabled
                ? "subscriptions.enabled" : "subscriptions.disabled")));
    }

    private Result erasureSearch(WebRequest request) {
        request.requireRole(Role.ADMIN);
        Optional<String> query = request.parameter("q");
        return Result.page("admin-erasure").with("query", query.orElse(""))
                .with("matches", query.map(q -> catalog.all(Optional.of(q), request.messages().locale()))
                        .orElse(List.of()));
    }

    private Result erasurePlan(WebRequest request) {
        request.requireRole(Role.ADMIN);
        String key = LearnerIds.key(request.path("id")).orElseThrow(() -> Refusal.notFound("refusal.notFound"));
        return Result.page("admin-erasure-confirm").with("plan", erasure.plan(key))
                .with("name", views.names().of(key)).with("id", request.path("id"))
                .with("readable", erasure.plan(key).keys().stream().map(LearnerIds::readable).toList());
    }

    private Result erase(WebRequest request) {
        request.requireRole(Role.ADMIN);
        String key = LearnerIds.key(request.path("id")).orElseThrow(() -> Refusal.notFound("refusal.notFound"));
        String name = views.names().of(key);
        if (!request.checked("confirm")) {
            return back(request, "/admin/erasure/" + request.path("id"),
                    Notice.error(request.messages().get("erasure.confirmNeeded")));
        }
        ChildErasure.Done done = erasure.erase(erasure.plan(key));
        return back(request, "/admin/erasure", Notice.success(request.messages().get("erasure.done", name,
                done.lrsStatements(), done.lrsDocuments())));
    }

    private Result audit(WebRequest request) {
        request.requireRole(Role.ADMIN);
        int page = request.parameter("page").map(AdminPages::numberOrZero).orElse(0);
        var entries = audit.newest(page * AUDIT_PAGE, AUDIT_PAGE + 1);
        return Result.page("admin-audit").with("entries", entries.stream().limit(AUDIT_PAGE).toList())
                .with("page", page).with("more", entries.size() > AUDIT_PAGE)
                .with("names", (java.util.function.Function<String, String>) learner ->
                        learner.startsWith("erased:") ? request.messages().get("audit.erased") : views.names().of(learner));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("refusal.notFound");
        }
    }

    private static int numberOrZero(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Result back(WebRequest request, String path, Notice notice) {
        request.session().notice(notice);
        return Result.redirect(path);
    }

    /** For the front servlet: an LRS refusal in the admin's words. */
    static String describe(LrsAdminException failure, org.flourish.pathways.web.i18n.Messages messages) {
        return failure.refusal().map(said -> messages.get("lrs.refused", said))
                .orElseGet(() -> messages.get("lrs.unreachable"));
    }
}
