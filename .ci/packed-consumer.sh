#!/usr/bin/env bash
# What a user gets from the packed tarballs, outside the workspace:
#   1. `pnpm pack:all` (the README's install path) writes one tarball per package;
#   2. a fresh consumer project in a temp folder installs them all with npm;
#   3. the emulator starts from the installed @grok-imagine/emulator;
#   4. the quick start (one image + one video on each provider) runs on this Node, Node 22, Node 24,
#      Bun and Deno (from .ci/install-runtimes.sh), each bounded in time;
#   5. esbuild bundles the installed sdk's main entry for browsers: no Node built-ins.
# A failure names the step or runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
STEP_TIMEOUT="${GROK_IMAGINE_STEP_TIMEOUT:-120}"

WORK="$(mktemp -d -t grok-imagine-consumer-XXXXXX)"
EMULATOR_PID=""
cleanup() {
  if [ -n "$EMULATOR_PID" ]; then kill "$EMULATOR_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
  echo "packed-consumer: FAILED: $1" >&2
  exit 1
}

echo "== packed consumer: pack"
rm -rf packs
timeout 300 pnpm --silent pack:all >/dev/null || fail "pnpm pack:all"
for tarball in packs/*.tgz; do
  listing="$(tar -tzf "$tarball")"
  for file in package/LICENSE package/README.md package/package.json; do
    grep -qx "$file" <<<"$listing" || fail "$tarball has no $file"
  done
done
echo "packed: $(cd packs && ls *.tgz | tr '\n' ' ')"

echo "== packed consumer: npm install into $WORK/app"
mkdir -p "$WORK/app"
cp .ci/consumer/*.mjs "$WORK/app/"
echo '{ "name": "grok-imagine-consumer", "private": true, "type": "module" }' >"$WORK/app/package.json"
(cd "$WORK/app" && timeout 300 npm install --no-audit --no-fund --loglevel=error "$ROOT"/packs/*.tgz) ||
  fail "npm install of the tarballs"

echo "== packed consumer: emulator from the installed package"
(cd "$WORK/app" && exec node start-emulator.mjs "$WORK/emulator.env") &
EMULATOR_PID=$!
for _ in $(seq 1 100); do
  [ -s "$WORK/emulator.env" ] && break
  kill -0 "$EMULATOR_PID" 2>/dev/null || fail "the emulator exited before it was ready"
  sleep 0.1
done
[ -s "$WORK/emulator.env" ] || fail "the emulator did not start within 10 s"
# shellcheck disable=SC1091
source "$WORK/emulator.env"

RUNTIMES_DIR="$(.ci/install-runtimes.sh)" || fail "installing the runtimes"
BIN="$RUNTIMES_DIR/node_modules"
run_quick_start() {
  local name="$1"
  shift
  echo "== quick start on $name ($("$1" --version 2>&1 | head -1))"
  (cd "$WORK/app" && timeout "$STEP_TIMEOUT" "$@" quick-start.mjs "$name") ||
    fail "the quick start on $name (exit $?)"
}
run_quick_start "node-$(node --version)" node
run_quick_start node22 "$BIN/node22/bin/node"
run_quick_start node24 "$BIN/node24/bin/node"
run_quick_start bun "$BIN/.bin/bun" run
run_quick_start deno "$BIN/.bin/deno" run --allow-env --allow-net --allow-read --allow-write --allow-sys

echo "== browser bundle"
timeout "$STEP_TIMEOUT" node .ci/consumer/browser-bundle.mjs "$WORK/app" "$(node -p "require.resolve('esbuild')")" ||
  fail "the browser bundle"
echo "packed consumer: all runtimes passed"
