/**
 * The site's Content Security Policy allows no 'unsafe-eval' (only 'wasm-unsafe-eval' for DuckDB):
 * a library that compiles code from strings at run time fails in the browser with a CSP error. arquero
 * is one (it compiles every expression, functions included, with new Function), so it serves the
 * notebooks and the command line, never code the site loads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
/** Folders whose code runs in the browser (src/lib but for the command line's and the generator's own). */
const BROWSER = ['src/lib', 'src/routes', 'src/service-worker.ts'];
const NOT_BROWSER = ['src/lib/generate/'];
const EVALUATING = /from ['"](arquero)['"]|\bnew Function\(|\beval\(/;

function files(path: string): string[] {
  if (statSync(join(ROOT, path)).isDirectory()) return readdirSync(join(ROOT, path)).flatMap((name) => files(`${path}/${name}`));
  return /\.(ts|svelte|js)$/.test(path) && !/\.test\.ts$/.test(path) ? [path] : [];
}

describe('code the site loads evaluates no strings (CSP without unsafe-eval)', () => {
  it('imports no arquero and calls no eval or new Function', () => {
    const all = BROWSER.flatMap((p) => files(p)).filter((f) => !NOT_BROWSER.some((n) => f.startsWith(n)));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((f) => EVALUATING.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
