#!/usr/bin/env bash
# The generated bad-input check of BadInputIT (which runs on the PostgreSQL service in every build) once against the
# embedded default: Payara Micro with the LRS WAR and no FLOURISH_DB_URL, so the LRS runs its own PostgreSQL in a
# fresh data directory; the check then reads that database to see that nothing refused was stored.
# Run from the repository root after `mvn -DskipTests package`:  lrs/bench/run-bad-input-embedded.sh
# Knobs (environment): BAD_INPUT_MUTATED (10000), BAD_INPUT_SEED (a new one each run).
set -euo pipefail

ROOT=$(pwd)
[[ -f "$ROOT/lrs/pom.xml" ]] || { echo "run from the repository root" >&2; exit 2; }
MUTATED=${BAD_INPUT_MUTATED:-10000}
SEED=${BAD_INPUT_SEED:-$(date +%s%N)}
# Outside /root: the embedded PostgreSQL runs as an unprivileged user when the LRS runs as root (README).
WORK=$(mktemp -d /tmp/flourish-bad-input.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=""
trap '[[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null; true' EXIT

mvn -q -o -pl lrs test-compile
mvn -q -o -pl lrs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
CP="$ROOT/lrs/target/test-classes:$ROOT/lrs/target/classes:$(cat "$WORK/classpath.txt")"
PORT=18480
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
echo 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' \
  > "$WORK/preboot.txt"
MALLOC_ARENA_MAX=2 FLOURISH_DATA_DIR="$WORK/data" FLOURISH_ADMIN_PASSWORD=bad-input-admin \
  FLOURISH_SEED_KEY=bad-input-key FLOURISH_SEED_SECRET=bad-input-secret \
  java -Xmx512m -XX:MaxMetaspaceSize=256m -XX:MaxDirectMemorySize=64m -XX:ReservedCodeCacheSize=96m \
  -jar lrs/target/payara-micro.jar --nohazelcast --port "$PORT" --prebootcommandfile "$WORK/preboot.txt" \
  --rootdir "$WORK/root" --deploy lrs/target/flourish-lrs.war:/ > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/xapi/about" >/dev/null && break; sleep 1; done
DB_PORT=$(sed -n 4p "$WORK/data/postgres/cluster/postmaster.pid")
java -Xmx1g -cp "$CP" org.flourish.lrs.badinput.BadInputCheck "http://127.0.0.1:$PORT/" bad-input-key \
  bad-input-secret "jdbc:postgresql://127.0.0.1:$DB_PORT/flourish" flourish "$(cat "$WORK/data/postgres/password")" \
  "$SEED" "$MUTATED"
echo "bad input on the embedded default: passed (server log: $WORK/server.log)"
