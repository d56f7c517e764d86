#!/usr/bin/env bash
# Memory of the LRS under the generated bad input (org.flourish.lrs.badinput: mutated statements and documents over
# 8 connections): Payara Micro's resident set sampled from /proc every second, for each JVM configuration below, each
# on a fresh PostgreSQL database. Writes the section "## Memory under bad input" of BENCHMARKS.md (the rest is kept).
# Run from the repository root after `mvn -DskipTests package`:  lrs/bench/run-rss.sh
# Knobs (environment): BENCH_SECONDS (120) of load per configuration, BENCH_CONNECTIONS (8), BENCH_OUT (BENCHMARKS.md),
# PG_PREFIX (database prefix), BENCH_CONFIGS (which configurations, e.g. "2 3"; all by default).
set -euo pipefail

ROOT=$(pwd)
[[ -f "$ROOT/lrs/pom.xml" ]] || { echo "run from the repository root" >&2; exit 2; }
SECONDS_PER_RUN=${BENCH_SECONDS:-120}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
OUT=${BENCH_OUT:-$ROOT/BENCHMARKS.md}
DB=${PG_PREFIX:-}flourish_bench_rss
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
WORK=$(mktemp -d /tmp/flourish-bench-rss.XXXXXX)
SERVER_PID=""
SAMPLER_PID=""
trap '[[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null; [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null; true' EXIT

# name|JAVA_OPTS|how: "direct" runs java -jar payara-micro.jar with JAVA_OPTS alone; "start" runs the start script
# (lrs/src/start/run-payara.sh, as -Pstart and the Dockerfile do), which adds its memory bounds and MALLOC_ARENA_MAX=2.
CONFIGS=(
  "unbounded, heap 768 MB|-Xmx768m|direct"
  "start script, heap 768 MB|-Xmx768m|start"
  "start script, heap 512 MB (as -Pstart and docker)|-Xmx512m|start"
)
# BENCH_CONFIGS="2 3" runs only those (1-based).
if [[ -n ${BENCH_CONFIGS:-} ]]; then
  SELECTED=()
  for n in $BENCH_CONFIGS; do SELECTED+=("${CONFIGS[$((n - 1))]}"); done
  CONFIGS=("${SELECTED[@]}")
fi

mvn -q -o -pl lrs test-compile
mvn -q -o -pl lrs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
CP="$ROOT/lrs/target/test-classes:$ROOT/lrs/target/classes:$(cat "$WORK/classpath.txt")"
echo 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' \
  > "$WORK/preboot.txt"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=""

for config in "${CONFIGS[@]}"; do
  IFS='|' read -r name options how <<< "$config"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  PORT=18380
  while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
  rm -rf "$WORK/root" "$WORK/data"
  export FLOURISH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FLOURISH_DB_USER=postgres \
    FLOURISH_DATA_DIR="$WORK/data" FLOURISH_ADMIN_PASSWORD=bench-admin-secret FLOURISH_SEED_KEY=bench-key \
    FLOURISH_SEED_SECRET=bench-secret
  if [[ $how == start ]]; then
    JAVA_OPTS="$options" PAYARA_MICRO_JAR=lrs/target/payara-micro.jar FLOURISH_LISTEN_ADDRESS=127.0.0.1 \
      lrs/src/start/run-payara.sh "$WORK/root" --port "$PORT" --deploy lrs/target/flourish-lrs.war:/ \
      > "$WORK/server.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    env -u MALLOC_ARENA_MAX java $options -jar lrs/target/payara-micro.jar --nohazelcast --port "$PORT" \
      --prebootcommandfile "$WORK/preboot.txt" --rootdir "$WORK/root" --deploy lrs/target/flourish-lrs.war:/ \
      > "$WORK/server.log" 2>&1 &
  fi
  SERVER_PID=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/xapi/about" >/dev/null && break; sleep 1; done
  READY_RSS=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER_PID/status")
  (while kill -0 "$SERVER_PID" 2>/dev/null; do awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER_PID/status"; sleep 1; done) \
    > "$WORK/rss.txt" 2>/dev/null &
  SAMPLER_PID=$!
  RESULT=$(java -Xmx512m -cp "$CP" org.flourish.lrs.badinput.BadInputLoad "http://127.0.0.1:$PORT/" bench-key \
    bench-secret "$SECONDS_PER_RUN" "$CONNECTIONS" 42 | tail -1)
  kill "$SAMPLER_PID" 2>/dev/null || true
  SAMPLER_PID=""
  END_RSS=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER_PID/status")
  MAX_RSS=$(sort -n "$WORK/rss.txt" | tail -1)
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  echo "$name: ready $READY_RSS MB, max $MAX_RSS MB, end $END_RSS MB; $RESULT"
  ROWS+="| $name | \`$options\`$([[ $how == start ]] && echo ' + the start script' || true) | $READY_RSS MB | $MAX_RSS MB | $END_RSS MB | $RESULT |"$'\n'
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

SECTION=$(cat <<EOT
## Memory under bad input

Measured $(date -u +%Y-%m-%d) by \`lrs/bench/run-rss.sh\`: Payara Micro 6 with the LRS WAR alone, on the PostgreSQL
service, under $SECONDS_PER_RUN s of the generated bad input of \`BadInputIT\` (mutated statements, batches and
documents; seed 42) over $CONNECTIONS connections, with 12 bodies of 6-14 MB in every 2,000 requests (statements over
the string limit or not UTF-8 at their end, and JSON documents, which are stored); resident set (VmRSS) sampled every
second. On a shared 2-core machine with other builds running: load average $LOAD_BEFORE before, $LOAD_AFTER after. Numbers on a busy machine
vary; the maxima are what matter.

| Configuration | JVM options | RSS when ready | RSS max | RSS at the end | Load sent |
|---|---|---|---|---|---|
$ROWS
What bounds it: the heap (\`-Xmx\`), and beside it what the start script (\`lrs/src/start/run-payara.sh\`) caps:
class metadata (\`MaxMetaspaceSize=256m\`; the LRS and the engine use about 105 MB), NIO direct buffers
(\`MaxDirectMemorySize=64m\`), JIT code (\`ReservedCodeCacheSize=96m\`) and glibc's malloc arenas (one per thread
that allocates natively, 64 MB of address space each, up to 8 per core, unless \`MALLOC_ARENA_MAX=2\`). Thread stacks
are left at the JVM's default: they take memory only as deep as they are used. Request bodies are limited to
\`FLOURISH_MAX_REQUEST_BYTES\` (16 MiB by default), and JSON within them by the reader's limits
(README, "Limits on input").
EOT
)
printf '%s\n' "$SECTION" | python3 "$ROOT/lrs/bench/replace-section.py" "$OUT" "Memory under bad input"
echo "wrote the section to $OUT"
