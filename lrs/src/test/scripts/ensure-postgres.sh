#!/usr/bin/env bash
# Makes sure the PostgreSQL the tests use is up on 127.0.0.1:5432 with trust auth for local TCP: starts it if it is
# installed and stopped, installs it from Debian packages if absent (needs root). Run by the build before the tests.
set -euo pipefail

pg_ready() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if pg_ready; then
  exit 0
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not running on 127.0.0.1:5432 and installing it needs root: apt-get install postgresql" >&2
    exit 1
  fi
  echo "PostgreSQL is not installed: installing it from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql postgresql-client
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
hba="/etc/postgresql/$version/main/pg_hba.conf"
# The tests connect as postgres over TCP without a password, as on the project's machines.
if [ -w "$hba" ] && ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
  sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
fi
if pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload
else
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
pg_ready || { echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1; }
echo "PostgreSQL $version is up on 127.0.0.1:5432"
