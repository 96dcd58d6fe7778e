/**
 * The layering of docs/architecture.md, checked on every import under src/: a module may import
 * only from its own layer and the layers its row allows; nothing the browser loads (pages, the
 * worker, the service worker) reaches a Node-only module; no two modules import each other, even
 * through others. Tests co-located under src/ (*.test.ts) are not part of the product and are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');

/** Layer → the other layers it may import. Keep in step with docs/architecture.md. */
const ALLOWED: Record<string, readonly string[]> = {
  'lib/domain': [],
  'lib/engine': [],
  'lib/offline': [],
  'lib/text': ['lib/domain'],
  'lib/i18n': ['lib/domain'],
  'lib/sql': ['lib/domain', 'lib/engine'],
  'lib/data': ['lib/domain', 'lib/engine', 'lib/sql', 'lib/text'],
  'lib/rules': ['lib/domain', 'lib/engine', 'lib/sql', 'lib/text', 'lib/data'],
  'lib/review': ['lib/domain', 'lib/rules'],
  'lib/settings': ['lib/domain', 'lib/rules'],
  'lib/stats': ['lib/domain', 'lib/engine', 'lib/sql', 'lib/data', 'lib/rules'],
  'lib/export': ['lib/domain', 'lib/data', 'lib/rules', 'lib/review', 'lib/i18n'],
  'lib/report': ['lib/domain', 'lib/data', 'lib/rules', 'lib/review', 'lib/export', 'lib/i18n'],
  'lib/generate': ['lib/domain', 'lib/data', 'lib/text'],
  'lib/worker': ['lib/domain', 'lib/engine', 'lib/sql', 'lib/text', 'lib/data', 'lib/rules', 'lib/stats', 'lib/review', 'lib/settings', 'lib/export'],
  'lib/ui': ['lib/*'],
  routes: ['lib/*'],
  'service-worker': ['lib/offline'],
  build: ['lib/*'],
  bench: ['lib/*', 'test/e2e'],
  cli: ['lib/*', 'bench', 'build']
};

/** Modules that need Node (files, processes, native DuckDB): never reachable from the browser. */
const NODE_ONLY = /^(node:|@duckdb\/node-api$|fs$|path$|os$|child_process$|worker_threads$)/;
const BROWSER_ENTRIES = (file: string) =>
  file.startsWith('routes/') || file === 'service-worker.ts' || file === 'lib/worker/soi.worker.ts';

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listSources(full));
    else if (/\.(ts|js|svelte)$/.test(name) && !/\.(test|d)\.ts$/.test(name)) out.push(full);
  }
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a source imports, comments left out. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

/** A specifier resolved to a path relative to src/ (or to the repository for test/), null for a package. */
function resolve(fromFile: string, spec: string): string | null {
  let target: string;
  if (spec.startsWith('$lib/')) target = path.join(SRC, 'lib', spec.slice(5));
  else if (spec.startsWith('.')) target = path.resolve(path.dirname(fromFile), spec);
  else return null;
  target = target.replace(/\?.*$/, '');
  if (target.split(path.sep).includes('node_modules')) return null;
  for (const candidate of [target, `${target}.ts`, target.replace(/\.js$/, '.ts'), path.join(target, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return target;
}

function layerOf(absFile: string): string {
  const rel = path.relative(SRC, absFile).split(path.sep);
  if (rel[0] === '..') return path.relative(ROOT, absFile).split(path.sep).slice(0, 2).join('/');
  if (rel[0] === 'lib') return `lib/${rel[1]}`;
  return rel[0].replace(/\.ts$/, '');
}

function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  return (ALLOWED[from] ?? []).some((a) => a === to || (a === 'lib/*' && to.startsWith('lib/')));
}

const files = listSources(SRC);
const graph = new Map<string, { local: string[]; packages: string[] }>();
for (const file of files) {
  const local: string[] = [];
  const packages: string[] = [];
  for (const spec of importsOf(readFileSync(file, 'utf8'))) {
    const target = resolve(file, spec);
    if (target === null) packages.push(spec);
    else local.push(target);
  }
  graph.set(file, { local, packages });
}

describe('the layering of docs/architecture.md', () => {
  it('knows every folder under src/ and src/lib/', () => {
    const layers = new Set(files.map(layerOf));
    expect([...layers].filter((l) => !(l in ALLOWED))).toEqual([]);
  });

  it('has every import go down the layers', () => {
    const wrong: string[] = [];
    for (const [file, { local }] of graph) {
      for (const target of local) {
        const from = layerOf(file);
        const to = layerOf(target);
        if (!allowed(from, to)) wrong.push(`${path.relative(ROOT, file)} → ${path.relative(ROOT, target)} (${from} may not import ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps Node-only modules out of what the browser loads', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    const stack = files.filter((f) => BROWSER_ENTRIES(path.relative(SRC, f).split(path.sep).join('/')));
    const via = new Map<string, string>();
    while (stack.length) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const node = graph.get(file);
      if (!node) continue;
      for (const p of node.packages.filter((p) => NODE_ONLY.test(p))) {
        const chain = [file];
        while (via.has(chain[0])) chain.unshift(via.get(chain[0])!);
        wrong.push(`${chain.map((f) => path.relative(SRC, f)).join(' → ')} imports ${p}`);
      }
      for (const t of node.local) {
        if (!via.has(t) && !seen.has(t)) via.set(t, file);
        stack.push(t);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      state.set(file, 'open');
      for (const t of graph.get(file)?.local ?? []) {
        if (state.get(t) === 'open') cycles.push([...trail.slice(trail.indexOf(t)), t].map((f) => path.relative(SRC, f)).join(' → '));
        else if (!state.has(t) && graph.has(t)) visit(t, [...trail, t]);
      }
      state.set(file, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f, [f]);
    expect(cycles).toEqual([]);
  });
});
