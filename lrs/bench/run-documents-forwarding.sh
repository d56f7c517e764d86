#!/usr/bin/env bash
# The complete LRS's benchmark (document throughput, forwarding lag under sustained ingest), against a fresh
# PostgreSQL database and a Payara Micro started here on loopback. Appends its section to BENCHMARKS.md (replacing
# an older one). Run from the repository root after `mvn -DskipTests package`: lrs/bench/run-documents-forwarding.sh
# Knobs: BENCH_SECONDS (30) per measured run; BENCH_FORWARD_RATE (statements/s of the ingest during the forwarding
# run; default: the batched ingest rate of the foundation's benchmark, batches of 100 from 4 clients, read from
# BENCHMARKS.md, else 1000); BENCH_FORWARD_WARMUP (20): seconds of batches before the subscription starts.
set -euo pipefail

ROOT=$(pwd)
[[ -f "$ROOT/lrs/pom.xml" ]] || { echo "run from the repository root" >&2; exit 2; }
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
FOUNDATION_RATE=$(grep -m1 -E '^\| 100 \| 4 \| [0-9]+' BENCHMARKS.md 2>/dev/null | cut -d'|' -f4 | tr -d ' ' || true)
FORWARD_RATE=${BENCH_FORWARD_RATE:-${FOUNDATION_RATE:-1000}}
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
  java -Xmx400m -jar lrs/target/payara-micro.jar --nohazelcast --port "$PORT" --prebootcommandfile "$WORK/preboot.txt" \
  --rootdir "$WORK/payara-root" --deploy lrs/target/flourish-lrs.war:/ > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/xapi/about" >/dev/null && break; sleep 1; done

java -Xmx1g -cp "$ROOT/lrs/target/test-classes:$ROOT/lrs/target/classes:$(cat "$WORK/classpath.txt")" \
  -Dbench.url="http://127.0.0.1:$PORT/" -Dbench.seconds="$SECONDS_PER_RUN" -Dbench.results="$WORK" \
  -Dbench.forwardRate="$FORWARD_RATE" -Dbench.forwardWarmUpSeconds="${BENCH_FORWARD_WARMUP:-20}" \
  org.flourish.lrs.bench.DocumentsAndForwardingBenchmark

# Replace this benchmark's two sections in BENCHMARKS.md ("## Documents (" up to the next section that is not
# "## Forwarding"), leaving every other section where it is.
python3 - "$WORK/documents-forwarding.md" <<'PY'
import os, re, sys
section = open(sys.argv[1]).read().strip() + "\n\n" \
    "Rerun: `lrs/bench/run-documents-forwarding.sh` (about 3 minutes; its own database `flourish_bench_documents`).\n"
text = open("BENCHMARKS.md").read() if os.path.exists("BENCHMARKS.md") else "# Flourish LRS benchmarks\n"
start = text.find("\n## Documents (")
if start < 0:
    text = text.rstrip() + "\n\n" + section
else:
    later = [m.start() for m in re.finditer(r"\n## ", text) if m.start() > start
             and not text.startswith("\n## Forwarding", m.start())]
    end = later[0] if later else len(text)
    text = text[:start].rstrip() + "\n\n" + section + text[end:]
open("BENCHMARKS.md", "w").write(text)
PY
