#!/usr/bin/env bash
# Makes sure Debian's Chromium and its driver are installed for the browser tests: installs them from Debian packages
# if absent (needs root). Run by the build before the integration tests.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is not installed and installing it needs root: apt-get install chromium chromium-driver" >&2
  exit 1
fi
echo "Chromium is not installed: installing it from Debian packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium chromium-driver
