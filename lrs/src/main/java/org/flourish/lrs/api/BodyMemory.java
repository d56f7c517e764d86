package org.flourish.lrs.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.flourish.lrs.error.RequestTooLargeException;
import org.flourish.lrs.error.ServerBusyException;

/**
 * The memory all requests being read may take together. A body becomes bytes, text and a JSON tree, then a prepared
 * statement and its database parameters: about {@link #EXPANSION} times its size in the heap. Several clients posting
 * large statements at once (6 of about 15 MB under {@code -Xmx512m}) exhausted the heap; with this budget a request
 * whose share does not fit waits up to {@link #WAIT} for others to finish, then gets 503 with {@code Retry-After}
 * before anything of it is stored.
 */
public final class BodyMemory {

    /** Heap bytes taken per body byte (an estimate, on the safe side for JSON of strings). */
    static final int EXPANSION = 8;
    static final Duration WAIT = Duration.ofSeconds(5);
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final int UNIT = 1024;

    private final Semaphore units;
    private final long budgetBytes;
    private final long maxRequestBytes;

    /**
     * A budget of {@code budgetBytes} of heap for the requests being read. A request's share stops growing at
     * {@code maxRequestBytes} of body: past it the body is refused and drained, or (bulk import) streamed a line at
     * a time, never held whole.
     */
    public BodyMemory(long budgetBytes, long maxRequestBytes) {
        this.budgetBytes = budgetBytes;
        this.maxRequestBytes = maxRequestBytes;
        this.units = new Semaphore((int) Math.min(Integer.MAX_VALUE, budgetBytes / UNIT), true);
    }

    /** The default: 40 % of the heap, the rest staying for the server, the pool and the responses. */
    public static BodyMemory ofHeap(long maxRequestBytes) {
        return new BodyMemory(Runtime.getRuntime().maxMemory() * 2 / 5, maxRequestBytes);
    }

    /** The body bytes past which a request's share grows no more. */
    long maxRequestBytes() {
        return maxRequestBytes;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    /** One request's share, taken as its body is read and given back when the request ends. */
    Share share() {
        return new Share();
    }

    final class Share implements AutoCloseable {
        private int held;

        long maxRequestBytes() {
            return maxRequestBytes;
        }

        /** The largest body that fits the budget and the request limit: the share of a body of unknown length. */
        long largestBody() {
            return Math.min(maxRequestBytes, budgetBytes / EXPANSION);
        }

        /** Takes the memory for {@code bodyBytes} more bytes of body; refuses (413 or 503) when it cannot. */
        void take(long bodyBytes) {
            int wanted = (int) Math.min(Integer.MAX_VALUE, (bodyBytes * EXPANSION + UNIT - 1) / UNIT);
            if ((long) (held + wanted) * UNIT > budgetBytes) {
                throw new RequestTooLargeException("the request body is larger than this LRS can hold in memory ("
                        + budgetBytes / EXPANSION + " bytes)");
            }
            boolean taken;
            try {
                taken = units.tryAcquire(wanted, WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                taken = false;
            }
            if (!taken) {
                throw new ServerBusyException("the LRS is reading as much request data as it can hold: try again"
                        + " shortly", RETRY_AFTER);
            }
            held += wanted;
        }

        @Override
        public void close() {
            units.release(held);
            held = 0;
        }
    }
}
