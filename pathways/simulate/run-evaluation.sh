#!/usr/bin/env bash
# Runs the simulated evaluation of the recommendation policies (issue 14) and writes EVALUATION.md at the repository
# root, with its SVG plots in pathways/docs/evaluation. Run from the repository root:
#
#   pathways/simulate/run-evaluation.sh                      # the full grid: 10 seeds x 2,000 children x 30 weeks
#   pathways/simulate/run-evaluation.sh --learners 500       # a smaller main grid
#
# Options are passed to org.flourish.pathways.simulate.Evaluation: --seeds (10), --learners (2000), --weeks (30),
# --other-seeds (3) and --other-learners (500) for the sample curriculum and the robustness conditions, --threads (2),
# --out (EVALUATION.md), --plots (pathways/docs/evaluation). Builds offline (mvn -o) without installing anything.
set -euo pipefail

if [[ ! -f pathways/simulate/run-evaluation.sh ]]; then
    echo "run this from the repository root: pathways/simulate/run-evaluation.sh" >&2
    exit 2
fi
WORK=pathways/target/simulate
mkdir -p "$WORK"
echo "== building (offline)"
mvn -B -q -o -pl ontology,pathways test-compile dependency:build-classpath -Dmdep.outputFile="$(pwd)/$WORK/classpath.txt"
# The modules' own classes first; the ontology module's classes from its build directory.
CP="pathways/target/test-classes:pathways/target/classes:ontology/target/classes:$(cat "$WORK/classpath.txt")"
echo "== simulating"
java -Xmx${SIM_HEAP:-1500m} -cp "$CP" org.flourish.pathways.simulate.Evaluation "$@"
