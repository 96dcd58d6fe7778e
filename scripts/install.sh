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
# The lockfile has an entry for every platform's optional native package (npm 11's ci refuses it
# otherwise; test/unit/build/lockfile.test.ts keeps it so), and package.json's allowScripts lets
# deno's and esbuild's install scripts run under npm 11: npm 10 and 11 install it quietly alike.
npm ci --no-audit --no-fund
