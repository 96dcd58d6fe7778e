#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless on the Deno kernel with Debian's jupyter-nbconvert
# and writes an HTML copy beside each (notebooks/*.html, gitignored: generated from the data).
#
#   npm run notebooks                              all notebooks, on data/demo
#   npm run notebooks -- notebooks/x.ipynb         only these
#   npm run notebooks -- --dataset DIR             on another dataset (same as SOI_DATASET=DIR)
#   npm run notebooks -- --clear                   strip outputs from the notebooks (before a commit)
#
# Fails (non-zero exit) when a notebook carries outputs (stale outputs are never committed), when
# any cell throws, or when the kernel dies or a cell runs past the timeout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CELL_TIMEOUT="${SOI_NOTEBOOK_CELL_TIMEOUT:-900}"
clear_only=false
notebooks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clear) clear_only=true ;;
    --dataset) shift; export SOI_DATASET="$(cd "$1" && pwd)" ;;
    --dataset=*) export SOI_DATASET="$(cd "${1#--dataset=}" && pwd)" ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *.ipynb) notebooks+=("$1") ;;
    *) echo "notebooks: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ ${#notebooks[@]} -eq 0 ]; then
  shopt -s nullglob
  notebooks=(notebooks/*.ipynb)
  shopt -u nullglob
fi
if [ ${#notebooks[@]} -eq 0 ]; then
  echo "notebooks: no notebook in notebooks/" >&2
  exit 1
fi
# The kernel runs in the notebook's folder: a relative SOI_DATASET would point elsewhere there.
if [ -n "${SOI_DATASET:-}" ]; then export SOI_DATASET="$(cd "$SOI_DATASET" && pwd)"; fi

# --- Debian's nbconvert (and jupyter-client for `jupyter kernelspec`) ---------------------------
if ! command -v jupyter-nbconvert >/dev/null || ! command -v jupyter-kernelspec >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "notebooks: jupyter-nbconvert is missing; install it: sudo apt-get install -y jupyter-nbconvert jupyter-client" >&2
    exit 1
  fi
  echo "notebooks: installing jupyter-nbconvert and jupyter-client (apt)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq jupyter-nbconvert jupyter-client >/dev/null
fi

if $clear_only; then
  jupyter-nbconvert --log-level=WARN --clear-output --inplace "${notebooks[@]}"
  echo "notebooks: outputs cleared in ${#notebooks[@]} notebook(s)"
  exit 0
fi

# --- Stale outputs are never committed: a notebook here must carry none -------------------------
node --input-type=module - "${notebooks[@]}" <<'EOF'
import { readFileSync } from 'node:fs';
let dirty = 0;
for (const file of process.argv.slice(2)) {
  const nb = JSON.parse(readFileSync(file, 'utf8'));
  const cells = nb.cells.filter((c) => c.cell_type === 'code' && ((c.outputs ?? []).length > 0 || c.execution_count != null));
  if (cells.length) {
    dirty++;
    console.error(`notebooks: ${file} carries outputs in ${cells.length} cell(s); clear them: npm run notebooks -- --clear`);
  }
}
process.exit(dirty ? 1 : 0);
EOF

# --- The Deno kernel: the project's pinned deno, in a private kernelspec ------------------------
if [ ! -x node_modules/.bin/deno ]; then
  echo "notebooks: node_modules/.bin/deno is missing: run npm ci first" >&2
  exit 1
fi
export DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1
# The npm wrapper fetches nothing: it links the binary of @deno/<platform> on first use. The
# kernelspec must name that binary itself, not the node wrapper, so that the kernel gets signals.
DENO_EXE="$(node_modules/.bin/deno eval --quiet 'console.log(Deno.execPath())')"
JUPYTER_HOME="$ROOT/node_modules/.cache/soi-notebooks"
mkdir -p "$JUPYTER_HOME/runtime"
# deno installs its kernelspec under $XDG_DATA_HOME/jupyter: a private folder leaves the user's
# own Jupyter kernels alone; JUPYTER_PATH comes first in Jupyter's search path.
XDG_DATA_HOME="$JUPYTER_HOME" "$DENO_EXE" jupyter --install --force >/dev/null 2>&1
export JUPYTER_PATH="$JUPYTER_HOME/jupyter" JUPYTER_RUNTIME_DIR="$JUPYTER_HOME/runtime"
if ! jupyter-kernelspec list 2>/dev/null | grep -q "^ *deno *$JUPYTER_HOME/jupyter/kernels/deno\$"; then
  echo "notebooks: the deno kernelspec is not the project's:" >&2
  jupyter-kernelspec list >&2
  exit 1
fi

# --- Type-check the notebooks' code, which the kernel runs without checking ---------------------
# Each notebook's code cells, in order, make one module beside it (so relative imports resolve);
# deno checks it together with notebooks/lib and the src/lib it imports.
checks=()
cleanup_checks() { rm -f "${checks[@]}"; }
trap cleanup_checks EXIT
for nb in "${notebooks[@]}"; do
  check="$(dirname "$nb")/.check-$(basename "${nb%.ipynb}").ts"
  checks+=("$check")
  node --input-type=module -e '
    import { readFileSync, writeFileSync } from "node:fs";
    const [nb, out] = process.argv.slice(1);
    const cells = JSON.parse(readFileSync(nb, "utf8")).cells.filter((c) => c.cell_type === "code");
    const source = (c) => (Array.isArray(c.source) ? c.source.join("") : c.source);
    writeFileSync(out, `// Generated from ${nb} by scripts/notebooks.sh for deno check; deleted after.\n` + cells.map(source).join("\n\n") + "\n");
  ' "$nb" "$check"
done
# Only errors in notebooks/ count: src/lib is checked by the project's own TypeScript (npm run
# check), and Deno's differs in places (it types plain .js data modules that tsc leaves untyped).
check_log="$(mktemp)"
NO_COLOR=1 "$DENO_EXE" check --quiet "${checks[@]}" >"$check_log" 2>&1 || true
if ! node --input-type=module - "$check_log" "$ROOT/notebooks/" <<'EOF'
import { readFileSync } from 'node:fs';
const [log, mine] = process.argv.slice(2);
const text = readFileSync(log, 'utf8');
const errors = text.split(/\n(?=TS\d+ \[ERROR\])/).filter((b) => /^TS\d+ \[ERROR\]/.test(b.trim()));
const where = (b) => decodeURIComponent(b.match(/at file:\/\/(\S+?):\d+:\d+/)?.[1] ?? '');
const ours = errors.filter((b) => where(b).startsWith(mine));
if (errors.length > ours.length)
  console.error(`notebooks: ${errors.length - ours.length} type error(s) outside notebooks/ under Deno's TypeScript, ignored here (npm run check covers src/)`);
if (ours.length) {
  console.error(ours.join('\n\n'));
  console.error("notebooks: type errors (in .check-*.ts the lines are those of a notebook's code cells put one after another)");
  process.exit(1);
}
// deno failed for another reason than type errors (a module not found…): show it.
if (!errors.length && /error/i.test(text)) {
  console.error(text);
  process.exit(1);
}
EOF
then
  rm -f "$check_log"
  exit 1
fi
rm -f "$check_log"
cleanup_checks
checks=()

# --- Execute -----------------------------------------------------------------------------------
echo "notebooks: deno $("$DENO_EXE" --version | head -1 | cut -d' ' -f2), nbconvert $(jupyter-nbconvert --version), dataset ${SOI_DATASET:-data/demo}"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
seconds_since() { local ms=$(( $(now_ms) - $1 )); printf '%d.%d' $(( ms / 1000 )) $(( ms % 1000 / 100 )); }
failed=()
start_all=$(now_ms)
for nb in "${notebooks[@]}"; do
  start=$(now_ms)
  log="$(mktemp)"
  if jupyter-nbconvert --to html --execute --log-level=WARN \
      --ExecutePreprocessor.kernel_name=deno \
      --ExecutePreprocessor.timeout="$CELL_TIMEOUT" \
      --output-dir "$(dirname "$nb")" "$nb" >"$log" 2>&1; then
    printf 'notebooks: ok     %-48s %6s s → %s\n' "$nb" "$(seconds_since "$start")" "${nb%.ipynb}.html"
  else
    printf 'notebooks: FAILED %-48s %6s s\n' "$nb" "$(seconds_since "$start")"
    # The failing cell and its error; nbconvert's Python traceback above it says nothing more.
    if grep -q 'An error occurred while executing' "$log"; then
      sed -n '/An error occurred while executing/,$p' "$log" >&2
    else
      grep -v -e 'MissingIDFieldWarning' -e 'validate(nb)' -e '"deno jupyter" is unstable' "$log" | tail -n 40 >&2
    fi
    failed+=("$nb")
  fi
  rm -f "$log"
done
printf 'notebooks: executed in %s s\n' "$(seconds_since "$start_all")"
# The closing line in the plain form CI reads ("N passed, N failed", one word with a colon before).
printf 'notebooks: %d passed, %d failed\n' $(( ${#notebooks[@]} - ${#failed[@]} )) "${#failed[@]}"
[ ${#failed[@]} -eq 0 ]
