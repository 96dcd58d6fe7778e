/**
 * Engine `browser`: the built site (vite preview) in Debian's headless chromium, through the same
 * helpers as the end-to-end test (test/e2e/browser.ts, preview-server.ts).
 * - load/demo: a fresh profile (cold cache) navigates to the site; time from navigation start to
 *   the page's own mark 'soi:dataset-ready' (src/lib/ui/dataset.svelte.ts), once the Overview's
 *   data-testid="dataset-summary" shows the counts.
 * - load/province: the same, with the site's /demo/ folder answered from the province dataset (no
 *   reviews) by a same-origin front (dataset-proxy.ts): the app's own fetch → parse → load path.
 * - rules/province: runAudit in the tab's worker (globalThis.soi.audit), timed inside the page.
 * - filter/province: needs the audit list page; reported as not measured until it exists.
 * Memory: the tab's renderer process (the page and its workers, duckdb-wasm's heap included): its
 * peak RSS from /proc, and the main thread's JS heap from the DevTools protocol.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, watch, type Browser } from '../../../test/e2e/browser';
import { startPreview } from '../../../test/e2e/preview-server';
import { startDatasetProxy } from './dataset-proxy';
import { applyChange, filterChanges, openAuditList, type FilterSample } from './filter';
import { cpuMsOf, peakMb, rendererPids, resetPeak } from '../memory';
import type { Scale } from '../datasets';
import type { BenchCase } from '../selection';
import type { BenchRecord, RecordSink } from '../record';
import { log } from '../record';
import { median, p95, round1 } from '../stats';
import { sqlRuleIds } from './rules';
import { SETTINGS_KEY } from '../../lib/settings/rule-settings';
import type { SoiTestHooks } from '../../lib/ui/test-hooks';

const READY_TIMEOUT = 15 * 60_000;

interface Tab {
  browser: Browser;
  page: Page;
  errors: () => string[];
  /** The worker's last progress message (stage, fraction, file), and whether the tab crashed. */
  lastProgress: () => string | null;
  crashed: () => boolean;
}

async function openTab(server: { url: string }): Promise<Tab> {
  const browser = await launchBrowser();
  const w = watch(browser.context, new URL(server.url).origin);
  await browser.context.addInitScript(recordLoadStages);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  w.watchPage(page);
  let progress: string | null = null;
  let crashed = false;
  page.on('console', (m) => {
    if (m.text().startsWith('soi-progress ')) progress = m.text().slice('soi-progress '.length);
  });
  page.on('crash', () => (crashed = true));
  return {
    browser,
    page,
    errors: () => [...w.errors, ...w.foreign().map((u) => `foreign request: ${u}`)],
    lastProgress: () => progress,
    crashed: () => crashed
  };
}

/**
 * Runs in the page before its own scripts: listens (only listens) to the app's worker and keeps the
 * time per stage the worker reports with each load result (protocol.ts LoadResult.ms).
 */
function recordLoadStages(): void {
  const g = globalThis as unknown as { Worker: typeof Worker; __soiLoadStages: Record<string, number>[]; __soiLoadTimelines: Record<string, number>[]; __soiProgress: unknown };
  g.__soiLoadStages = [];
  g.__soiLoadTimelines = [];
  g.__soiProgress = null;
  const Original = g.Worker;
  g.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent) => {
        const d = e.data as { type?: string; result?: { ms?: Record<string, number>; timeline?: Record<string, number>; accepted?: boolean } } | null;
        if (d?.type === 'result' && d.result?.ms && typeof d.result.accepted === 'boolean') {
          g.__soiLoadStages.push(d.result.ms);
          g.__soiLoadTimelines.push(d.result.timeline ?? {});
        }
        if (d?.type === 'progress') {
          g.__soiProgress = (d as { progress?: unknown }).progress;
          // Where a load got to, readable from outside even if the tab dies (console is relayed).
          console.debug(`soi-progress ${JSON.stringify(g.__soiProgress)}`);
        }
      });
    }
  };
}

async function loadStages(page: Page): Promise<Record<string, number> | null> {
  return page.evaluate(() => (globalThis as unknown as { __soiLoadStages?: Record<string, number>[] }).__soiLoadStages?.at(-1) ?? null);
}

/**
 * Where the first load's time went, in ms since navigation start: the worker's steps (its start, the
 * wasm requested, downloaded, compiled, instantiated, DuckDB ready; the dataset fetched, parsed,
 * loaded, summarised) and the page's (first contentful paint, worker created, ready, the counts painted).
 */
async function loadTimeline(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => performance.getEntriesByName('soi:dataset-painted').length > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const g = globalThis as unknown as { __soiLoadTimelines?: Record<string, number>[] };
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(g.__soiLoadTimelines?.[0] ?? {})) out[k] = v - performance.timeOrigin;
    const marks: [string, string][] = [['firstContentfulPaint', 'first-contentful-paint'], ['workerCreated', 'soi:worker-created'], ['ready', 'soi:dataset-ready'], ['painted', 'soi:dataset-painted']];
    for (const [k, name] of marks) {
      const entry = performance.getEntriesByName(name)[0];
      if (entry) out[k] = entry.startTime;
    }
    return out;
  });
}

/** The engine's own start in a timeline: the wasm requested → DuckDB ready (fetched, compiled, instantiated, opened). */
function engineStartMs(t: Record<string, number> | null): number | null {
  return t && t.engineReady !== undefined && t.wasmRequested !== undefined ? t.engineReady - t.wasmRequested : null;
}

/** Closes the browser; a failure to clean up (e.g. after a crash) is logged, not thrown over the real error. */
async function closeTab(tab: Tab): Promise<void> {
  try {
    await tab.browser.close();
  } catch (err) {
    log(`  closing the browser: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Navigates and waits for the dataset to be ready; returns the page's navigation → ready time. */
export class TabCrashed extends Error {}

async function navigateToReady(tab: Tab, url: string): Promise<number> {
  await tab.page.goto(url);
  try {
    await tab.page.waitForFunction(
      () => performance.getEntriesByName('soi:dataset-ready').length > 0 || document.querySelector('[role="alert"]') !== null,
      undefined,
      { timeout: READY_TIMEOUT, polling: 100 }
    );
  } catch (err) {
    if (!tab.crashed()) throw err;
    const peak = Math.max(0, ...rendererPids().map((pid) => { try { return peakMb(pid); } catch { return 0; } }));
    throw new TabCrashed(`the tab crashed while loading (last progress: ${tab.lastProgress() ?? 'none'}; renderer peak seen ${round1(peak)} MB)`);
  }
  const ready = await tab.page.evaluate(() => performance.getEntriesByName('soi:dataset-ready')[0]?.startTime ?? null);
  if (ready === null) throw new Error(`the dataset was not loaded: ${await tab.page.getByRole('alert').first().innerText()}`);
  const ratings = tab.page.getByTestId('dataset-summary').locator('[data-count="ratings"]');
  await ratings.waitFor({ state: 'visible' });
  if (!/\d/.test((await ratings.textContent()) ?? '')) throw new Error('the summary shows no ratings count');
  return ready;
}

/** The tab's memory now: peak RSS of its renderer process (MB) and the page's used JS heap (MB). */
async function tabMemory(tab: Tab): Promise<{ peak: number; jsHeap: number; cpu: number }> {
  const pids = rendererPids();
  const peak = Math.max(0, ...pids.map((pid) => peakMb(pid)));
  const cpu = pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const cdp = await tab.browser.context.newCDPSession(tab.page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return { peak: round1(peak), jsHeap: round1(heap / 1048576), cpu };
}

/**
 * Loads the same dataset again in the open tab (engine started, module compiled) and returns the
 * worker's time per stage: the difference from the first load is what starting the engine costs.
 */
async function warmReload(page: Page): Promise<{ ms: number; stages: Record<string, number> }> {
  return page.evaluate(async () => {
    const soi = globalThis.soi as SoiTestHooks;
    const t0 = performance.now();
    const r = await soi.load('demo');
    if (!r.accepted) throw new Error('reload refused');
    return { ms: Math.round(performance.now() - t0), stages: r.ms };
  });
}

async function loadedRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const soi = globalThis.soi as SoiTestHooks;
    const tables = (await soi.query<{ n: string }>(`SELECT table_name AS n FROM information_schema.tables WHERE table_name IN ('units','people','ratings','reviews','disciplines')`)).map(
      (r) => r.n as unknown as string
    );
    let total = 0;
    for (const t of tables) total += (await soi.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0].n;
    return total;
  });
}

export interface BrowserOptions {
  warmup: number;
  runs: number;
  /** The province dataset's table folder without reviews; null: province cases not run. */
  provinceFolder: string | null;
  /** Whether the run measures this case at this scale in the browser. */
  want: (c: BenchCase, scale: Scale) => boolean;
}

export interface Run {
  ms: number;
  /** The worker's time per stage for this load ('engine': waiting for DuckDB to start, overlapped with 'fetch'). */
  stages: Record<string, number> | null;
  /** First visits: ms since navigation start at which each step ended (loadTimeline). */
  timeline?: Record<string, number> | null;
  peak: number;
  jsHeap: number;
  /** CPU time of the tab's renderer processes during the run. */
  cpu: number;
}

/** Median of each key over the records that have it. */
function medianOfKeys(records: readonly (Record<string, number> | null | undefined)[]): Record<string, number> | null {
  const present = records.filter((x): x is Record<string, number> => !!x && Object.keys(x).length > 0);
  if (!present.length) return null;
  const keys = [...new Set(present.flatMap((s) => Object.keys(s)))];
  return Object.fromEntries(keys.map((k) => [k, round1(median(present.filter((s) => k in s).map((s) => s[k])))]));
}

/** Median of each worker stage, and for first visits of each step of the timeline, with the engine's own start and ready ÷ that. */
function medianStages(runs: readonly Run[]): { stages_ms?: Record<string, number>; timeline_ms?: Record<string, number>; engine_start_ms?: number; ready_over_engine_start?: number } {
  const stages = medianOfKeys(runs.map((r) => r.stages));
  const timeline = medianOfKeys(runs.map((r) => r.timeline));
  const starts = runs.map((r) => ({ ms: r.ms, engine: engineStartMs(r.timeline ?? null) })).filter((x): x is { ms: number; engine: number } => x.engine !== null && x.engine > 0);
  return {
    ...(stages ? { stages_ms: stages } : {}),
    ...(timeline ? { timeline_ms: timeline } : {}),
    ...(starts.length
      ? { engine_start_ms: round1(median(starts.map((x) => x.engine))), ready_over_engine_start: Math.round(median(starts.map((x) => x.ms / x.engine)) * 100) / 100 }
      : {})
  };
}

function record(c: BenchRecord['case'], scale: BenchRecord['scale'], runs: Run[], rows: number | null, extra: Record<string, unknown>): BenchRecord {
  const ms = runs.map((r) => r.ms);
  return {
    case: c,
    scale,
    engine: 'browser',
    ms: round1(median(ms)),
    runs: runs.length,
    rows,
    peak_mb: round1(Math.max(...runs.map((r) => r.peak))),
    p95: round1(p95(ms)),
    samples: ms.map(round1),
    cpu_ms: round1(median(runs.map((r) => r.cpu))),
    ...medianStages(runs),
    js_heap_mb: round1(Math.max(...runs.map((r) => r.jsHeap))),
    ...extra
  };
}

/** Page loads in fresh profiles; the last tab is returned open when `keep`. */
interface PageLoads {
  /** First visit: a fresh profile, nothing cached. */
  cold: Run[];
  /** The same page navigated to again in that profile: HTTP cache and compiled wasm cached. */
  warm: Run[];
  rows: number;
  reload: { ms: number; stages: Record<string, number> } | null;
  tab: Tab | null;
}

const rendererCpu = (): number => rendererPids().reduce((sum, pid) => sum + cpuMsOf(pid), 0);

/** Page loads in fresh profiles, each followed by a second visit when `revisit`; the last tab stays open when `keep`. */
async function pageLoads(server: { url: string }, what: 'demo' | 'province', o: BrowserOptions, opts: { keep: boolean; revisit: boolean }): Promise<PageLoads> {
  const out: PageLoads = { cold: [], warm: [], rows: 0, reload: null, tab: null };
  for (let i = 0; i < o.warmup + o.runs; i++) {
    const tab = await openTab(server);
    const timed = i >= o.warmup;
    const last = i === o.warmup + o.runs - 1;
    let ok = false;
    try {
      const ms = await navigateToReady(tab, server.url);
      // A fresh browser: its renderers' CPU time so far is the page load's.
      const mem = await tabMemory(tab);
      if (timed) out.cold.push({ ms, stages: await loadStages(tab.page), timeline: await loadTimeline(tab.page), peak: mem.peak, jsHeap: mem.jsHeap, cpu: mem.cpu });
      log(`  browser ${what} first visit ${i + 1}: ${Math.round(ms)} ms, tab peak ${mem.peak} MB`);
      if (opts.revisit) {
        for (const pid of rendererPids()) resetPeak(pid);
        const cpu0 = rendererCpu();
        const again = await navigateToReady(tab, server.url);
        const m2 = await tabMemory(tab);
        if (timed) out.warm.push({ ms: again, stages: await loadStages(tab.page), peak: m2.peak, jsHeap: m2.jsHeap, cpu: rendererCpu() - cpu0 });
        log(`  browser ${what} second visit ${i + 1}: ${Math.round(again)} ms`);
      }
      const errors = tab.errors();
      if (errors.length) throw new Error(`the page reported errors: ${errors.slice(0, 3).join(' | ')}`);
      if (last) {
        out.rows = await loadedRows(tab.page);
        // Only where memory allows a second copy in the tab for a moment.
        if (!opts.keep) out.reload = await warmReload(tab.page);
      }
      ok = true;
    } finally {
      if (last && opts.keep && ok) out.tab = tab;
      else await closeTab(tab);
    }
  }
  return out;
}

async function rulesInTab(tab: Tab, o: BrowserOptions): Promise<{ runs: Run[]; flags: number; perRule: Record<string, number>; notRun: Record<string, string> }> {
  const only = sqlRuleIds();
  const runs: Run[] = [];
  const perRuleSamples = new Map<string, number[]>();
  const notRun: Record<string, string> = {};
  let flags = 0;
  for (let i = 0; i < o.warmup + o.runs; i++) {
    for (const pid of rendererPids()) resetPeak(pid);
    const cpu0 = rendererPids().reduce((sum, pid) => sum + cpuMsOf(pid), 0);
    const r = await tab.page.evaluate(async (ids) => {
      const soi = globalThis.soi as SoiTestHooks;
      const t0 = performance.now();
      const res = await soi.audit({ only: ids });
      return { ms: performance.now() - t0, flags: res.flags.length, outcomes: res.outcomes };
    }, only);
    const mem = await tabMemory(tab);
    if (i < o.warmup) continue;
    runs.push({ ms: r.ms, stages: null, peak: mem.peak, jsHeap: mem.jsHeap, cpu: mem.cpu - cpu0 });
    flags = r.flags;
    for (const oc of r.outcomes) {
      if (oc.status === 'ran') perRuleSamples.set(oc.rule, [...(perRuleSamples.get(oc.rule) ?? []), oc.ms ?? 0]);
      else notRun[oc.rule] = `${oc.status}: ${oc.status === 'skipped' ? oc.reason : oc.error}`;
    }
  }
  const perRule = Object.fromEntries([...perRuleSamples].map(([k, v]) => [k, round1(median(v))]));
  return { runs, flags, perRule, notRun };
}

/** Median and max per filter, split into setting a value and clearing it: where the slow changes are. */
function byFilter(samples: readonly FilterSample[]): Record<string, { n: number; median: number; max: number }> {
  const groups = new Map<string, number[]>();
  for (const s of samples) {
    const key = `${s.testid}${s.value === '' ? ' (clear)' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), s.ms]);
  }
  return Object.fromEntries([...groups].map(([k, v]) => [k, { n: v.length, median: round1(median(v)), max: round1(Math.max(...v)) }]));
}

/** Filter changes on the audit list of the loaded dataset: warm-up changes first, then the timed ones. */
async function filterCase(tab: Tab, o: BrowserOptions, datasetRows: number, extra: Record<string, unknown> = {}): Promise<BenchRecord> {
  const flags = await openAuditList(tab.page);
  const changes = await filterChanges(tab.page);
  const warmup = Math.min(changes.length - 1, 4 * o.warmup);
  for (const c of changes.slice(0, warmup)) await applyChange(tab.page, c);
  for (const pid of rendererPids()) resetPeak(pid);
  const cpu0 = rendererCpu();
  const samples: FilterSample[] = [];
  for (const c of changes.slice(warmup)) samples.push(await applyChange(tab.page, c));
  const mem = await tabMemory(tab);
  const ms = samples.map((s) => s.ms);
  const frames = samples.map((s) => s.toFrameMs);
  const slowest = [...samples].sort((a, b) => b.ms - a.ms)[0];
  return {
    case: 'filter',
    scale: 'province',
    engine: 'browser',
    ms: round1(median(ms)),
    runs: samples.length,
    rows: flags,
    peak_mb: mem.peak,
    p95: round1(p95(ms)),
    cpu_ms: round1((rendererCpu() - cpu0) / samples.length),
    measured: 'input event → soi:filter-applied (the audit list updated), in the page',
    to_frame_ms: round1(median(frames)),
    to_frame_p95: round1(p95(frames)),
    max_ms: round1(slowest.ms),
    slowest: `${slowest.testid} = "${slowest.value}"`,
    by_filter: byFilter(samples),
    dataset_rows: datasetRows,
    js_heap_mb: mem.jsHeap,
    ...extra
  };
}

/**
 * The generated province has 414 non-text flags; a real one may have far more. An earlier deadline
 * for grassroots ratings (late_rating, set as a user would on the Settings page, stored in
 * localStorage) flags ≈ 50,000 ratings, enough to make the list's own work the cost of a change.
 */
const MANY_FLAGS = { params: { late_rating: { deadlines: { default: { grassroots: '12-04', district: '12-20' } } } }, label: 'late_rating grassroots deadline 12-04' };

async function manyFlagsFilterCase(tab: Tab, o: BrowserOptions, url: string, datasetRows: number): Promise<BenchRecord> {
  await tab.page.evaluate(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, JSON.stringify(MANY_FLAGS.params)] as const);
  try {
    await navigateToReady(tab, url);
    return await filterCase(tab, o, datasetRows, { rule_params: MANY_FLAGS.label });
  } finally {
    await tab.page.evaluate((key) => localStorage.removeItem(key), SETTINGS_KEY);
  }
}

export async function browserCases(sink: RecordSink, o: BrowserOptions): Promise<void> {
  const server = await startPreview();
  const stops: (() => Promise<void>)[] = [];
  try {
    if (o.want('load', 'demo')) {
      log('browser: demo page load');
      const demo = await pageLoads(server, 'demo', o, { keep: false, revisit: true });
      const measured = 'navigation start → soi:dataset-ready (the Overview shows the counts)';
      sink.emit(
        record('load', 'demo', demo.cold, demo.rows, {
          visit: 'first', measured: `${measured}; fresh profile, nothing cached`,
          // The worker's stages when the same tab loads the demo again (engine started): parse, load…
          reload_in_tab_ms: demo.reload?.ms,
          reload_in_tab_stages_ms: demo.reload?.stages
        })
      );
      sink.emit(record('load', 'demo', demo.warm, demo.rows, { visit: 'second', measured: `${measured}; same profile again (HTTP cache, compiled wasm cached)` }));
    }
    if (!o.provinceFolder || !(['load', 'rules', 'filter'] as const).some((c) => o.want(c, 'province'))) return;

    log('browser: province load');
    let prov: PageLoads;
    const proxy = await startDatasetProxy(server.url, o.provinceFolder);
    stops.push(proxy.stop);
    try {
      prov = await pageLoads(proxy, 'province', o, { keep: true, revisit: false });
    } catch (err) {
      if (!(err instanceof TabCrashed)) throw err;
      log(`  ${err.message}`);
      for (const c of ['load', 'rules', 'filter'] as const)
        if (o.want(c, 'province'))
          sink.emit({
            case: c, scale: 'province', engine: 'browser', ms: null, runs: 0, rows: null, peak_mb: null, p95: null,
            not_measured: c === 'load' ? err.message : 'the province dataset could not be loaded in the tab (see the load case)'
          });
      return;
    }
    if (o.want('load', 'province'))
      sink.emit(record('load', 'province', prov.cold, prov.rows, { measured: 'navigation start → soi:dataset-ready, /demo/ answered from the province tables (no reviews)', reviews: false }));
    const tab = prov.tab as Tab;
    try {
      if (o.want('rules', 'province')) {
        log('browser: province rules');
        const rules = await rulesInTab(tab, o);
        sink.emit(
          record('rules', 'province', rules.runs, prov.rows, {
            rules: sqlRuleIds().length,
            per_rule_ms: rules.perRule,
            ...(Object.keys(rules.notRun).length ? { not_run: rules.notRun } : {}),
            flags: rules.flags
          })
        );
      }
      if (o.want('filter', 'province')) {
        log('browser: province filter changes on the audit list');
        sink.emit(await filterCase(tab, o, prov.rows));
        log('browser: province filter changes with ≈ 50,000 flags');
        sink.emit(await manyFlagsFilterCase(tab, o, proxy.url, prov.rows));
      }
    } finally {
      await tab.browser.close();
    }
  } finally {
    for (const stop of stops) await stop();
    await server.stop();
  }
}
