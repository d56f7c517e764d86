package org.flourish.lrs.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.logging.Logger;
import org.flourish.lrs.store.jpa.DatabaseSettings;

/**
 * PostgreSQL run by Flourish itself, the embedded default: the server lives in one directory (the binaries, unpacked
 * once; the cluster; its generated password), listens on 127.0.0.1 only, and commits durably ({@code fsync} and
 * {@code synchronous_commit} on), so an acknowledged statement survives a crash as it does on any PostgreSQL.
 *
 * <p>A server left running by a process that was killed (the kernel then frees the directory's lock, but the server
 * outlives it) is stopped and started again, replaying its log; a directory in use by a live process is refused.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class.getName());
    private static final String USER = "flourish";
    private static final String DATABASE = "flourish";
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofMinutes(2);
    private static final int START_ATTEMPTS = 3;

    private final Path cluster;
    private final ServerCommands commands;
    private final ClusterLock lock;
    private final String password;
    private final int port;
    private final Thread stopAtExit = new Thread(this::stopQuietly, "embedded-postgres-stop");
    private boolean stopped;

    private EmbeddedPostgres(Path cluster, ServerCommands commands, ClusterLock lock, String password, int port) {
        this.cluster = cluster;
        this.commands = commands;
        this.lock = lock;
        this.password = password;
        this.port = port;
    }

    /**
     * Starts the server in {@code directory}, creating it on first use, on {@code port} or else on a free loopback
     * port; fails with a message saying what to do when it cannot.
     */
    public static EmbeddedPostgres start(Path directory, OptionalInt port) {
        Path asked = directory.toAbsolutePath().normalize();
        Path home = asked;
        try {
            ServerAccount account = ServerAccount.forThisProcess();
            home = ServerHome.of(asked, account);
            Files.createDirectories(home);
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString(account.uid() < 0
                    ? "rwx------" : "rwx--x--x"));
            account.checkCanReach(home);
            ClusterLock lock = ClusterLock.acquire(home);
            try {
                return startLocked(home, account, lock, port);
            } catch (RuntimeException | IOException e) {
                lock.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL in " + home + " cannot start", e);
        }
    }

    private static EmbeddedPostgres startLocked(Path home, ServerAccount account, ClusterLock lock,
            OptionalInt port) throws IOException {
        ServerCommands commands = new ServerCommands(PostgresBinaries.installed(home), account,
                home.resolve("pg_ctl.log"));
        String password = password(home.resolve("password"));
        Path cluster = home.resolve("cluster");
        if (!Files.isDirectory(cluster)) {
            create(cluster, account, commands, password);
        }
        checkVersion(cluster);
        stopLeftOver(cluster, commands);
        int listening = startServer(cluster, commands, port);
        EmbeddedPostgres server = new EmbeddedPostgres(cluster, commands, lock, password, listening);
        Runtime.getRuntime().addShutdownHook(server.stopAtExit);
        try {
            server.ensureDatabase();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info(() -> "Embedded PostgreSQL " + PostgresBinaries.version() + " ready on 127.0.0.1:" + listening
                + ", cluster " + cluster);
        return server;
    }

    /** Connection settings for the LRS's database in this server, through a pool of {@code maxConnections}. */
    public DatabaseSettings settings(int maxConnections) {
        return new DatabaseSettings(url(DATABASE), USER, password, maxConnections);
    }

    /** The JDBC URL of {@code database} in this server (tests create databases of their own beside the LRS's). */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server (fast shutdown: open sessions end, committed work is kept) and frees the directory. */
    @Override
    public synchronized void close() {
        try {
            stopQuietly();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException exiting) {
                // the hook is running or has run
            }
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            commands.run(STOP, "pg_ctl", "stop", "-D", cluster.toString(), "-m", "fast", "-w", "-t", "120", "-s");
        } catch (IOException | RuntimeException e) {
            LOG.warning("the embedded PostgreSQL did not stop cleanly (it will recover on the next start): " + e);
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warning("lock of " + cluster.getParent() + " not released: " + e);
            }
        }
    }

    /** Creates the cluster beside its place and renames it into place, so a cluster under its name is whole. */
    private static void create(Path cluster, ServerAccount account, ServerCommands commands, String password)
            throws IOException {
        Path partial = cluster.resolveSibling("cluster.partial");
        PostgresBinaries.deleteTree(partial);
        Files.createDirectory(partial);
        account.own(partial);
        Path passwordFile = cluster.resolveSibling("initdb-password");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        account.own(passwordFile);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        LOG.info(() -> "Creating the embedded PostgreSQL cluster in " + cluster);
        try {
            commands.run(START, "initdb", "-D", partial.toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "-E", "UTF8", "--locale=C", "--auth-host=scram-sha-256", "--auth-local=scram-sha-256");
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Files.writeString(partial.resolve("postgresql.conf"), "\ninclude 'flourish.conf'\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.move(partial, cluster, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void checkVersion(Path cluster) throws IOException {
        String clusterVersion = Files.readString(cluster.resolve("PG_VERSION")).strip();
        if (!clusterVersion.equals(PostgresBinaries.majorVersion())) {
            throw new IllegalStateException("the embedded cluster " + cluster + " was made by PostgreSQL "
                    + clusterVersion + ", and this Flourish runs PostgreSQL " + PostgresBinaries.version()
                    + ": upgrade it with pg_upgrade, or dump it with the older version and restore it");
        }
    }

    /** A server still running on the cluster while its lock was free: its process was killed. Stop it. */
    private static void stopLeftOver(Path cluster, ServerCommands commands) throws IOException {
        Optional<Long> pid = runningPostmaster(cluster);
        if (pid.isEmpty()) {
            return;
        }
        LOG.warning(() -> "The embedded PostgreSQL (pid " + pid.get() + ") was left running by a process that"
                + " ended without stopping it: stopping it before starting again");
        try {
            commands.run(STOP, "pg_ctl", "stop", "-D", cluster.toString(), "-m", "fast", "-w", "-t", "120", "-s");
        } catch (IllegalStateException slow) {
            commands.run(STOP, "pg_ctl", "stop", "-D", cluster.toString(), "-m", "immediate", "-w", "-s");
        }
    }

    /** The pid in {@code postmaster.pid}, if it is a live server of this very cluster (not a reused pid). */
    static Optional<Long> runningPostmaster(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Path commandLine = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            String command = Files.readString(commandLine, StandardCharsets.UTF_8).replace('\0', ' ');
            return command.contains("postgres") && command.contains(cluster.toString())
                    ? Optional.of(pid) : Optional.empty();
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    private static int startServer(Path cluster, ServerCommands commands, OptionalInt configured)
            throws IOException {
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            int port = configured.isPresent() ? configured.getAsInt() : freePort();
            writeSettings(cluster, port);
            try {
                commands.run(START, "pg_ctl", "start", "-D", cluster.toString(), "-w", "-t", "300", "-s",
                        "-l", cluster.resolve("startup.log").toString());
                return port;
            } catch (IllegalStateException e) {
                // A port taken since it was found free, or the shared memory of a killed server not yet released.
                failure = e;
                pause();
            }
        }
        String log = Files.exists(cluster.resolve("startup.log"))
                ? tail(Files.readString(cluster.resolve("startup.log"), StandardCharsets.UTF_8)) : "";
        throw new IllegalStateException(failure.getMessage() + "\nserver log: " + log, failure);
    }

    /** The server's settings, rewritten on every start so that they are always this code's. */
    private static void writeSettings(Path cluster, int port) throws IOException {
        String settings = """
                # Written by Flourish on every start (edits are lost); included by postgresql.conf.
                listen_addresses = '127.0.0.1'
                port = %d
                unix_socket_directories = ''
                # A commit is on disk before the LRS acknowledges it.
                fsync = on
                synchronous_commit = on
                full_page_writes = on
                # Modest memory: the LRS's pool is small and its working set mostly indexes.
                shared_buffers = '64MB'
                max_connections = 60
                logging_collector = on
                log_directory = 'log'
                log_filename = 'postgresql-%%a.log'
                log_truncate_on_rotation = on
                log_rotation_age = '1d'
                log_rotation_size = 0
                """.formatted(port);
        Path temporary = cluster.resolve("flourish.conf.new");
        Files.writeString(temporary, settings, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(temporary, cluster.resolve("flourish.conf"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void ensureDatabase() {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", password);
        try (Connection connection = new org.postgresql.Driver().connect(url("postgres"), credentials);
                Statement sql = connection.createStatement()) {
            try (ResultSet existing = sql.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            sql.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL started but its database cannot be made", e);
        }
    }

    /** The generated password of the server's superuser, made once and kept readable by this account only. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = file.resolveSibling("password.new");
        Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return password;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() > 2000 ? "…" + stripped.substring(stripped.length() - 2000) : stripped;
    }
}
