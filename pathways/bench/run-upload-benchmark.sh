#!/usr/bin/env bash
# Shared-graph upload benchmark: uploads each sample shared graph (framework, catalogue, evidence rules) through the
# engine's upload service on a TDB2 store while another thread keeps statements as the LRS reader does, and rewrites
# the "## Shared-graph uploads" section of BENCHMARKS.md (from that heading to the next "## " heading or the end of
# the file). Run from the repository root:
#
#   pathways/bench/run-upload-benchmark.sh
#
# Settings (environment): BENCH_ROUNDS (3), uploads of each graph; BENCH_OUT (BENCHMARKS.md).
set -euo pipefail

if [[ ! -f pathways/bench/run-upload-benchmark.sh ]]; then
    echo "run this from the repository root: pathways/bench/run-upload-benchmark.sh" >&2
    exit 2
fi
ROUNDS=${BENCH_ROUNDS:-3}
OUT=${BENCH_OUT:-BENCHMARKS.md}
ROOT=$(pwd)
WORK=$ROOT/pathways/target/bench-upload
rm -rf "$WORK/tdb2"
mkdir -p "$WORK"
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== building (offline)"
mvn -q -o -pl ontology,pathways -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="$ROOT/pathways/target/test-classes:$ROOT/pathways/target/classes:$ROOT/ontology/target/classes:$(cat "$WORK/classpath.txt")"

LOAD_BEFORE=$(load)
echo "== uploads of the sample shared graphs, $ROUNDS each, with statement intake running"
java -Xmx768m -cp "$CP" org.flourish.pathways.bench.SharedGraphUpload "$WORK/tdb2" "$ROUNDS" | tee "$WORK/upload.log"
LOAD_AFTER=$(load)
ROWS=$(sed -n 's/^ROW //p' "$WORK/upload.log")
NOTES=$(sed -n 's/^NOTE /- /p' "$WORK/upload.log")
SECTION=$WORK/section.md
cat > "$SECTION" <<MD
## Shared-graph uploads

Measured by \`pathways/bench/run-upload-benchmark.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC, commit
$(git rev-parse --short HEAD), $(nproc) cores, load average $LOAD_BEFORE before and $LOAD_AFTER after (other builds and
tests shared the machine: with a load far above the number of cores every figure stretches). What \`PUT shared/...\`
runs, in process on a TDB2 store (\`-Xmx768m\`): the shapes' check, the new shared knowledge built in memory, the
graph written to a new named graph in write steps of about 50 ms, the pointer swapped, the old graph dropped in
steps; parsing the request body is not included. Meanwhile a thread keeps one statement after another in a learner's
graph (a read and a write transaction each, as the LRS reader's intake does); "longest wait" is the longest time
between two statements kept during the uploads of that graph.

| What | Measured | Target | |
|---|---|---|---|
$ROWS

$NOTES
- Reading: compare the longest wait with the note's (intake alone on the same machine): what an upload adds to it is
  the length of one write step and its commit. Before this change the graph was replaced in one write transaction
  that cleared it triple by triple: intake waited for the whole of it (the evidence rules did not finish in
  5 minutes, see issue 13). The upload's own time is mostly TDB2 writing (a commit per step) and building the new
  shared knowledge from every shared graph; on a machine whose load is ten times its cores both stretch tenfold, so
  the 5 s target is to be read on a quiet machine.
MD

python3 lrs/bench/replace-section.py "$OUT" "Shared-graph uploads" < "$SECTION"
echo "== wrote the Shared-graph uploads section of $OUT"
