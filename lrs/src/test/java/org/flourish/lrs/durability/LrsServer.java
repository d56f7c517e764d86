package org.flourish.lrs.durability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The LRS WAR in a Payara Micro process of its own, on loopback, started as {@code docker/Dockerfile} and
 * {@code -Pstart} start it, so that it can be killed as a crash would kill it.
 */
public final class LrsServer implements AutoCloseable {

    // Long: a failed deploy or a dead process ends the wait at once; only a slow start on a busy machine waits.
    private static final Duration READY = Duration.ofMinutes(10);

    private final Process process;
    private final URI root;
    private final Duration startTime;

    private LrsServer(Process process, URI root, Duration startTime) {
        this.process = process;
        this.root = root;
        this.startTime = startTime;
    }

    /**
     * Starts Payara Micro ({@code payaraJar}) with {@code war} at {@code /}, heap {@code heap}, the environment
     * {@code settings} (FLOURISH_*), its files under {@code work}; returns once {@code /xapi/about} answers.
     */
    public static LrsServer start(Path payaraJar, Path war, Path work, Map<String, String> settings, String heap)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        int port = freePort();
        Path preboot = work.resolve("preboot.txt");
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        Path boot = Files.createTempDirectory(work, "boot-");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Djava.io.tmpdir=" + boot, "-jar", payaraJar.toString(), "--nohazelcast",
                "--port", Integer.toString(port), "--prebootcommandfile", preboot.toString(),
                "--deploy", war.toString(), "--contextroot", "/"));
        return started(new ProcessBuilder(command), port, work, settings);
    }

    /**
     * Starts the LRS through the start script ({@code lrs/src/start/run-payara.sh}, as docker and {@code -Pstart}
     * do) with Payara's runtime directory {@code runtime}; returns once {@code /xapi/about} answers.
     */
    public static LrsServer startThroughScript(Path script, Path payaraJar, Path war, Path runtime, Path work,
            Map<String, String> settings, String heap) throws IOException, InterruptedException {
        Files.createDirectories(work);
        int port = freePort();
        return started(scriptCommand(script, payaraJar, war, runtime, work, port, heap), port, work, settings);
    }

    /** Launches the start script without waiting for the LRS: for starts that must fail. */
    public static Process launchThroughScript(Path script, Path payaraJar, Path war, Path runtime, Path work,
            Map<String, String> settings, String heap) throws IOException {
        Files.createDirectories(work);
        ProcessBuilder builder = scriptCommand(script, payaraJar, war, runtime, work, freePort(), heap);
        return launch(builder, work.resolve("server.log"), settings);
    }

    private static ProcessBuilder scriptCommand(Path script, Path payaraJar, Path war, Path runtime, Path work,
            int port, String heap) throws IOException {
        Path boot = Files.createTempDirectory(work, "boot-");
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), runtime.toString(),
                "--port", Integer.toString(port), "--deploy", war + ":/");
        builder.environment().put("PAYARA_MICRO_JAR", payaraJar.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("JAVA_OPTS", "-Xmx" + heap + " -Djava.io.tmpdir=" + boot);
        builder.environment().put("FLOURISH_LISTEN_ADDRESS", "127.0.0.1");
        return builder;
    }

    private static LrsServer started(ProcessBuilder builder, int port, Path work, Map<String, String> settings)
            throws IOException, InterruptedException {
        Path log = work.resolve("server.log");
        long logFrom = Files.exists(log) ? Files.size(log) : 0;
        long started = System.nanoTime();
        Process process = launch(builder, log, settings);
        URI root = URI.create("http://127.0.0.1:" + port + "/");
        awaitReady(process, root, log, logFrom);
        return new LrsServer(process, root, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Process launch(ProcessBuilder builder, Path log, Map<String, String> settings)
            throws IOException {
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("FLOURISH_") && !name.equals(
                "FLOURISH_LISTEN_ADDRESS"));
        builder.environment().putAll(settings);
        return builder.start();
    }

    public URI root() {
        return root;
    }

    public Duration startTime() {
        return startTime;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, as the kernel's OOM killer or a power cut would end it: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a supervisor stops it: Payara shuts down, the LRS closes its database. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitReady(Process process, URI root, Path log, long logFrom)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive() || failedToDeploy(log, logFrom)) {
                process.destroyForcibly();
                throw new IllegalStateException("the LRS did not start; see " + log);
            }
            try {
                HttpResponse<Void> about = http.send(HttpRequest.newBuilder(root.resolve("xapi/about"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (about.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the LRS was not ready within " + READY + "; see " + log);
    }

    /** Payara Micro goes on running when the application fails to deploy: its log says so. */
    private static boolean failedToDeploy(Path log, long from) throws IOException {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            byte[] written = new byte[(int) Math.min(file.length() - from, 16 << 20)];
            file.readFully(written);
            return new String(written, java.nio.charset.StandardCharsets.UTF_8)
                    .contains("Exception while loading the app");
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768 on): polling a port of that range before the server listens
     * can connect the client to itself (TCP simultaneous open) and keep the port from the server.
     */
    private static int freePort() throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port found between 20000 and 32000");
    }
}
