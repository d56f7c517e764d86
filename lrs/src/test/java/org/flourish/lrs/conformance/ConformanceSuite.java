package org.flourish.lrs.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flourish.lrs.testing.Directories;

/**
 * The ADL LRS conformance suite beside the project ({@code ../shared/conformance}, with its {@code run.sh} and
 * {@code suite/}), made ready to run on this machine once: copied into a cache folder with the lock file of its npm
 * dependencies, which are installed there from the npm registry. {@code run.sh} then finds them in place and runs
 * without installing; several builds on one machine share the installation (a file lock guards its making).
 */
final class ConformanceSuite {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed.*");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);

    private final Path kit;
    private final Path work;

    private ConformanceSuite(Path kit, Path work) {
        this.kit = kit;
        this.work = work;
    }

    /** What one run of one version found. */
    record Score(String version, int passed, int failed, List<String> failing, Path output) {
        int total() {
            return passed + failed;
        }

        @Override
        public String toString() {
            return "xAPI " + version + ": " + passed + "/" + total() + " passed";
        }
    }

    /**
     * The suite at {@code source}, ready to run, its npm dependencies installed under {@code cache}.
     *
     * @throws IllegalStateException with what to do when the suite or Node.js is missing or npm cannot install
     */
    static ConformanceSuite prepare(Path source, Path cache) throws IOException, InterruptedException {
        if (!Files.isRegularFile(source.resolve("run.sh")) || !Files.isRegularFile(source.resolve(
                "suite/package.json"))) {
            throw new IllegalStateException("the xAPI conformance suite is not at " + source.toAbsolutePath()
                    + " (expected run.sh and suite/ there); check out the shared folder beside the project or set "
                    + "-Dflourish.conformance.dir=DIR");
        }
        requireCommand("node", "Node.js 18 or later (Debian: apt-get install nodejs npm)");
        requireCommand("npm", "npm (Debian: apt-get install npm)");
        Path home = cache.resolve(fingerprint(source));
        Files.createDirectories(home);
        try (FileChannel channel = FileChannel.open(home.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Path kit = home.resolve("kit");
            Path work = home.resolve("work");
            if (!Files.exists(home.resolve(".ready"))) {
                install(source, home, kit, work);
                Files.writeString(home.resolve(".ready"), "installed\n");
            }
            return new ConformanceSuite(kit, work);
        }
    }

    /**
     * Runs {@code version} (1.0.3 or 2.0.0) against the xAPI endpoint {@code endpoint} with a credential of scope
     * {@code all}; the suite's files go to {@code output}.
     */
    Score run(URI endpoint, String key, String secret, String version, Path output)
            throws IOException, InterruptedException {
        Files.createDirectories(output);
        ProcessBuilder builder = new ProcessBuilder("bash", kit.resolve("run.sh").toString(), endpoint.toString(),
                key, secret, version, output.toString())
                .redirectErrorStream(true).redirectOutput(output.resolve("run.sh.log").toFile())
                .directory(kit.toFile());
        builder.environment().put("CONFORMANCE_WORK", work.toString());
        Process process = builder.start();
        if (!process.waitFor(RUN_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the conformance suite ran longer than " + RUN_TIMEOUT + "; see "
                    + output);
        }
        Path summary = output.resolve("summary.txt");
        if (!Files.exists(summary)) {
            throw new IllegalStateException("the conformance suite ended (exit " + process.exitValue()
                    + ") without a summary; see " + output.resolve("run.sh.log"));
        }
        Matcher counts = SUMMARY.matcher(Files.readString(summary).trim());
        if (!counts.matches()) {
            throw new IllegalStateException("unexpected summary in " + summary);
        }
        Path failing = output.resolve("failing.txt");
        List<String> failures = Files.exists(failing) ? Files.readAllLines(failing) : List.of();
        return new Score(version, Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)), failures,
                output);
    }

    /**
     * Copies the suite and installs its dependencies as {@code run.sh} would, then gives {@code run.sh} what it
     * checks to skip that step: the lock file in the kit's suite and, as installed, in the work folder.
     */
    private static void install(Path source, Path home, Path kit, Path work) throws IOException,
            InterruptedException {
        Directories.delete(kit);
        Directories.delete(work);
        copy(source, kit);
        copy(source.resolve("suite"), work);
        Path log = home.resolve("npm-install.log");
        String command = Files.exists(work.resolve("package-lock.json")) ? "ci" : "install";
        for (int attempt = 1; ; attempt++) {
            Process npm = new ProcessBuilder("npm", command, "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!npm.waitFor(INSTALL_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                npm.destroyForcibly();
            } else if (npm.exitValue() == 0 && Files.exists(work.resolve("node_modules/mocha/index.js"))) {
                break;
            }
            if (attempt == 2) {
                throw new IllegalStateException("npm could not install the conformance suite's dependencies from "
                        + "the npm registry (twice); see " + log);
            }
        }
        Path lock = work.resolve("package-lock.json");
        Files.copy(lock, kit.resolve("suite/package-lock.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, work.resolve(".installed-lock"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Names the installation after run.sh and the suite's package files: a new suite gets its own. */
    private static String fingerprint(Path source) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : List.of("run.sh", "suite/package.json", "suite/package-lock.json")) {
                Path path = source.resolve(file);
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                if (Files.exists(path)) {
                    sha.update(Files.readAllBytes(path));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private static void requireCommand(String command, String what) throws IOException, InterruptedException {
        Process which = new ProcessBuilder("bash", "-c", "command -v " + command).redirectErrorStream(true).start();
        if (which.waitFor() != 0) {
            throw new IllegalStateException("the xAPI conformance suite needs " + what + " on the PATH");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().setWritable(true, true);
                return FileVisitResult.CONTINUE;
            }
        });
        to.toFile().setWritable(true, true);
    }
}
