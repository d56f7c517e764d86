package org.flourish.pathways.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flourish.pathways.access.AuditEntry;
import org.flourish.pathways.access.AuditLog;

/**
 * The audit log written behind the page: a view is queued and the queue goes to the store every quarter second in
 * one transaction. A TDB2 write transaction syncs to disk, which took 170 ms a write on a busy machine, longer than
 * the whole page may take; one transaction for all the views of a quarter second costs the same. Reading the log,
 * replacing a learner and closing write the queue first. A crash loses at most the views of the last quarter second.
 */
public final class BatchedAuditLog implements AuditLog, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BatchedAuditLog.class.getName());
    private static final long EVERY_MILLIS = 250;

    private final GraphAuditLog log;
    private final List<AuditEntry> pending = new ArrayList<>();
    private final ScheduledExecutorService writer;

    public BatchedAuditLog(GraphAuditLog log) {
        this.log = log;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "flourish-audit-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::flushQuietly, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void record(AuditEntry entry) {
        synchronized (pending) {
            pending.add(entry);
        }
    }

    @Override
    public List<AuditEntry> newest(int offset, int limit) {
        flush();
        return log.newest(offset, limit);
    }

    @Override
    public void replaceLearner(String learnerKey, String replacement) {
        flush();
        log.replaceLearner(learnerKey, replacement);
    }

    /** Writes what is queued; a failed write puts the entries back for the next turn. */
    public synchronized void flush() {
        List<AuditEntry> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = List.copyOf(pending);
            pending.clear();
        }
        try {
            log.recordAll(batch);
        } catch (RuntimeException e) {
            synchronized (pending) {
                pending.addAll(0, batch);
            }
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "writing the audit log failed; retrying", e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
