#!/usr/bin/env bash
# Every test, on a fresh machine that has only node and npm (Debian, as root):
#   npm packages (scripts/install.sh: npm ci when node_modules is missing or stale),
#   Debian's chromium for the end-to-end tests, unit tests, the static build, end-to-end tests,
#   the notebooks.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-true}"

step() { printf '\n== %s\n' "$*"; }

bash scripts/install.sh

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

step "notebooks"
npm run notebooks
