package org.flourish.lrs.durability;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the LRS under test keeps its statements: the environment that selects it, and, for the embedded default, the
 * cluster directory (whose server a crash of the whole machine or container kills too).
 */
public record Backend(String name, Map<String, String> settings, Optional<Path> embeddedCluster) {

    /** The PostgreSQL service at {@code url} (a database of the test's own). */
    public static Backend service(String url, String user, String password, Path data) {
        return new Backend("PostgreSQL service", Map.of("FLOURISH_DB_URL", url, "FLOURISH_DB_USER", user,
                "FLOURISH_DB_PASSWORD", password, "FLOURISH_DATA_DIR", data.toString()), Optional.empty());
    }

    /** The embedded default: no FLOURISH_DB_URL, the data directory {@code data}. */
    public static Backend embedded(Path data) {
        return new Backend("embedded PostgreSQL (default)", Map.of("FLOURISH_DATA_DIR", data.toString()),
                Optional.of(data.resolve("postgres").resolve("cluster").toAbsolutePath()));
    }
}
