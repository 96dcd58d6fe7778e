/** The bench's command line: `npm run bench -- [--quick] [options]`. Pure, so that it is tested. */
import type { Scale } from './datasets';
import { CASES, ENGINES, parseMeasurements, SCALES, scalesWithData, TARGET_MEASUREMENTS, type BenchCase, type BenchEngine, type Measurement, type Selection } from './selection';

export type { BenchCase, BenchEngine } from './selection';

export interface Runs {
  warmup: number;
  runs: number;
}

export interface BenchOptions extends Selection {
  quick: boolean;
  scales: Scale[];
  seed: number;
  /** Cache of generated data and parquet files, and the history of results (results.jsonl). */
  out: string;
  cases: BenchCase[];
  engines: BenchEngine[];
  /** `--only` / `--targets`: exactly these measurements (cases, engines and scales follow from them). */
  only: Measurement[] | null;
  /**
   * The copy checks over texts loaded whole (LSH from a cold corpus, the exhaustive search, DuckDB's
   * read_csv at province) besides the streamed path a user runs: in the full run, not with --only.
   */
  loadedCopies: boolean;
  /** Build the site before the browser cases (default); --no-build measures the existing build. */
  build: boolean;
  /** Dataset folders to measure instead of generated data, by the scale they stand for. */
  datasets: Partial<Record<Scale, string>>;
  /** Runs of the quick cases: rules, and the browser's page loads and rules. */
  fast: Runs;
  /** Loading a dataset: tens of seconds per run at district scale. */
  load: Runs;
  /** The three text rules from a cold corpus, at district scale. */
  copies: Runs;
  /** review_copied_colleague comparing every in-scope pair: minutes per run. */
  exhaustive: Runs;
  /** Province text rules on native: minutes per run. */
  provinceCopies: Runs;
  /** Province copies side by side for the national slices of the parquet case ([] : none). */
  nationalSlices: number[];
}

export const USAGE = `npm run bench -- [--quick] [--scales district,province] [--seed 1] [--out bench-out]
    [--cases load,rules,copies,filter,parquet,bigfile] [--engines wasm,native,browser] [--no-build]
    [--runs N] [--warmup N] [--dataset DIR | --dataset scale=DIR,…] [--national 4,8]
    [--only case/scale/engine,…] [--targets]
npm run bench -- --targets --dataset province=DIR   (the measurements the targets compare, side by side)
npm run bench -- --report bench-out/results.jsonl     (the latest run's table and its targets, met or not)
One JSON object per line on stdout; progress on stderr.`;

/** Run only when named: `bigfile` (a 200 MB file picked on the Load data page) takes minutes. */
const ON_REQUEST: readonly BenchCase[] = ['bigfile'];

function list<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !allowed.includes(s as T));
  if (bad.length || !items.length) throw new Error(`--${name}: expected some of ${allowed.join(', ')}; got ${value}`);
  return items as T[];
}

function count(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name}: expected an integer ≥ ${min}; got ${value}`);
  return n;
}

/** `--dataset DIR` (the one scale measured) or `--dataset province=DIR,district=DIR`. */
function datasetFolders(value: string, scales: readonly Scale[]): Partial<Record<Scale, string>> {
  if (!value.includes('=')) {
    if (scales.length !== 1) throw new Error(`--dataset ${value} measures one folder: name its scale with --scales <one scale> or write --dataset <scale>=${value}`);
    return { [scales[0]]: value };
  }
  const out: Partial<Record<Scale, string>> = {};
  for (const item of value.split(',')) {
    const [scale, dir] = [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)];
    if (!SCALES.includes(scale as Scale) || !dir) throw new Error(`--dataset ${item}: expected <scale>=<folder>, scale one of ${SCALES.join(', ')}`);
    out[scale as Scale] = dir;
  }
  return out;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const o: BenchOptions = {
    quick,
    scales: quick ? ['district'] : ['district', 'province'],
    seed: 1,
    out: 'bench-out',
    cases: CASES.filter((c) => !ON_REQUEST.includes(c)),
    engines: [...ENGINES],
    only: null,
    loadedCopies: true,
    build: true,
    datasets: {},
    // --quick must finish in under 10 minutes on a 2-core machine: one cold run of the long cases.
    fast: quick ? { warmup: 1, runs: 3 } : { warmup: 1, runs: 5 },
    load: quick ? { warmup: 0, runs: 2 } : { warmup: 1, runs: 3 },
    copies: quick ? { warmup: 0, runs: 1 } : { warmup: 1, runs: 3 },
    exhaustive: quick ? { warmup: 0, runs: 1 } : { warmup: 0, runs: 2 },
    provinceCopies: { warmup: 0, runs: 1 },
    nationalSlices: [4, 8]
  };
  let runs: number | null = null;
  let warmup: number | null = null;
  let dataset: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--quick': break;
      case '--no-build': o.build = false; break;
      case '--scales': o.scales = list(value(), SCALES, 'scales'); break;
      case '--seed': o.seed = count(value(), 'seed', 0); break;
      case '--out': o.out = value(); break;
      case '--cases': o.cases = list(value(), CASES, 'cases'); break;
      case '--engines': o.engines = list(value(), ENGINES, 'engines'); break;
      case '--runs': runs = count(value(), 'runs', 1); break;
      case '--warmup': warmup = count(value(), 'warmup', 0); break;
      case '--dataset': dataset = value(); break;
      case '--only': o.only = [...(o.only ?? []), ...parseMeasurements(value())]; break;
      case '--targets': o.only = [...(o.only ?? []), ...TARGET_MEASUREMENTS]; break;
      case '--national': {
        const v = value();
        o.nationalSlices = v === 'none' ? [] : v.split(',').map((k) => count(k, 'national', 2));
        break;
      }
      default: throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  if (o.only) {
    // The list decides: its cases, engines and the scales that need a dataset; the streamed copy checks only.
    o.cases = CASES.filter((c) => o.only?.some((m) => m.case === c));
    o.engines = ENGINES.filter((e) => o.only?.some((m) => m.engine === e));
    o.scales = scalesWithData(o.only);
    o.loadedCopies = false;
  }
  if (dataset !== null) o.datasets = datasetFolders(dataset, o.scales);
  for (const r of [o.fast, o.load, o.copies, o.exhaustive, o.provinceCopies]) {
    if (runs !== null) r.runs = runs;
    if (warmup !== null) r.warmup = warmup;
  }
  return o;
}
