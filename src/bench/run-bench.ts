/**
 * The whole benchmark: per scale, the Node engines (load → rules → copies, wasm then native, one
 * engine in memory at a time), native DuckDB over Parquet, then the built site in chromium. All in
 * one process run, so that ratios between engines hold on a noisy machine.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Engine } from '../lib/engine/types';
import { bigfileCase } from './cases/bigfile';
import { browserCases } from './cases/browser';
import { copiesCase, exhaustiveColleagueCase, inScopePairs } from './cases/copies';
import { cliCopiesCase } from './cases/cli-copies';
import { browserCopiesCase } from './cases/browser-copies';
import { loadCase } from './cases/load';
import { loadReviewsNative } from './cases/native-reviews';
import { replicateParquet } from './cases/national';
import { engineOverParquet, exportParquet, type ParquetExport, type ParquetMode } from '../lib/data/parquet-dataset';
import { rulesCase, TEXT_RULES } from './cases/rules';
import { ruleById } from '../lib/rules/registry';
import { datasetFileSizes, ensureDataset, tablesFolder, type BenchDataset, type Scale } from './datasets';
import { createEngine, duckdbMemoryMb, type NodeEngineName } from './engines';
import { measureCase } from './measure';
import type { BenchOptions } from './options';
import { log, RecordSink, type BenchRecord } from './record';
import { runReport } from './report';
import { wants, type BenchCase } from './selection';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A run's records share its start time and commit: the targets are ratios within one run. */
function runId(): string {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || 'unknown';
  return `${new Date().toISOString().slice(0, 19)}Z@${commit}`;
}

/**
 * Reviews are loaded by the JavaScript loader up to district scale (beyond, see native-reviews.ts),
 * and only for the copy checks over loaded texts: the streamed path reads reviews.csv itself.
 */
const loaderTakesReviews = (o: BenchOptions, scale: Scale): boolean => scale !== 'province' && o.loadedCopies;

async function datasetFor(o: BenchOptions, scale: Scale): Promise<BenchDataset> {
  const given = o.datasets[scale];
  if (given) return { dir: path.resolve(given), scale, seed: o.seed, generatedMs: null };
  const d = await ensureDataset(path.resolve(o.out, 'data'), scale, o.seed, log);
  log(`${scale}: ${d.generatedMs === null ? 'cached' : `generated in ${Math.round(d.generatedMs / 1000)} s`} at ${d.dir} ${JSON.stringify(datasetFileSizes(d.dir))}`);
  return d;
}

const NODE_CASES: readonly BenchCase[] = ['load', 'rules', 'copies', 'parquet'];

async function nodeEngineCases(o: BenchOptions, sink: RecordSink, ds: BenchDataset, name: NodeEngineName, wasmFlagIds: string[] | null): Promise<string[] | null> {
  const scale = ds.scale;
  const want = (c: BenchCase): boolean => wants(o, c, scale, name);
  if (!NODE_CASES.some(want)) return null;
  const withReviews = loaderTakesReviews(o, scale);
  const folder = tablesFolder(ds, withReviews);
  log(`${scale} ${name}: load${withReviews ? '' : ' (without reviews)'}`);
  // Loaded once when only the other cases need the tables (a province load is tens of seconds).
  const loaded = await loadCase(name, scale, folder, want('load') ? o.load : { warmup: 0, runs: 1 });
  const engine = loaded.engine;
  let flagIds: string[] | null = null;
  let parquet: ParquetExport | null = null;
  let rows = 0;
  try {
    if (want('load')) sink.emit({ ...loaded.record, reviews: withReviews });
    rows = loaded.record.rows as number;

    if (want('rules')) {
      log(`${scale} ${name}: rules`);
      const r = await rulesCase(engine, name, scale, rows, o.fast);
      flagIds = r.flagIds;
      const parity = wasmFlagIds ? { same_flags_as_wasm: JSON.stringify(wasmFlagIds) === JSON.stringify(r.flagIds) } : {};
      sink.emit({ ...r.record, ...parity });
      // duckdb-wasm runs on one thread; native on every core. The same rules on one native thread
      // separate what the second core buys from what WebAssembly costs.
      if (name === 'native') {
        await engine.exec('SET threads = 1');
        const one = await rulesCase(engine, name, scale, rows, o.fast, { threads: 1 });
        await engine.exec('RESET threads');
        sink.emit(one.record);
      }
    }

    if (want('copies')) await copiesCases(o, sink, ds, name, engine, withReviews);
    if (want('parquet') && name === 'native' && scale === 'province') {
      parquet = await exportParquet(engine, path.resolve(o.out, 'parquet', `${ds.scale}-seed${ds.seed}`));
      log(`${scale}: parquet written in ${parquet.ms} ms ${JSON.stringify(parquet.mb)}`);
    }
  } finally {
    await engine.close();
  }
  // With the loaded engine closed, so that the process's peak memory is the Parquet engine's.
  if (parquet) await parquetCases(o, sink, ds, parquet, rows);
  return flagIds;
}

async function copiesCases(o: BenchOptions, sink: RecordSink, ds: BenchDataset, name: NodeEngineName, engine: Engine, loaderHadReviews: boolean): Promise<void> {
  const scale = ds.scale;
  const unregistered = TEXT_RULES.filter((id) => !ruleById(id));
  if (unregistered.length) {
    sink.emit({
      case: 'copies', scale, engine: name, ms: null, runs: 0, rows: null, peak_mb: null, p95: null,
      not_measured: `text rules not in src/lib/rules/registry.ts yet: ${unregistered.join(', ')}`
    });
    return;
  }
  // The command line's path: `npm run audit` in a process of its own, the reviews streamed.
  if (name === 'native' && existsSync(path.join(ds.dir, 'reviews.csv'))) {
    log(`${scale} native: copies by npm run audit, the reviews streamed`);
    sink.emit(await cliCopiesCase(ds.dir, scale, scale === 'province' ? o.provinceCopies : o.copies));
  }
  if (!o.loadedCopies) return;
  if (!loaderHadReviews) {
    if (name !== 'native') {
      log(`${scale} ${name}: copies not run (province reviews do not fit the JavaScript loader or a browser tab)`);
      return;
    }
    const file = path.join(ds.dir, 'reviews.csv');
    if (!existsSync(file)) return;
    log(`${scale} native: reviews via DuckDB's read_csv`);
    const m = await measureCase({ warmup: 0, runs: 1, setup: async () => engine, run: (e) => loadReviewsNative(e, file) });
    sink.emit({
      case: 'load', scale, engine: name, ms: m.ms, runs: 1, rows: m.last, peak_mb: m.peak_mb, cpu_ms: m.cpu_ms,
      table: 'reviews', via: 'native read_csv, NFC where decomposed (src/bench/cases/native-reviews.ts)', duckdb_mb: await duckdbMemoryMb(engine)
    });
  }
  const tables = await engine.tables();
  if (!tables.includes('reviews')) {
    log(`${scale} ${name}: no reviews in the dataset: copies not run`);
    return;
  }
  const [{ n: reviews }] = await engine.query<{ n: number }>('SELECT count(*) AS n FROM reviews');
  const scope = await inScopePairs(engine);
  const runs = scale === 'province' ? o.provinceCopies : o.copies;
  log(`${scale} ${name}: copies (LSH) over ${reviews} reviews, ${scope.pairs} in-scope pairs`);
  const lsh = await copiesCase(engine, name, scale, reviews, runs, { in_scope_pairs: scope.pairs, largest_group: scope.largestGroup });
  sink.emit(lsh.record);
  // The exhaustive search is the same JavaScript on either engine: measured once, on the browser's
  // engine, at district scale (at province it compares 10× the pairs: ≈ 10 minutes a run).
  if (scale !== 'province' && (name === 'wasm' || !o.engines.includes('wasm'))) {
    log(`${scale} ${name}: review_copied_colleague exhaustive`);
    sink.emit(await exhaustiveColleagueCase(lsh, name, scale, o.exhaustive, { in_scope_pairs: scope.pairs }));
  }
}

async function parquetCases(o: BenchOptions, sink: RecordSink, ds: BenchDataset, all: ParquetExport, rows: number): Promise<void> {
  const withoutReviews = Object.fromEntries(Object.entries(all.files).filter(([t]) => t !== 'reviews'));
  const mb = Object.fromEntries(Object.entries(all.mb).filter(([t]) => t !== 'reviews'));
  const reviewsMb = all.mb.reviews === undefined ? {} : { reviews_parquet_mb: all.mb.reviews };
  for (const mode of ['tables', 'views'] as ParquetMode[]) {
    // As views, reviews cost nothing until read: the text rules then stream them from the file.
    const files = mode === 'views' ? all.files : withoutReviews;
    const open = await measureCase({ warmup: 0, runs: 1, setup: async () => null, run: () => engineOverParquet(files, mode) });
    const pq = open.last;
    try {
      sink.emit({
        case: 'load', scale: ds.scale, engine: 'native', ms: open.ms, runs: 1, rows, peak_mb: open.peak_mb, cpu_ms: open.cpu_ms,
        source: `parquet-${mode}`, parquet_mb: mb, ...reviewsMb, parquet_write_ms: all.ms, reviews: false
      });
      const r = await rulesCase(pq, 'native', ds.scale, rows, o.fast, { source: `parquet-${mode}` });
      sink.emit(r.record);
      if (mode === 'views' && all.files.reviews && o.loadedCopies && wants(o, 'copies', ds.scale, 'native')) {
        const [{ n }] = await pq.query<{ n: number }>('SELECT count(*) AS n FROM reviews');
        log(`${ds.scale} native: copies over reviews.parquet`);
        sink.emit((await copiesCase(pq, 'native', ds.scale, n, o.provinceCopies, { source: 'parquet-views' })).record);
      }
    } finally {
      await pq.close();
    }
  }
  await nationalSlices(o, sink, ds, all, rows);
}

/** The rules over k provinces' Parquet files as views: the slope towards national data. */
async function nationalSlices(o: BenchOptions, sink: RecordSink, ds: BenchDataset, province: ParquetExport, rows: number): Promise<void> {
  for (const k of o.nationalSlices) {
    const copies = await replicateParquet(province, k, path.resolve(o.out, 'parquet', `${ds.scale}-seed${ds.seed}-x${k}`));
    log(`${ds.scale} ×${k}: parquet written in ${copies.ms} ms ${JSON.stringify(copies.mb)}`);
    const pq = await engineOverParquet(copies.files, 'views');
    try {
      const r = await rulesCase(pq, 'native', ds.scale, rows * k, o.fast, { source: 'parquet-views', provinces: k, parquet_mb: copies.mb });
      sink.emit(r.record);
    } finally {
      await pq.close();
    }
  }
}

/** `npm run build`, its output kept in <out>/build.log and shown only if it fails. */
function buildSite(out: string): void {
  log('npm run build');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(path.join(out, 'build.log'), `${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.status !== 0) throw new Error(`npm run build failed (${r.status ?? r.signal}):\n${r.stderr ?? ''}`);
}

function notMeasured(sink: RecordSink, c: BenchRecord['case'], scale: BenchRecord['scale'], reason: string): void {
  sink.emit({ case: c, scale, engine: 'browser', ms: null, runs: 0, rows: null, peak_mb: null, p95: null, not_measured: reason });
}

export async function runBench(o: BenchOptions): Promise<BenchRecord[]> {
  mkdirSync(o.out, { recursive: true });
  const sink = new RecordSink(path.join(o.out, 'results.jsonl'), runId());
  log(`run ${sink.run}`);
  const started = performance.now();
  const datasets = new Map<Scale, BenchDataset>();
  for (const scale of o.scales) datasets.set(scale, await datasetFor(o, scale));

  for (const scale of o.scales) {
    const ds = datasets.get(scale) as BenchDataset;
    let wasmFlags: string[] | null = null;
    if (o.engines.includes('wasm')) wasmFlags = await nodeEngineCases(o, sink, ds, 'wasm', null);
    if (o.engines.includes('native')) await nodeEngineCases(o, sink, ds, 'native', wasmFlags);
  }

  if (o.engines.includes('browser')) {
    if (o.build) buildSite(o.out);
    if (wants(o, 'bigfile', 'district', 'browser')) await bigfileCase(sink, (await ensureDataset(path.resolve(o.out, 'data'), 'district', o.seed, log)).dir, o.out, { warmup: 0, runs: o.load.runs });
    const province = datasets.get('province');
    const want = (c: BenchCase, scale: Scale): boolean => wants(o, c, scale, 'browser');
    const provinceInTab = (['load', 'rules', 'filter'] as const).some((c) => want(c, 'province'));
    await browserCases(sink, {
      ...o.fast,
      provinceFolder: province && provinceInTab ? tablesFolder(province, false) : null,
      want
    });
    if (!province && !o.only && o.cases.includes('filter'))
      notMeasured(sink, 'filter', 'province', 'province scale not in this run (--quick measures district only)');
    // Last: a province's copy checks in the tab take the longest and may fail; the page loads come first.
    for (const ds of datasets.values())
      if (wants(o, 'copies', ds.scale, 'browser')) {
        log(`${ds.scale} browser: copies with the reviews streamed in the tab`);
        try {
          sink.emit(await browserCopiesCase(ds.dir, ds.scale));
        } catch (err) {
          // At province the tab may not hold the shingle sets of a million reviews: say so, measured or not.
          notMeasured(sink, 'copies', ds.scale, `streamed copies in the tab failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        }
      }
  }
  log(`done in ${Math.round((performance.now() - started) / 1000)} s`);
  process.stderr.write(`\n${runReport(sink.records)}`);
  return sink.records;
}
