#!/usr/bin/env bash
# Installs Debian's redis-server when it is missing: the queue package's tests start their own
# redis-server on a free loopback port (and fail, loudly, without one).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq redis-server
# The package may start a system service on 6379; the tests do not use it.
if command -v service >/dev/null 2>&1; then service redis-server stop >/dev/null 2>&1 || true; fi
redis-server --version
