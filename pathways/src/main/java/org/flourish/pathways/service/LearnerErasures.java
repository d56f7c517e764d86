package org.flourish.pathways.service;

import java.util.function.Consumer;

import org.flourish.pathways.lrs.ErasureNotice;
import org.flourish.pathways.store.GraphLearnerErasure;

/**
 * Applies an erasure the LRS made: the learner goes from every graph the engine keeps (their own graph with its
 * statements, context, goals, pins and vetoes; mentor assignments; links; the shared learners' graph), the erased
 * statements go from whichever learner's graph kept them, and nothing of them stays cached. The aggregates count
 * what the graphs hold, so they no longer count the learner.
 */
public final class LearnerErasures implements Consumer<ErasureNotice> {

    private final GraphLearnerErasure store;
    private final LearnerStates states;
    private final Runnable reloadSharedKnowledge;

    /** {@code reloadSharedKnowledge}: reads the shared graphs again, after a learner left the shared learners' graph. */
    public LearnerErasures(GraphLearnerErasure store, LearnerStates states, Runnable reloadSharedKnowledge) {
        this.store = store;
        this.states = states;
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
    }
}
