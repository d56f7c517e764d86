package org.flourish.pathways.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResultsTsvTest {

    @Test
    void runsReadBackExactlyUnderTheLabelAskedFor(@TempDir Path dir) throws Exception {
        RunResult run = new RunResult(PolicyKind.FLOURISH, 7, "synthetic curriculum", 0.1 + 0.2, 31, 1.0 / 3,
                Map.of("cost", 2, "language", 1), 1500, 0.875, -0.0125, Double.NaN, 0.3, 90, 91, 40, 44, 0.9, 0.04,
                new double[] {0, 0.05, 1.0 / 7}, -42L);
        Path file = dir.resolve("runs.tsv");
        RunResultsTsv.write(file, List.of(run));
        RunResult back = RunResultsTsv.read(file, PolicyKind.FLOURISH_BEFORE).get(0);
        assertEquals(PolicyKind.FLOURISH_BEFORE, back.policy());
        assertEquals(run.seed(), back.seed());
        assertEquals(run.condition(), back.condition());
        assertEquals(run.goalGain(), back.goalGain());
        assertEquals(run.unmetShare(), back.unmetShare());
        assertEquals(run.violations(), back.violations());
        assertEquals(run.languageGap(), back.languageGap());
        assertEquals(run.flipsTested(), back.flipsTested());
        assertArrayEquals(run.curve(), back.curve());
        assertEquals(run.digest(), back.digest());
    }
}
