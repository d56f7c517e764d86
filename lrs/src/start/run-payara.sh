#!/bin/sh
# Runs Payara Micro for Flourish: the one start path of docker/Dockerfile and `mvn -Pstart` (and the tests of it).
#
#   run-payara.sh RUNTIME_DIR [payara-micro options: --port, --deploy WAR:/context, ...]
#
# RUNTIME_DIR is Payara's --rootdir. It is emptied first: a root that remembers earlier deployments makes Payara
# Micro deploy each application a second time after the first is up (answers 200, then 503 for seconds while it
# redeploys). Nothing of Flourish lives there (its data is in FLOURISH_DATA_DIR). A directory that is neither empty,
# one this script made, nor a Payara root is left alone and the start refused.
#
# Environment: PAYARA_MICRO_JAR (default: payara-micro.jar beside this script), JAVA (default: java), JAVA_OPTS,
# MALLOC_ARENA_MAX (default: 2), FLOURISH_LISTEN_ADDRESS (default: every address; 127.0.0.1 keeps it to this machine).
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
if [ $# -lt 1 ] || [ -z "$1" ]; then
  echo "usage: $0 RUNTIME_DIR [payara-micro options]" >&2
  exit 2
fi
runtime=$1
shift
marker=.flourish-payara-runtime

case "$runtime" in
  / | /root | /home | /var | /tmp | /usr | /etc | /opt) echo "refusing to use $runtime as Payara's runtime directory" >&2; exit 2 ;;
esac
if [ -d "$runtime" ] && [ -n "$(ls -A "$runtime")" ] && [ ! -e "$runtime/$marker" ] \
   && [ ! -e "$runtime/config/domain.xml" ]; then
  echo "$runtime holds files that are not Payara's: not emptying it; give another runtime directory" >&2
  exit 2
fi
rm -rf "$runtime"
mkdir -p "$runtime"
touch "$runtime/$marker"

preboot="$runtime/flourish.preboot"
cp "$here/flourish.preboot" "$preboot"
if [ -n "${FLOURISH_LISTEN_ADDRESS:-}" ]; then
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$FLOURISH_LISTEN_ADDRESS" >> "$preboot"
fi

# Memory beside the heap, bounded (BENCHMARKS.md, "Memory under bad input"): class metadata, NIO direct buffers, JIT
# code, and glibc's malloc arenas (one per thread that allocates natively, up to 8 per core, unless capped).
# JAVA_OPTS comes after these options, so it can change any of them.
bounds="-XX:MaxMetaspaceSize=256m -XX:MaxDirectMemorySize=64m -XX:ReservedCodeCacheSize=96m"
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export MALLOC_ARENA_MAX

# shellcheck disable=SC2086 # bounds and JAVA_OPTS hold several options
exec "${JAVA:-java}" $bounds ${JAVA_OPTS:-} -jar "${PAYARA_MICRO_JAR:-$here/payara-micro.jar}" --nohazelcast \
  --rootdir "$runtime" --prebootcommandfile "$preboot" "$@"
