package org.flourish.pathways.web.pages;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flourish.pathways.access.AuditEntry;
import org.flourish.pathways.access.AuditLog;
import org.flourish.pathways.access.LearnerAccess;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.User;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.web.http.Refusal;
import org.flourish.pathways.web.http.WebRequest;
import org.flourish.pathways.web.view.LearnerIds;

/**
 * The door to one child's data: the page's id names a learner, the signed-in mentor must be assigned to them (the
 * engine's rule, on the canonical key), and every view is written to the audit log.
 */
@ApplicationScoped
public class LearnerAccessCheck {

    @Inject
    LearnerAccess access;

    @Inject
    LearnerLinking links;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The canonical key of the learner the request's {@code id} names, if the mentor may act on them. */
    public String learnerKey(WebRequest request) {
        User mentor = request.requireRole(Role.MENTOR);
        String key = links.canonical(LearnerIds.key(request.path("id"))
                .orElseThrow(() -> Refusal.notFound("refusal.notFound")));
        if (access.refusal(mentor, key).isPresent()) {
            throw Refusal.forbidden("refusal.notAssigned");
        }
        return key;
    }

    /** As {@link #learnerKey}, and the view is recorded: who, when, which learner, what. */
    public String viewed(WebRequest request, String what) {
        String key = learnerKey(request);
        audit.record(new AuditEntry(clock.instant(), request.user().name(), key, what));
        return key;
    }
}
