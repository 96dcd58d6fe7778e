#!/usr/bin/env bash
# Every test, on a fresh machine that has only node and npm (Debian, as root):
#   npm packages (npm ci when node_modules is missing or older than the lockfile),
#   Debian's chromium for the end-to-end tests, unit tests, the static build, end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-true}"

step() { printf '\n== %s\n' "$*"; }

# npm ci when node_modules is absent or stale: npm writes node_modules/.package-lock.json on
# install; a lockfile newer than it (or different from it in its packages) means stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  if ! npm ci --no-audit --no-fund; then
    # npm 11's ci wants lock entries for every platform's optional native packages (rollup,
    # duckdb, deno…) even when the registry carries only Linux ones (npm/cli#8320); npm 10's ci
    # installs the very same lockfile.
    echo "npm ci failed; retrying with npm 10's ci"
    npx -y npm@10.9.9 ci --no-audit --no-fund
  fi
fi

if [ ! -x /usr/bin/chromium ]; then
  step "apt-get install chromium"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends chromium </dev/null
fi

step "unit tests"
npx vitest run --project unit

step "build"
npm run build

step "end-to-end tests"
npx vitest run --project e2e
