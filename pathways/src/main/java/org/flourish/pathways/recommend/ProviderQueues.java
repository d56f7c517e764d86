package org.flourish.pathways.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Candidates queued by provider, best first, for the greedy pick with provider diversity. Within one provider the
 * diversity penalty is the same for every candidate, so only each provider's best remaining candidate can be the next
 * pick: a pick compares the providers' heads, not every candidate. A candidate is checked for admission (the hard
 * constraints) only when it reaches the head of its queue; one that is not admitted is dropped.
 */
final class ProviderQueues {

    private final Predicate<Candidate> admitted;
    private final Map<String, Queue> byProvider = new HashMap<>();

    ProviderQueues(List<Candidate> candidates, Predicate<Candidate> admitted) {
        this.admitted = admitted;
        for (Candidate candidate : candidates) {
            byProvider.computeIfAbsent(candidate.opportunity().provider(), provider -> new Queue()).candidates
                    .add(candidate);
        }
        byProvider.values().forEach(queue -> queue.candidates.sort(Candidate.BEST_FIRST));
    }

    /**
     * Removes and returns the admitted head with the highest {@code adjusted} score (ties: the smaller IRI), or empty
     * when no admitted candidate is left.
     */
    Optional<Candidate> takeBest(ToDoubleFunction<Candidate> adjusted) {
        Queue best = null;
        Iterator<Queue> queues = byProvider.values().iterator();
        while (queues.hasNext()) {
            Queue queue = queues.next();
            Optional<Candidate> head = queue.admittedHead(admitted);
            if (head.isEmpty()) {
                queues.remove();
            } else if (best == null || BETTER_HEAD.compare(head.get(), best.head(), adjusted) > 0) {
                best = queue;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Candidate taken = best.head();
        best.advance();
        return Optional.of(taken);
    }

    /** Higher adjusted score wins; on a tie the smaller IRI. */
    private interface HeadOrder {
        int compare(Candidate a, Candidate b, ToDoubleFunction<Candidate> adjusted);
    }

    private static final HeadOrder BETTER_HEAD = (a, b, adjusted) -> {
        int byScore = Double.compare(adjusted.applyAsDouble(a), adjusted.applyAsDouble(b));
        return byScore != 0 ? byScore : Comparator.<String>reverseOrder()
                .compare(a.opportunity().iri(), b.opportunity().iri());
    };

    /** One provider's candidates, best first, and how far the pick has gone through them. */
    private static final class Queue {
        private final List<Candidate> candidates = new ArrayList<>();
        private int next;
        private boolean headAdmitted;

        Optional<Candidate> admittedHead(Predicate<Candidate> admitted) {
            while (!headAdmitted && next < candidates.size()) {
                if (admitted.test(candidates.get(next))) {
                    headAdmitted = true;
                } else {
                    next++;
                }
            }
            return headAdmitted ? Optional.of(candidates.get(next)) : Optional.empty();
        }

        Candidate head() {
            return candidates.get(next);
        }

        void advance() {
            next++;
            headAdmitted = false;
        }
    }
}
