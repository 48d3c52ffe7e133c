#!/usr/bin/env bash
# Installs the runtimes of the matrix from their npm packages (each ships its binary) into a cache
# folder, once; prints the folder. Versions are pinned so a run is reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${GROK_IMAGINE_CI_CACHE:-$PWD/.ci/.cache}/runtimes"
RUNTIMES=(node22@npm:node@22.23.3 node24@npm:node@24.9.0 bun@1.4.5 deno@2.9.6)
STAMP="$CACHE/installed-${RUNTIMES[*]// /_}"
STAMP="${STAMP//[@:]/-}"

if [ ! -f "$STAMP" ]; then
  rm -rf "$CACHE" && mkdir -p "$CACHE"
  echo '{ "private": true }' >"$CACHE/package.json"
  # The runtimes' own install scripts pick the binary package for this platform.
  timeout 600 npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error "${RUNTIMES[@]}" >&2
  touch "$STAMP"
fi
echo "$CACHE"
