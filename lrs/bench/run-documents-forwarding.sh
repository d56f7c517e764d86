#!/usr/bin/env bash
# The complete LRS's benchmark (document throughput, forwarding lag under sustained ingest), against a fresh
# PostgreSQL database and a Payara Micro started here on loopback. Appends its section to BENCHMARKS.md (replacing
# an older one). Run from the repository root after `mvn -DskipTests package`: lrs/bench/run-documents-forwarding.sh
# Knobs: BENCH_SECONDS (30) per measured run.
set -euo pipefail

ROOT=$(pwd)
[[ -f "$ROOT/lrs/pom.xml" ]] || { echo "run from the repository root" >&2; exit 2; }
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
DB=flourish_bench_documents
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
WORK=$(mktemp -d /tmp/flourish-bench-docs.XXXXXX)
SERVER_PID=""
trap '[[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null; true' EXIT

mvn -q -o -pl lrs test-compile
mvn -q -o -pl lrs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
"${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

PORT=18180
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
echo 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' \
  > "$WORK/preboot.txt"
FLOURISH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FLOURISH_DB_USER=postgres FLOURISH_DATA_DIR="$WORK/data" \
FLOURISH_ADMIN_PASSWORD=bench-admin-secret FLOURISH_SEED_KEY=bench-key FLOURISH_SEED_SECRET=bench-secret \
  java -Xmx512m -jar lrs/target/payara-micro.jar --nohazelcast --port "$PORT" --prebootcommandfile "$WORK/preboot.txt" \
  --rootdir "$WORK/payara-root" --deploy lrs/target/flourish-lrs.war:/ > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/xapi/about" >/dev/null && break; sleep 1; done

java -Xmx1g -cp "$ROOT/lrs/target/test-classes:$ROOT/lrs/target/classes:$(cat "$WORK/classpath.txt")" \
  -Dbench.url="http://127.0.0.1:$PORT/" -Dbench.seconds="$SECONDS_PER_RUN" -Dbench.results="$WORK" \
  org.flourish.lrs.bench.DocumentsAndForwardingBenchmark

# Replace this benchmark's sections in BENCHMARKS.md (they start at "## Documents").
python3 - "$WORK/documents-forwarding.md" <<'PY'
import sys
section = open(sys.argv[1]).read()
text = open("BENCHMARKS.md").read() if __import__("os").path.exists("BENCHMARKS.md") else "# Flourish LRS benchmarks\n"
cut = text.find("\n## Documents (")
text = (text if cut < 0 else text[:cut]).rstrip() + "\n\n" + section.strip() + "\n\n" \
    "Rerun: `lrs/bench/run-documents-forwarding.sh` (about 2 minutes; its own database `flourish_bench_documents`).\n"
open("BENCHMARKS.md", "w").write(text)
PY
