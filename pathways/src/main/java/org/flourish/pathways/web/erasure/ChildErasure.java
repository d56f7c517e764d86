package org.flourish.pathways.web.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.flourish.pathways.access.MentorAssignments;
import org.flourish.pathways.service.LearnerContexts;
import org.flourish.pathways.service.LearnerErasures;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.lrs.ErasureNotice;
import org.flourish.pathways.store.LearnerDirectory;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.web.lrs.LrsAdmin;
import org.flourish.pathways.web.lrs.LrsAdminException;
import org.flourish.pathways.web.view.LearnerViews;
import org.flourish.pathways.xapi.LearnerKeys;

/**
 * Erasing a child, every key of them: first in the LRS (its erasure API: every statement naming them, their
 * documents), then in the engine ({@link LearnerErasures}: each key's graph with its statements, context, name,
 * goals, pins and vetoes; the links between the keys; the mentors' assignments; the sample learners' description;
 * the cached mastery), and in the audit log each key becomes a mark that names no one. If the LRS refuses or cannot be reached, nothing is erased in the engine either.
 */
@ApplicationScoped
public class ChildErasure {

    @Inject
    Optional<LrsAdmin> lrs;

    @Inject
    LearnerLinking links;

    @Inject
    MentorAssignments assignments;

    @Inject
    LearnerDirectory directory;

    @Inject
    LearnerRecords records;

    @Inject
    LearnerContexts contexts;

    @Inject
    LearnerErasures engine;

    @Inject
    LearnerViews views;

    /** What erasing this child would remove, for the confirmation page. */
    public record Plan(String canonical, List<String> keys, long statementsInEngine, boolean hasContext,
                       int goals, int pins, int vetoes, List<String> mentors) {
    }

    /** What the LRS reported erasing. */
    public record Done(long lrsStatements, long lrsDocuments, long lrsAttachments) {
    }

    public Plan plan(String key) {
        String canonical = links.canonical(key);
        List<String> keys = new ArrayList<>();
        keys.add(canonical);
        keys.addAll(links.aliasesOf(canonical));
        var counts = directory.keysWithStatements();
        return new Plan(canonical, keys, keys.stream().mapToLong(k -> counts.getOrDefault(k, 0L)).sum(),
                contexts.stated(canonical).isPresent(), records.goals(canonical).size(),
                records.pinned(canonical).size(), records.vetoed(canonical).size(),
                assignments.mentorsOf(canonical));
    }

    /**
     * Erases the child in the LRS, then at once in the engine by the same rule the engine applies when the LRS's
     * erasure feed tells it (which it also will, shortly after: erasing what is gone changes nothing).
     *
     * @throws LrsAdminException if the LRS refused or could not be reached (then nothing was erased)
     */
    public synchronized Done erase(Plan plan) {
        JsonArrayBuilder agents = Json.createArrayBuilder();
        plan.keys().forEach(key -> LearnerKeys.agentOf(key).ifPresent(agents::add));
        JsonObject erased = lrs.orElseThrow(() -> new LrsAdminException(Optional.empty(), null))
                .erase(agents.build());
        engine.accept(new ErasureNotice(0, Set.copyOf(plan.keys()), Set.of()));
        plan.keys().forEach(views.names()::forget);
        views.names().forgetShared();
        return new Done(erased.getJsonNumber("statementsErased").longValue(),
                erased.getJsonNumber("documentsErased").longValue(),
                erased.getJsonNumber("attachmentsErased").longValue());
    }
}
