/**
 * Which (case, scale, engine) measurements a bench run makes. By default every case on every engine
 * at every scale named (`--cases` × `--engines` × `--scales`); `--only` names the measurements one by
 * one, and `--targets` is the list the performance targets are judged on (docs/benchmarks.md,
 * "The targets' run"). Pure, so that it is tested.
 */
import type { Scale } from './datasets';

export type BenchCase = 'load' | 'rules' | 'copies' | 'filter' | 'parquet' | 'bigfile';
export type BenchEngine = 'wasm' | 'native' | 'browser';

export interface Measurement {
  case: BenchCase;
  scale: Scale;
  engine: BenchEngine;
}

export const CASES: readonly BenchCase[] = ['load', 'rules', 'copies', 'filter', 'parquet', 'bigfile'];
export const ENGINES: readonly BenchEngine[] = ['wasm', 'native', 'browser'];
export const SCALES: readonly Scale[] = ['demo', 'district', 'province'];

/**
 * The measurements the targets compare, side by side in one run: a province's copy checks in the
 * tab and on the command line, the SQL checks on duckdb-wasm (in Node, and in the tab as users run
 * them) and native DuckDB, and the demo's first visit with its stages.
 */
export const TARGET_MEASUREMENTS: readonly Measurement[] = [
  { case: 'copies', scale: 'province', engine: 'browser' },
  { case: 'copies', scale: 'province', engine: 'native' },
  { case: 'rules', scale: 'province', engine: 'wasm' },
  { case: 'rules', scale: 'province', engine: 'native' },
  { case: 'rules', scale: 'province', engine: 'browser' },
  { case: 'load', scale: 'demo', engine: 'browser' }
];

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string, item: string): T {
  if (!allowed.includes(value as T)) throw new Error(`--only ${item}: ${what} "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** `copies/province/browser,rules/province/wasm` → the measurements; every part must be known. */
export function parseMeasurements(value: string): Measurement[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new Error('--only: expected case/scale/engine items, e.g. rules/province/wasm');
  return items.map((item) => {
    const parts = item.split('/');
    if (parts.length !== 3) throw new Error(`--only ${item}: expected case/scale/engine, e.g. rules/province/wasm`);
    return { case: oneOf(parts[0], CASES, 'case', item), scale: oneOf(parts[1], SCALES, 'scale', item), engine: oneOf(parts[2], ENGINES, 'engine', item) };
  });
}

export interface Selection {
  cases: readonly BenchCase[];
  engines: readonly BenchEngine[];
  scales: readonly Scale[];
  only: readonly Measurement[] | null;
}

/**
 * Whether the run measures this case at this scale on this engine. Without `--only`, the browser's
 * page load of the demo needs no dataset of its own (the site serves it): it runs whenever the
 * browser and `load` are named, whatever the scales.
 */
export function wants(s: Selection, c: BenchCase, scale: Scale, engine: BenchEngine): boolean {
  if (s.only) return s.only.some((m) => m.case === c && m.scale === scale && m.engine === engine);
  return s.cases.includes(c) && s.engines.includes(engine) && (s.scales.includes(scale) || (scale === 'demo' && engine === 'browser' && c === 'load'));
}

/** The scales whose dataset the run needs: all but the demo's page load in the browser (the built site holds it). */
export function scalesWithData(only: readonly Measurement[]): Scale[] {
  const needed = only.filter((m) => !(m.scale === 'demo' && m.engine === 'browser' && m.case === 'load')).map((m) => m.scale);
  return SCALES.filter((s) => needed.includes(s));
}
