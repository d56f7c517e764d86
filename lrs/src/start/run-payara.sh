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
# FLOURISH_LISTEN_ADDRESS (default: every address; 127.0.0.1 keeps it to this machine).
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

# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "${JAVA:-java}" ${JAVA_OPTS:-} -jar "${PAYARA_MICRO_JAR:-$here/payara-micro.jar}" --nohazelcast \
  --rootdir "$runtime" --prebootcommandfile "$preboot" "$@"
