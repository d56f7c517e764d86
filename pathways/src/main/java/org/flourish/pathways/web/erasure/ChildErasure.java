package org.flourish.pathways.web.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.access.AuditLog;
import org.flourish.pathways.access.MentorAssignments;
import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.rdf.LearnerContextReader;
import org.flourish.pathways.service.LearnerContexts;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.service.LearnerStates;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.LearnerDirectory;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.vocab.FL;
import org.flourish.pathways.web.view.LearnerViews;
import org.flourish.pathways.web.lrs.LrsAdmin;
import org.flourish.pathways.web.lrs.LrsAdminException;
import org.flourish.pathways.xapi.LearnerAgents;

/**
 * Erasing a child, every key of them: first in the LRS (its erasure API: every statement naming them, their
 * documents), then in the engine (each key's graph with its statements, context, name, goals, pins and vetoes; the
 * links between the keys; the mentors' assignments; the cached mastery), and in the audit log each key becomes a
 * digest. If the LRS refuses or cannot be reached, nothing is erased in the engine either.
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
    LearnerStates states;

    @Inject
    AuditLog audit;

    @Inject
    RdfStore store;

    @Inject
    SharedKnowledgeHolder knowledge;

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
     * @throws LrsAdminException if the LRS refused or could not be reached (then nothing was erased)
     */
    public synchronized Done erase(Plan plan) {
        JsonArrayBuilder agents = Json.createArrayBuilder();
        plan.keys().forEach(key -> LearnerAgents.agentOf(key).ifPresent(agents::add));
        JsonObject erased = lrs.orElseThrow(() -> new LrsAdminException(Optional.empty(), null))
                .erase(agents.build());
        for (String key : plan.keys()) {
            if (!key.equals(plan.canonical())) {
                links.unlink(plan.canonical(), key);
            }
            assignments.mentorsOf(key).forEach(mentor -> assignments.unassign(mentor, key));
            store.put(Graphs.ofLearner(key), ModelFactory.createDefaultModel());
            states.forget(key);
            audit.replaceLearner(key, digest(key));
            views.names().forget(key);
        }
        forgetInSharedLearners(plan.keys());
        return new Done(erased.getJsonNumber("statementsErased").longValue(),
                erased.getJsonNumber("documentsErased").longValue(),
                erased.getJsonNumber("attachmentsErased").longValue());
    }

    /** A sample learner is also described in the shared learners' graph: that description goes too. */
    private void forgetInSharedLearners(List<String> keys) {
        Model learners = store.graph(Graphs.LEARNERS);
        List<Resource> nodes = learners.listSubjectsWithProperty(
                RDF.type, FL.Learner).toList().stream()
                .filter(node -> LearnerContextReader.keyOf(node)
                        .filter(keys::contains).isPresent()).toList();
        if (nodes.isEmpty()) {
            return;
        }
        nodes.forEach(node -> removeTree(learners, node));
        store.put(Graphs.LEARNERS, learners);
        knowledge.replace(SharedKnowledge.load(store));
        views.names().forgetShared();
    }

    /** The node's statements and, depth first, those of the blank nodes it describes (goals, schedules). */
    private static void removeTree(Model model, Resource node) {
        for (Statement statement : node.listProperties().toList()) {
            if (statement.getObject().isAnon()) {
                removeTree(model, statement.getObject().asResource());
            }
            model.remove(statement);
        }
    }

    /** What the audit log keeps of an erased key: enough to match a later question, not to name the child. */
    static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "erased:sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
