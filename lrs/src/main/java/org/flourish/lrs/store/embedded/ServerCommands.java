package org.flourish.lrs.store.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL programs ({@code initdb}, {@code pg_ctl}) as the server's account, each to completion. Their
 * output goes to a file, never to a pipe: the server that {@code pg_ctl start} leaves running would hold a pipe open.
 */
final class ServerCommands {

    private final Path bin;
    private final ServerAccount account;
    private final Path output;

    ServerCommands(Path home, ServerAccount account, Path output) {
        this.bin = home.resolve("bin");
        this.account = account;
        this.output = output;
    }

    /** Runs {@code program} (a name in {@code bin/}) with {@code arguments}; fails with its output if it fails. */
    void run(Duration timeout, String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(account.command(command)).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null")
                        .toFile()));
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("LC_ALL", "C");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + timeout + ": " + output());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): " + output());
        }
    }

    private String output() throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8).strip();
        return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
    }
}
