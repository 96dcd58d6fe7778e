#!/usr/bin/env bash
# Installs the npm packages from the lockfile when node_modules is missing or older than it.
# Used by `npm start` and `npm run test:all`, so a fresh clone needs nothing installed by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm writes node_modules/.package-lock.json on install; a lockfile newer than it means stale.
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  exit 0
fi
printf '\n== npm ci\n'
if ! npm ci --no-audit --no-fund; then
  # npm 11's ci wants lock entries for every platform's optional native packages (rollup,
  # duckdb, deno…) even when the registry carries only Linux ones (npm/cli#8320); npm 10's ci
  # installs the very same lockfile.
  echo "npm ci failed; retrying with npm 10's ci"
  npx -y npm@10.9.9 ci --no-audit --no-fund
fi
