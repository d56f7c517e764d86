package org.flourish.pathways.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process deploying the LRS ({@code /flourish-lrs}) and the engine ({@code /pathways}), bound to
 * 127.0.0.1 on a free port (or {@code flourish.it.port}), the LRS on its own fresh PostgreSQL database, the engine reading it as an xAPI client.
 * Paths come from the build's system properties; its log is {@code target/it/payara.log}.
 */
public final class LrsAndPathwaysServer implements AutoCloseable {

    public static final String LRS_KEY = "it-key";
    public static final String LRS_SECRET = "it-secret";
    public static final String MENTOR = "mentor";
    public static final String COORDINATOR = "coordinator";
    public static final String FORWARDER = "forwarder";
    public static final String PASSWORD = "it-password";
    /** The administrator of the LRS and of the web app. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-secret";
    /** The engine's credential reads the statements, records mentors' actions and reads the erasure feed. */
    static final String ENGINE_SCOPES = "all erasures/read";
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final Process process;
    private final URI root;

    private LrsAndPathwaysServer(Process process, URI root) {
        this.process = process;
        this.root = root;
    }

    public static LrsAndPathwaysServer start() throws IOException {
        return start(Map.of());
    }

    /** As {@link #start()}, with some of the engine's or the LRS's environment settings overridden. */
    public static LrsAndPathwaysServer start(Map<String, String> overrides) throws IOException {
        Path lrsWar = existing("flourish.lrs.war", "build the LRS first: mvn -o -pl lrs package -DskipTests");
        Path micro = existing("payara.microJar", "build the LRS first: mvn -o -pl lrs package -DskipTests");
        Path pathwaysWar = existing("flourish.pathways.war", "package the pathways module first");
        Path dir = Path.of(System.getProperty("flourish.it.dir", "target/it")).toAbsolutePath();
        Directories.delete(dir);
        Files.createDirectories(dir.resolve("tmp"));
        Path deployedPathways = Files.copy(pathwaysWar, dir.resolve("pathways.war"),
                StandardCopyOption.REPLACE_EXISTING);
        Path preboot = Files.writeString(dir.resolve("preboot.txt"), "set configs.config.server-config."
                + "network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n");
        String database = freshDatabase(System.getProperty("flourish.it.db", "flourish_pathways_it"));
        int port = Integer.getInteger("flourish.it.port", 0) > 0 ? Integer.getInteger("flourish.it.port") : freePort();
        URI root = URI.create("http://127.0.0.1:" + port + "/");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaExecutable(), "-Xmx768m",
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-jar", micro.toString(), "--nohazelcast",
                "--port", String.valueOf(port), "--rootdir", dir.resolve("payara-root").toString(),
                "--prebootcommandfile", preboot.toString(),
                "--deploy", lrsWar.toString(), "--deploy", deployedPathways.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("payara.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("FLOURISH_DB_URL", database);
        env.put("FLOURISH_DB_USER", System.getProperty("flourish.test.pg.user", "postgres"));
        env.put("FLOURISH_DB_PASSWORD", System.getProperty("flourish.test.pg.password", ""));
        env.put("FLOURISH_DATA_DIR", dir.resolve("data").toString());
        env.put("FLOURISH_ADMIN_USER", "admin");
        env.put("FLOURISH_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("FLOURISH_SEED_KEY", LRS_KEY);
        env.put("FLOURISH_SEED_SECRET", LRS_SECRET);
        env.put("FLOURISH_SEED_SCOPES", ENGINE_SCOPES);
        env.put("FLOURISH_LRS_URL", root + "flourish-lrs/xapi/");
        env.put("FLOURISH_LRS_KEY", LRS_KEY);
        env.put("FLOURISH_LRS_SECRET", LRS_SECRET);
        env.put("FLOURISH_PATHWAYS_POLL_MILLIS", "200");
        env.put("FLOURISH_PATHWAYS_MENTOR_HOME", root + "pathways");
        env.put("FLOURISH_PATHWAYS_USERS", MENTOR + ":" + PASSWORD + ":mentor," + COORDINATOR + ":" + PASSWORD
                + ":coordinator," + FORWARDER + ":" + PASSWORD + ":forwarder");
        env.putAll(overrides);
        LrsAndPathwaysServer server = new LrsAndPathwaysServer(builder.start(), root);
        server.awaitReady(dir.resolve("payara.log"));
        return server;
    }

    public URI root() {
        return root;
    }

    /** The server's process id, for reading its CPU time. */
    public long pid() {
        return process.pid();
    }

    /** The LRS's administration API, as its administrator. */
    public HttpCaller lrsAdmin() {
        return HttpCaller.at(root.resolve("flourish-lrs/admin/")).as("admin", ADMIN_PASSWORD);
    }

    public HttpCaller lrs() {
        return HttpCaller.at(root.resolve("flourish-lrs/xapi/")).xapi().as(LRS_KEY, LRS_SECRET);
    }

    public HttpCaller pathways(String user) {
        return HttpCaller.at(root.resolve("pathways/api/")).as(user, PASSWORD);
    }

    public HttpCaller pathwaysAnonymously() {
        return HttpCaller.at(root.resolve("pathways/api/"));
    }

    private void awaitReady(Path log) {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start; see " + log);
            }
            if (answers(() -> lrs().get("about").status()) && answers(() -> pathways(MENTOR)
                    .get("sparql?query=ASK%7B%7D").status())) {
                return;
            }
            sleep(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException("the LRS and the engine were not ready within " + READY_WITHIN + "; see " + log);
    }

    static boolean answers(java.util.function.IntSupplier status) {
        try {
            return status.getAsInt() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops and creates the PostgreSQL database; returns its JDBC URL. */
    static String freshDatabase(String name) {
        String server = System.getProperty("flourish.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(server + "postgres",
                System.getProperty("flourish.test.pg.user", "postgres"),
                System.getProperty("flourish.test.pg.password", ""));
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + " (is PostgreSQL running?)", e);
        }
        return server + name;
    }

    static Path existing(String property, String hint) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("missing " + property + " (" + value + "): " + hint);
        }
        return Path.of(value);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
