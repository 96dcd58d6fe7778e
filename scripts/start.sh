#!/usr/bin/env bash
# Installs what the dashboard needs, builds the static site and serves it on http://localhost:4173
# with the bundled demo dataset (data/demo). Everything is served from this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm run build
echo "Soi: http://localhost:4173"
exec npx vite preview --port "${PORT:-4173}" --strictPort
