package org.flourish.lrs.boot;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When the LRS cannot start (its database unreachable, a migration refused, the data directory unusable), Payara
 * Micro would go on running without it and answer 404 to every client for ever. Ending the process instead lets a
 * supervisor (Docker's restart policy, systemd) restart it and show the failure. Set
 * {@code FLOURISH_EXIT_ON_FAILED_START=false} where the server hosts other applications that must stay up.
 */
final class FailedStart {

    /** The process's status after a failed start: EX_SOFTWARE of sysexits.h, not an ordinary error exit. */
    static final int EXIT_STATUS = 70;
    private static final Logger LOG = Logger.getLogger(FailedStart.class.getName());

    private FailedStart() {
    }

    /** Logs why, then ends the process from another thread (the deploying thread must be free to finish). */
    static void endProcess(RuntimeException cause) {
        boolean exit = ConfigProvider.getConfig().getOptionalValue("flourish.exit.on.failed.start", Boolean.class)
                .orElse(true);
        LOG.log(Level.SEVERE, "Flourish LRS could not start: " + rootOf(cause).getMessage()
                + (exit ? "; the process exits with status " + EXIT_STATUS + " so that a supervisor restarts it" : ""),
                cause);
        if (!exit) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            // Payara's shutdown may wait on the failed deployment: never let it keep the process alive.
            sleep(60_000);
            Runtime.getRuntime().halt(EXIT_STATUS);
        }, "flourish-failed-start-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        new Thread(() -> System.exit(EXIT_STATUS), "flourish-failed-start-exit").start();
    }

    /** The first failure: CDI wraps it in its own exceptions, whose message says nothing to an operator. */
    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
