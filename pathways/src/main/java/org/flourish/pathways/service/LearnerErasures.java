package org.flourish.pathways.service;

import java.util.function.Consumer;

import org.flourish.pathways.access.AuditLog;
import org.flourish.pathways.lrs.ErasureNotice;
import org.flourish.pathways.store.GraphLearnerErasure;

/**
 * Applies an erasure the LRS made: the learner goes from every graph the engine keeps (their own graph with its
 * statements, context, goals, pins and vetoes; mentor assignments; links; the shared learners' graph), the erased
 * statements go from whichever learner's graph kept them, and nothing of them stays cached. The aggregates count
 * what the graphs hold, so they no longer count the learner. The audit log keeps who looked and when, but each of
 * the learner's keys becomes {@link #ERASED}: no identifier of the child, and no digest of one, which anyone who
 * guesses the identifier could confirm (the LRS's erasure audit keeps a keyed digest where one is needed).
 */
public final class LearnerErasures implements Consumer<ErasureNotice> {

    /** What the audit log shows in place of an erased learner's key. */
    public static final String ERASED = "erased:learner";

    private final GraphLearnerErasure store;
    private final LearnerStates states;
    private final AuditLog audit;
    private final Runnable reloadSharedKnowledge;

    /** {@code reloadSharedKnowledge}: reads the shared graphs again, after a learner left the shared learners' graph. */
    public LearnerErasures(GraphLearnerErasure store, LearnerStates states, AuditLog audit,
                           Runnable reloadSharedKnowledge) {
        this.store = store;
        this.states = states;
        this.audit = audit;
        this.reloadSharedKnowledge = reloadSharedKnowledge;
    }

    @Override
    public void accept(ErasureNotice notice) {
        boolean sharedChanged = store.erase(notice.learnerKeys(), notice.statementIds());
        if (sharedChanged) {
            reloadSharedKnowledge.run();
        }
        // Erased statements may have been evidence about other learners too: every cached state may hold them.
        states.forgetAll();
        notice.learnerKeys().forEach(key -> audit.replaceLearner(key, ERASED));
    }
}
