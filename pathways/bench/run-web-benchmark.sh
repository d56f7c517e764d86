#!/usr/bin/env bash
# Web app benchmark: the learner page for a child with 500 statements, against the LRS and the engine in one Payara
# Micro (the LRS on PostgreSQL): server time to answer (p50/p95/p99) and the page's weight compressed with all it
# loads. Rewrites the "## Web app" section of BENCHMARKS.md (from that heading to the next "## " heading or the end
# of the file). Run from the repository root:
#
#   pathways/bench/run-web-benchmark.sh
#
# Settings (environment): BENCH_DB, the PostgreSQL database the LRS gets (dropped and created again; default
# flourish_web_bench); BENCH_STATEMENTS (500); BENCH_REQUESTS (300), measured requests after a warm-up of a third as
# many; BENCH_OUT (BENCHMARKS.md).
set -euo pipefail

if [[ ! -f pathways/bench/run-web-benchmark.sh ]]; then
    echo "run this from the repository root: pathways/bench/run-web-benchmark.sh" >&2
    exit 2
fi
DB=${BENCH_DB:-flourish_web_bench}
STATEMENTS=${BENCH_STATEMENTS:-500}
REQUESTS=${BENCH_REQUESTS:-300}
OUT=${BENCH_OUT:-BENCHMARKS.md}
ROOT=$(pwd)
WORK=$ROOT/pathways/target/bench-web
mkdir -p "$WORK"
load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE=$(load)

echo "== building (offline)"
if [[ ! -f lrs/target/flourish-lrs.war || ! -f lrs/target/payara-micro.jar ]]; then
    mvn -q -o -pl lrs -DskipTests package
fi
# One reactor run, so that the ontology jar resolves from it; the file keeps the last module's list, pathways's.
mvn -q -o -pl ontology,pathways -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="$ROOT/pathways/target/test-classes:$ROOT/pathways/target/classes:$ROOT/ontology/target/classes:$(cat "$WORK/classpath.txt")"

echo "== learner page, $STATEMENTS statements"
java -cp "$CP" -Dflourish.lrs.war="$ROOT/lrs/target/flourish-lrs.war" \
    -Dpayara.microJar="$ROOT/lrs/target/payara-micro.jar" \
    -Dflourish.pathways.war="$ROOT/pathways/target/flourish-pathways.war" \
    -Dflourish.it.dir="$WORK/server" -Dflourish.it.db="$DB" -Dflourish.it.port="${BENCH_PORT:-0}" \
    org.flourish.pathways.bench.LearnerPageBenchmark "$STATEMENTS" "$REQUESTS" | tee "$WORK/web.log"

LOAD_AFTER=$(load)
ROWS=$(sed -n 's/^ROW //p' "$WORK/web.log")
NOTES=$(sed -n 's/^NOTE /- /p' "$WORK/web.log")
SECTION=$(cat <<MD
## Web app

Measured by \`pathways/bench/run-web-benchmark.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average
$LOAD_BEFORE before and $LOAD_AFTER after; other work shared the machine). One Payara Micro with the LRS (PostgreSQL)
and the engine (TDB2), a learner with $STATEMENTS statements read by the engine from the LRS, a context stated, a
signed-in mentor's session. Times are whole HTTP requests on loopback (the server's time to answer, including the
audit log's write of each view); weight is bytes on the wire with gzip accepted, as a browser fetches them.

| What | Measured | Target | |
|---|---|---|---|
$ROWS

$NOTES
- The page shows the newest 30 experiences of the timeline; the rest are one link away (\`?timeline=all\`).
MD
)
printf '%s\n' "$SECTION" | python3 lrs/bench/replace-section.py "$OUT" "Web app"
echo "== wrote the Web app section of $OUT"
