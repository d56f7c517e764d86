package org.flourish.pathways.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The LRS ({@code /flourish-lrs}, on its own fresh PostgreSQL database) and the engine ({@code /pathways}, TDB2 in
 * its data directory) in two Payara Micro processes bound to 127.0.0.1, so that the engine can be stopped and started
 * again while the LRS runs. The engine reads the LRS with the seed credential (scopes {@code all erasures/read}).
 * Logs: {@code lrs.log} and {@code engine-N.log} in the directory.
 */
public final class ApartServers implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final Path dir;
    private final String database;
    private final Process lrsProcess;
    private final URI lrsRoot;
    private final int enginePort;
    private Process engineProcess;
    private int engineStarts;

    private ApartServers(Path dir, String database, Process lrsProcess, URI lrsRoot, int enginePort) {
        this.dir = dir;
        this.database = database;
        this.lrsProcess = lrsProcess;
        this.lrsRoot = lrsRoot;
        this.enginePort = enginePort;
    }

    /** Starts both, in {@code dir} (emptied first), the LRS on the database {@code databaseName} (created anew). */
    public static ApartServers start(Path dir, String databaseName) throws IOException {
        Directories.delete(dir);
        Files.createDirectories(dir.resolve("tmp"));
        Path lrsWar = LrsAndPathwaysServer.existing("flourish.lrs.war", "build the LRS first");
        String jdbcUrl = LrsAndPathwaysServer.freshDatabase(databaseName);
        int lrsPort = LrsAndPathwaysServer.freePort();
        Process lrs = launch(dir, "lrs", lrsPort, lrsWar, Map.of(
                "FLOURISH_DB_URL", jdbcUrl,
                "FLOURISH_DB_USER", System.getProperty("flourish.test.pg.user", "postgres"),
                "FLOURISH_DB_PASSWORD", System.getProperty("flourish.test.pg.password", ""),
                "FLOURISH_DATA_DIR", dir.resolve("lrs-data").toString(),
                "FLOURISH_ADMIN_USER", "admin",
                "FLOURISH_ADMIN_PASSWORD", LrsAndPathwaysServer.ADMIN_PASSWORD,
                "FLOURISH_SEED_KEY", LrsAndPathwaysServer.LRS_KEY,
                "FLOURISH_SEED_SECRET", LrsAndPathwaysServer.LRS_SECRET,
                "FLOURISH_SEED_SCOPES", LrsAndPathwaysServer.ENGINE_SCOPES), dir.resolve("lrs.log"));
        ApartServers servers = new ApartServers(dir, databaseName, lrs, URI.create("http://127.0.0.1:" + lrsPort + "/"),
                LrsAndPathwaysServer.freePort());
        try {
            servers.await(() -> answers(() -> servers.lrs().get("about").status()), lrs, "the LRS");
            servers.startEngine();
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
        return servers;
    }

    /** Starts the engine on its data directory as it was left, and waits until it answers. */
    public void startEngine() {
        Path pathwaysWar = LrsAndPathwaysServer.existing("flourish.pathways.war", "package the pathways module first");
        URI engineRoot = engineRoot();
        engineStarts++;
        try {
            Path deployed = Files.copy(pathwaysWar, dir.resolve("pathways.war"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // A root directory of its own for each start: Payara Micro deploys an application a reused one already
            // holds a second time, and the second would find the store locked by the first.
            engineProcess = launch(dir, "engine-" + engineStarts, enginePort, deployed, Map.of(
                    "FLOURISH_DATA_DIR", dir.resolve("engine-data").toString(),
                    "FLOURISH_LRS_URL", lrsRoot + "flourish-lrs/xapi/",
                    "FLOURISH_LRS_KEY", LrsAndPathwaysServer.LRS_KEY,
                    "FLOURISH_LRS_SECRET", LrsAndPathwaysServer.LRS_SECRET,
                    "FLOURISH_PATHWAYS_POLL_MILLIS", "200",
                    "FLOURISH_PATHWAYS_MENTOR_HOME", engineRoot + "pathways",
                    "FLOURISH_PATHWAYS_USERS", LrsAndPathwaysServer.MENTOR + ":" + LrsAndPathwaysServer.PASSWORD
                            + ":mentor," + LrsAndPathwaysServer.COORDINATOR + ":" + LrsAndPathwaysServer.PASSWORD
                            + ":coordinator"), dir.resolve("engine-" + engineStarts + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await(() -> answers(() -> pathways(LrsAndPathwaysServer.MENTOR).get("sparql?query=ASK%7B%7D").status()),
                engineProcess, "the engine");
    }

    /** Stops the engine as a supervisor would (SIGTERM: the application closes its store) and waits for its end. */
    public void stopEngine() {
        stop(engineProcess);
        engineProcess = null;
    }

    /** The engine's TDB2 directory: open it only while the engine is stopped (one process at a time). */
    public Path engineTdb2() {
        return dir.resolve("engine-data").resolve("pathways").resolve("tdb2");
    }

    public String database() {
        return database;
    }

    public HttpCaller lrsAdmin() {
        return HttpCaller.at(lrsRoot.resolve("flourish-lrs/admin/")).as("admin", LrsAndPathwaysServer.ADMIN_PASSWORD);
    }

    public HttpCaller lrs() {
        return HttpCaller.at(lrsRoot.resolve("flourish-lrs/xapi/")).xapi()
                .as(LrsAndPathwaysServer.LRS_KEY, LrsAndPathwaysServer.LRS_SECRET);
    }

    public HttpCaller pathways(String user) {
        return HttpCaller.at(engineRoot().resolve("pathways/api/")).as(user, LrsAndPathwaysServer.PASSWORD);
    }

    private URI engineRoot() {
        return URI.create("http://127.0.0.1:" + enginePort + "/");
    }

    private static Process launch(Path dir, String name, int port, Path war, Map<String, String> env, Path log)
            throws IOException {
        Path preboot = Files.writeString(dir.resolve("preboot.txt"), "set configs.config.server-config."
                + "network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n");
        List<String> command = new ArrayList<>(List.of(LrsAndPathwaysServer.javaExecutable(), "-Xmx512m",
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-jar",
                LrsAndPathwaysServer.existing("payara.microJar", "build the LRS first").toString(), "--nohazelcast",
                "--port", String.valueOf(port), "--rootdir", dir.resolve(name + "-root").toString(),
                "--prebootcommandfile", preboot.toString(), "--deploy", war.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private void await(BooleanSupplier ready, Process process, String what) {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped during start; see the logs in " + dir);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " was not ready within " + READY_WITHIN + "; see " + dir);
            }
            LrsAndPathwaysServer.sleep(Duration.ofSeconds(1));
        }
    }

    private static boolean answers(java.util.function.IntSupplier status) {
        return LrsAndPathwaysServer.answers(status);
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(engineProcess);
        stop(lrsProcess);
    }
}
