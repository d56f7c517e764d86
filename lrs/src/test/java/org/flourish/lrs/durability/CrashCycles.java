package org.flourish.lrs.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Kill cycles under load: clients post (batches and single PUTs) while the LRS runs; at a random moment one more PUT
 * is acknowledged and the LRS is killed with SIGKILL at once (on the embedded default every other cycle also kills
 * its PostgreSQL, as a container's or machine's crash would); the LRS is started again and every statement ever
 * acknowledged must be there, and each request stored whole or not at all.
 */
final class CrashCycles {

    static final String KEY = "crash-key";
    static final String SECRET = "crash-secret";

    /** How to run: the Payara Micro jar and WAR, a work directory, and the load. */
    record Settings(Path payaraJar, Path war, Path work, int cycles, Duration load, int batchClients, int batchSize,
            String heap) {
    }

    /** One kill and restart. */
    record Cycle(int number, boolean databaseKilled, double putToKillMillis, long acknowledgedInLastSecond,
            Duration restart, Ledger.Check check) {
    }

    /** All cycles on one backend; the last check covers every request of every cycle. */
    record Result(Backend backend, List<Cycle> cycles) {

        Ledger.Check last() {
            return cycles.get(cycles.size() - 1).check();
        }

        boolean holds() {
            return cycles.stream().allMatch(cycle -> cycle.check().holds());
        }
    }

    private CrashCycles() {
    }

    static Result run(Backend backend, Settings settings) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(backend.settings());
        environment.put("FLOURISH_SEED_KEY", KEY);
        environment.put("FLOURISH_SEED_SECRET", SECRET);
        environment.put("FLOURISH_ADMIN_PASSWORD", "crash-admin-secret");
        Path work = settings.work();
        Ledger ledger = new Ledger();
        Random random = new Random();
        List<Cycle> cycles = new ArrayList<>();
        LrsServer server = LrsServer.start(settings.payaraJar(), settings.war(), work, environment, settings.heap());
        try {
            for (int number = 1; number <= settings.cycles(); number++) {
                LoadClients clients = new LoadClients(server.root(), KEY, SECRET, ledger);
                clients.start(settings.batchClients(), settings.batchSize());
                long loadMillis = settings.load().toMillis();
                Thread.sleep(loadMillis / 2 + random.nextInt((int) Math.max(1, loadMillis / 2)));
                clients.put();
                long acknowledged = System.nanoTime();
                long killed = System.nanoTime();
                server.kill();
                boolean databaseKilled = backend.embeddedCluster().filter(Files::isDirectory).isPresent()
                        && number % 2 == 0;
                if (databaseKilled) {
                    killDatabase(backend.embeddedCluster().get());
                }
                clients.stop();
                server = LrsServer.start(settings.payaraJar(), settings.war(), work, environment, settings.heap());
                backend.embeddedCluster().filter(Files::isDirectory).ifPresent(CrashCycles::checkOneServer);
                Ledger.Check check = ledger.check(StoredIds.read(server.root(), KEY, SECRET));
                cycles.add(new Cycle(number, databaseKilled, (killed - acknowledged) / 1e6,
                        ledger.acknowledgedWithin(1_000_000_000L, killed), server.startTime(), check));
            }
        } finally {
            server.close();
        }
        return new Result(backend, cycles);
    }

    /** SIGKILL to the embedded server and every process it started, all at once. */
    private static void killDatabase(Path cluster) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle.of(postmaster).ifPresent(server -> {
            List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
            all.add(server);
            all.forEach(ProcessHandle::destroyForcibly);
        });
    }

    /** After a restart exactly one server runs on the cluster: the one left by a killed LRS was not kept beside it. */
    private static void checkOneServer(Path cluster) {
        long servers;
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            servers = processes.filter(process -> commandLine(process.pid()).matches(
                    ".*/bin/postgres -D " + java.util.regex.Pattern.quote(cluster.toString()) + " ?")).count();
        }
        if (servers != 1) {
            throw new IllegalStateException(servers + " PostgreSQL servers run on " + cluster);
        }
    }

    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
