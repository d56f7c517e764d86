#!/usr/bin/env bash
# Runs the simulated evaluation of the recommendation policies (issue 14) and writes EVALUATION.md at the repository
# root, with its SVG plots in pathways/docs/evaluation. Run from the repository root:
#
#   pathways/simulate/run-evaluation.sh                      # the full grid: 10 seeds x 2,000 children x 30 weeks
#   pathways/simulate/run-evaluation.sh --learners 500       # a smaller main grid
#
# Options are passed to org.flourish.pathways.simulate.Evaluation: --seeds (10), --learners (2000), --weeks (30),
# --other-seeds (3) and --other-learners (500) for the sample curriculum and the robustness conditions, --threads (2),
# --out (EVALUATION.md), --plots (pathways/docs/evaluation). Builds offline (mvn -o) without installing anything;
# the engine before this evaluation's changes is built from git history in a temporary worktree under
# pathways/target/simulate and run first, for the report's before and after.
set -euo pipefail

if [[ ! -f pathways/simulate/run-evaluation.sh ]]; then
    echo "run this from the repository root: pathways/simulate/run-evaluation.sh" >&2
    exit 2
fi
# The report gives the whole command's time: build, the engine before and the grid.
export EVALUATION_STARTED_MS=$(($(date +%s%N) / 1000000))
WORK=pathways/target/simulate
mkdir -p "$WORK"
echo "== building (offline)"
mvn -B -q -o -pl ontology,pathways test-compile dependency:build-classpath -Dmdep.outputFile="$(pwd)/$WORK/classpath.txt"
# The modules' own classes first; the ontology module's classes from its build directory.
CP="pathways/target/test-classes:pathways/target/classes:ontology/target/classes:$(cat "$WORK/classpath.txt")"
DEPS="ontology/target/classes:$(cat "$WORK/classpath.txt")"

# The engine before this evaluation's changes, built from git history, runs the same worlds and seeds first, so that
# the report can show before and after (EngineBefore.COMMIT names it).
BEFORE_COMMIT=$(sed -n 's/.*String COMMIT = "\(.*\)";.*/\1/p' \
    pathways/src/test/java/org/flourish/pathways/simulate/EngineBefore.java)
BEFORE_TREE="$WORK/engine-before"
rm -f "$WORK/engine-before.tsv"
if git rev-parse -q --verify "$BEFORE_COMMIT^{commit}" > /dev/null 2>&1; then
    echo "== the engine before: building $BEFORE_COMMIT"
    git worktree remove --force "$BEFORE_TREE" 2> /dev/null || rm -rf "$BEFORE_TREE"
    git worktree prune
    git worktree add -q --detach "$BEFORE_TREE" "$BEFORE_COMMIT"
    if mvn -B -q -o -f "$BEFORE_TREE/pom.xml" -pl ontology,pathways compile; then
        echo "== the engine before: simulating"
        # Its classes ahead of this build's: the simulator is this build's, the engine the earlier one.
        java -Xmx${SIM_HEAP:-1500m} -cp "$BEFORE_TREE/pathways/target/classes:pathways/target/test-classes:$DEPS" \
            org.flourish.pathways.simulate.EngineBefore "$@" \
            || echo "the engine before did not run: the report shows the engine after only"
    fi
    git worktree remove --force "$BEFORE_TREE"
else
    echo "no git history with $BEFORE_COMMIT here: the report shows the engine after only"
fi

echo "== simulating"
java -Xmx${SIM_HEAP:-1500m} -cp "$CP" org.flourish.pathways.simulate.Evaluation "$@"
