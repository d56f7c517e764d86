#!/usr/bin/env bash
# Runs the LRS benchmarks against a local PostgreSQL and a Payara Micro started here, then writes BENCHMARKS.md.
# Run from the repository root:  lrs/bench/run-benchmarks.sh
# Needs: JDK 17, Maven (repository warm, or network to Maven Central), psql, PostgreSQL on 127.0.0.1:5432 (user
# postgres, trust auth). Everything listens on loopback only. Databases flourish_bench and flourish_bench_raw are
# dropped and recreated. Knobs (environment): BENCH_SECONDS (15), BENCH_WARMUP (5), BENCH_TARGET (1000000),
# BENCH_LOAD_MINUTES (12: the HTTP load's time box; top-up.sql adds what it did not reach), BENCH_REQUESTS (300),
# BENCH_OUT (BENCHMARKS.md). Its sections from "## Documents (" on belong to other scripts and are kept.
set -euo pipefail

ROOT=$(pwd)
[[ -f "$ROOT/lrs/pom.xml" ]] || { echo "run from the repository root" >&2; exit 2; }
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
WARMUP=${BENCH_WARMUP:-5}
TARGET=${BENCH_TARGET:-1000000}
LOAD_MINUTES=${BENCH_LOAD_MINUTES:-12}
REQUESTS=${BENCH_REQUESTS:-300}
OUT=${BENCH_OUT:-$ROOT/BENCHMARKS.md}
DB=flourish_bench
RAW_DB=flourish_bench_raw
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
KEY=bench-key
SECRET=bench-secret
WORK=$(mktemp -d /tmp/flourish-bench.XXXXXX)
RESULTS=$WORK/results
mkdir -p "$RESULTS"
SERVER_PID=""
SAMPLER_PID=""

log() { printf '%s %s\n' "$(date +%T)" "$*"; }

stop_all() {
  [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_all EXIT

mvn_build() {  # offline first; one online retry when something is not in the local repository yet
  mvn -q -o "$@" || mvn -q "$@"
}

log "building the WAR and the benchmark programs"
if [[ ! -f lrs/target/flourish-lrs.war || ! -f lrs/target/payara-micro.jar ]]; then
  mvn_build -pl lrs -DskipTests package
fi
mvn_build -pl lrs test-compile
mvn_build -pl lrs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
CLASSPATH_BENCH="$ROOT/lrs/target/test-classes:$ROOT/lrs/target/classes:$(cat "$WORK/classpath.txt")"

log "recreating database $DB"
"${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

PORT=18080
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
printf '%s\n' \
  'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' \
  > "$WORK/preboot.txt"

# Heap 400 MB: the live set after a full GC is about 150 MB, and metaspace, code cache, GC structures and threads
# add 250-280 MB, so the process stays under the 768 MB RSS target even when the heap has grown to its limit.
log "starting Payara Micro on 127.0.0.1:$PORT"
START_NS=$(date +%s%N)
FLOURISH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FLOURISH_DB_USER=postgres FLOURISH_DB_PASSWORD="" \
FLOURISH_ADMIN_PASSWORD=bench-admin-secret FLOURISH_SEED_KEY=$KEY FLOURISH_SEED_SECRET=$SECRET \
FLOURISH_DATA_DIR="$WORK/data" FLOURISH_PUBLIC_URL="http://127.0.0.1:$PORT" \
  java -Xmx400m -Xlog:gc:file="$WORK/gc.log" -jar lrs/target/payara-micro.jar --nohazelcast --port "$PORT" \
    --prebootcommandfile "$WORK/preboot.txt" --rootdir "$WORK/payara-root" \
    --deploy lrs/target/flourish-lrs.war --contextroot / > "$WORK/server.log" 2>&1 &
SERVER_PID=$!

# RSS of the server process, every second, until it ends.
( while kill -0 "$SERVER_PID" 2>/dev/null; do
    awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null >> "$WORK/rss-kb.txt" || true
    sleep 1
  done ) &
SAMPLER_PID=$!

READY_MS=""
for _ in $(seq 1 1200); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/xapi/about")" == 200 ]]; then
    READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$READY_MS" ]] || { echo "server not ready after 120 s, see $WORK/server.log" >&2; exit 1; }
log "first 200 from /xapi/about after $READY_MS ms"

bench() {  # bench <main class> <time limit>
  timeout "$2" java -Xmx1g -cp "$CLASSPATH_BENCH" \
    -Dbench.url="http://127.0.0.1:$PORT/" -Dbench.key=$KEY -Dbench.secret=$SECRET \
    -Dbench.lrsDb="jdbc:postgresql://127.0.0.1:5432/$DB" -Dbench.rawDb="jdbc:postgresql://127.0.0.1:5432/$RAW_DB" \
    -Dbench.dbUser=postgres -Dbench.seconds="$SECONDS_PER_RUN" -Dbench.warmUpSeconds="$WARMUP" \
    -Dbench.targetCount="$TARGET" -Dbench.loadMinutes="$LOAD_MINUTES" -Dbench.requests="$REQUESTS" -Dbench.results="$RESULTS" \
    "org.flourish.lrs.bench.$1"
}

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
log "ingest: HTTP beside raw JDBC"
bench IngestBenchmark 15m
log "load to $TARGET statements over HTTP, at most $LOAD_MINUTES minutes"
bench LoadBenchmark "$((LOAD_MINUTES + 3))m"
MISSING=$(( TARGET - $("${PG[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM statement") ))
if (( MISSING > 0 )); then
  log "topping up $MISSING statements with lrs/bench/top-up.sql"
  TOP_UP_START=$(date +%s)
  CREDENTIAL=$("${PG[@]}" -d "$DB" -Atc "SELECT id FROM credential WHERE api_key = '$KEY'")
  "${PG[@]}" -d "$DB" -o /dev/null -v missing="$MISSING" -v credential="$CREDENTIAL" -v key="$KEY" \
    -f lrs/bench/top-up.sql
  printf '\nThe HTTP load reached its %s-minute time box first: the remaining %s statements were added by
`lrs/bench/top-up.sql` (same population and row layout, generated inside PostgreSQL, not through the LRS) in %s s.\n' \
    "$LOAD_MINUTES" "$(printf "%'d" "$MISSING")" "$(( $(date +%s) - TOP_UP_START ))" >> "$RESULTS/load.md"
fi
log "ANALYZE (as autovacuum would, made deterministic)"
"${PG[@]}" -d "$DB" -c "ANALYZE"
log "query latency"
bench QueryBenchmark 20m
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

stop_all
SERVER_PID=""
MAX_RSS_MB=$(( $(sort -n "$WORK/rss-kb.txt" | tail -1) / 1024 ))
DB_SIZE=$("${PG[@]}" -d "$DB" -Atc "SELECT pg_size_pretty(pg_database_size('$DB'))")
TERMS=$("${PG[@]}" -d "$DB" -Atc "SELECT to_char(COUNT(*), 'FM999,999,999') FROM statement_term")
verdict() { if [[ "$1" == true ]]; then echo PASS; else echo FAIL; fi; }

log "writing $OUT"
# Other scripts own the sections from "## Documents (" on (documents and forwarding, pathway engine): kept as they are.
KEPT=""
if [[ -f "$OUT" ]]; then
  KEPT=$(python3 -c 'import sys; t = open(sys.argv[1]).read(); i = t.find("\n## Documents ("); print(t[i:] if i >= 0 else "")' "$OUT")
fi
{
  cat <<HEADER
# Flourish LRS benchmarks

Generated by \`lrs/bench/run-benchmarks.sh\` on $(date -u +"%Y-%m-%d %H:%M UTC"), commit $(git rev-parse --short HEAD).

## Machine

- $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM, no swap limit set by the benchmark
- $(java -version 2>&1 | head -1); $(psql --version); PostgreSQL default settings (shared_buffers $("${PG[@]}" -d postgres -Atc 'SHOW shared_buffers'), synchronous_commit $("${PG[@]}" -d postgres -Atc 'SHOW synchronous_commit'))
- Shared machine: load average $LOAD_BEFORE before the runs, $LOAD_AFTER after; the benchmark clients, Payara Micro
  and PostgreSQL all run on these cores, so every rate below includes the client's own CPU use.
- Payara Micro 6 with \`-Xmx400m --nohazelcast\`, bound to 127.0.0.1, LRS database pool 16 (default)

## How to rerun

From the repository root: \`lrs/bench/run-benchmarks.sh\` (builds what is missing; 10 to 30 minutes, as busy as
the machine is; drops and recreates the databases \`$DB\` and \`$RAW_DB\`; rewrites this file).
Shorter runs: \`BENCH_SECONDS=5 BENCH_TARGET=100000 BENCH_REQUESTS=100 BENCH_OUT=target/bench-short.md lrs/bench/run-benchmarks.sh\`.

## Process

| Measure | Value | Target | Result |
|---|---:|---:|---|
| Launch to first 200 of \`/xapi/about\` | $(awk -v ms="$READY_MS" 'BEGIN {printf "%.1f s", ms/1000}') | < 20 s | $(verdict "$([[ $READY_MS -lt 20000 ]] && echo true)") |
| Server RSS, maximum of 1 s samples over the whole run | $MAX_RSS_MB MB | < 768 MB | $(verdict "$([[ $MAX_RSS_MB -lt 768 ]] && echo true)") |

## Ingest: LRS over HTTP beside raw JDBC inserts of the same rows

Before the first cell, both sides ingest unmeasured for 2 minutes (singles, then batches, 4 clients), then the LRS
takes single statements from 8 clients in 15 s rounds, at least 8 of them and then until two rounds in a row are not
5 % faster than the best before them (here $(cat "$RESULTS/ingest-steady.txt") s more), so the server runs compiled code as it does in service
(a server just started runs several times slower while the JIT compiles, for minutes). Each cell: ${WARMUP} s warm-up, then ${SECONDS_PER_RUN} s measured, clients in a closed loop. HTTP: \`POST /xapi/statements\`
with one statement or an array of 100 (validation, conflict check, indexing, storage in one transaction). Raw: the
same statements (same seeds) as \`statement\` + \`statement_term\` rows, built with the LRS's \`StatementIndexer\` and
\`FilterTerm\`, into \`$RAW_DB\` (same Flyway schema): batch 1 = one transaction and one round trip per row, batch
100 = one transaction per 100 statements with JDBC batching, one connection per client.

$(cat "$RESULTS/ingest.md")

## Load to $(printf "%'d" "$TARGET") statements (HTTP, batches of 100, 4 clients)

$(cat "$RESULTS/load.md")

Database \`$DB\` at the end: $DB_SIZE, $TERMS \`statement_term\` rows. \`ANALYZE\` ran once after the load.

## Query latency (GET /xapi/statements, one sequential client)

$(cat "$RESULTS/queries.md")
HEADER
  printf '%s\n' "$KEPT"
} > "$OUT"
cp "$WORK/server.log" "$WORK/rss-kb.txt" "$WORK/gc.log" "$RESULTS/" 2>/dev/null || true
log "done; raw results and server log in $RESULTS"
