package org.flourish.lrs.boot;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flourish.lrs.forward.Forwarder;

/**
 * Runs forwarding passes on the container's scheduler: a quarter second apart while subscriptions are up to date
 * (short enough for near-real-time subscribers; a pass with nothing to do costs one small query per subscription),
 * back to back while one is behind, so forwarding keeps up with any ingest rate it can deliver.
 */
@ApplicationScoped
public class ForwardingSchedule {

    private static final Logger LOG = Logger.getLogger(ForwardingSchedule.class.getName());
    private static final long PAUSE_MILLIS = 250;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> passes;
    private volatile boolean stopping;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, Forwarder forwarder) {
        passes = scheduler.scheduleWithFixedDelay(() -> {
            try {
                while (forwarder.runOnce().behind() && !stopping) {
                    // the next pass starts at once
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A forwarding pass failed; the next one retries", e);
            }
        }, 1000, PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true; // a pass running back to back ends at its next turn
        if (passes != null) {
            passes.cancel(false);
        }
    }
}
