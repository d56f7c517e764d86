package org.flourish.lrs.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every request the clients sent: its statement ids, whether the LRS acknowledged it (200 or 204) and when. An
 * unacknowledged request (in flight at the kill, or refused) may be stored or not, but only whole.
 */
final class Ledger {

    /** One request: a batch, or a single PUT (a batch of one). */
    record Request(List<UUID> ids, boolean acknowledged, long answeredAtNanos) {
    }

    /** What a check of the stored ids found. */
    record Check(long acknowledgedStatements, long acknowledgedRequests, long lostStatements, long lostRequests,
            long partialRequests, long unacknowledgedRequests, long unacknowledgedStored) {

        boolean holds() {
            return lostStatements == 0 && partialRequests == 0;
        }
    }

    private final List<Request> requests = new ArrayList<>();

    synchronized void record(List<UUID> ids, boolean acknowledged) {
        requests.add(new Request(List.copyOf(ids), acknowledged, System.nanoTime()));
    }

    /** Statements acknowledged less than {@code nanos} before {@code instant}. */
    synchronized long acknowledgedWithin(long nanos, long instant) {
        return requests.stream().filter(request -> request.acknowledged()
                && request.answeredAtNanos() <= instant && instant - request.answeredAtNanos() < nanos)
                .mapToLong(request -> request.ids().size()).sum();
    }

    synchronized Check check(Set<UUID> stored) {
        long acknowledged = 0;
        long acknowledgedRequests = 0;
        long lost = 0;
        long lostRequests = 0;
        long partial = 0;
        long unacknowledged = 0;
        long unacknowledgedStored = 0;
        for (Request request : requests) {
            long present = request.ids().stream().filter(stored::contains).count();
            if (present > 0 && present < request.ids().size()) {
                partial++;
            }
            if (request.acknowledged()) {
                acknowledged += request.ids().size();
                acknowledgedRequests++;
                lost += request.ids().size() - present;
                lostRequests += present < request.ids().size() ? 1 : 0;
            } else {
                unacknowledged++;
                unacknowledgedStored += present == request.ids().size() ? 1 : 0;
            }
        }
        return new Check(acknowledged, acknowledgedRequests, lost, lostRequests, partial, unacknowledged,
                unacknowledgedStored);
    }
}
