package org.flourish.lrs.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Runs client threads in a closed loop (each sends its next unit of work as soon as the last one is done): first a
 * warm-up whose work is not counted, then a measured interval. Units that finish inside the interval are counted,
 * whenever they began: in a steady state the unit cut off at the end balances the one carried in at the start.
 */
final class TimedClients {

    /** One client's unit of work: stores some statements and says how many, or throws. Closed when its client ends. */
    interface Unit extends AutoCloseable {
        int run() throws Exception;

        @Override
        default void close() throws Exception {
        }

        /** A unit doing {@code work} on {@code resource}, which is closed with it. */
        static Unit closing(AutoCloseable resource, Unit work) {
            return new Unit() {
                @Override
                public int run() throws Exception {
                    return work.run();
                }

                @Override
                public void close() throws Exception {
                    resource.close();
                }
            };
        }
    }

    /** Statements per second over the measured interval, and the units that failed in it. */
    record Outcome(double perSecond, long statements, long failures, String firstFailure) {
    }

    private TimedClients() {
    }

    static Outcome run(int clients, IntFunction<Unit> clientFactory, Duration warmUp, Duration measured)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        AtomicLong statements = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>("");
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Unit unit = clientFactory.apply(client);
            Thread thread = new Thread(() -> {
                try (unit) {
                    loop(unit, measureFrom, measureUntil, statements, failures, firstFailure);
                } catch (Exception e) {
                    firstFailure.compareAndSet("", "closing: " + e);
                }
            }, "bench-client-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = measured.toNanos() / 1e9;
        return new Outcome(statements.get() / seconds, statements.get(), failures.get(), firstFailure.get());
    }

    /** Runs the unit until the end of the measured interval, counting what finishes inside it. */
    private static void loop(Unit unit, long measureFrom, long measureUntil, AtomicLong statements,
            AtomicLong failures, AtomicReference<String> firstFailure) {
        while (System.nanoTime() < measureUntil) {
            int done;
            try {
                done = unit.run();
            } catch (Exception e) {
                firstFailure.compareAndSet("", e.toString());
                done = -1;
            }
            long finished = System.nanoTime();
            if (finished >= measureFrom && finished <= measureUntil) {
                if (done < 0) {
                    failures.incrementAndGet();
                } else {
                    statements.addAndGet(done);
                }
            }
        }
    }
}
