package org.flourish.pathways.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Run results as tab-separated lines, one per run, so that runs made by another build of the engine (the engine as it
 * was before, see {@link EngineBefore}) can join this build's report. Doubles are written exactly (hexadecimal).
 */
final class RunResultsTsv {

    private RunResultsTsv() {
    }

    static void write(Path file, List<RunResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        for (RunResult r : results) {
            lines.add(String.join("\t", r.policy().name(), Long.toString(r.seed()), r.condition(), hex(r.goalGain()),
                    hex(r.medianWeeksTo80()), hex(r.unmetShare()), violations(r.violations()),
                    Long.toString(r.shown()), hex(r.breadth()), hex(r.offlineGap()), hex(r.languageGap()),
                    hex(r.providerGini()), Long.toString(r.reasonsTrue()), Long.toString(r.reasonsChecked()),
                    Long.toString(r.flipsChanged()), Long.toString(r.flipsTested()), hex(r.auc()), hex(r.ece()),
                    Arrays.stream(r.curve()).mapToObj(RunResultsTsv::hex).collect(Collectors.joining(",")),
                    Long.toString(r.digest())));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    /** The runs in the file, each labelled {@code as}: who ran them is the file's business, not the line's. */
    static List<RunResult> read(Path file, PolicyKind as) throws IOException {
        List<RunResult> results = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t", -1);
            results.add(new RunResult(as, Long.parseLong(f[1]), f[2], num(f[3]), num(f[4]), num(f[5]),
                    violations(f[6]), Long.parseLong(f[7]), num(f[8]), num(f[9]), num(f[10]), num(f[11]),
                    Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]), Long.parseLong(f[15]),
                    num(f[16]), num(f[17]), Arrays.stream(f[18].split(",")).mapToDouble(RunResultsTsv::num).toArray(),
                    Long.parseLong(f[19])));
        }
        return results;
    }

    private static String hex(double value) {
        return Double.toHexString(value);
    }

    private static double num(String text) {
        return Double.parseDouble(text);
    }

    private static String violations(Map<String, Integer> byRule) {
        return byRule.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static Map<String, Integer> violations(String text) {
        Map<String, Integer> byRule = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                String[] kv = pair.split("=", 2);
                byRule.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return byRule;
    }
}
