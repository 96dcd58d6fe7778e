/**
 * Engine `browser`: the built site (vite preview) in Debian's headless chromium, through the same
 * helpers as the end-to-end test (test/e2e/browser.ts, preview-server.ts).
 * - load/demo: a fresh profile (cold cache) navigates to the site; time from navigation start to
 *   the page's own mark 'soi:dataset-ready' (src/lib/ui/dataset.svelte.ts), once the Overview's
 *   data-testid="dataset-summary" shows the counts.
 * - load/province: the same, with the site's /demo/ folder answered from the province dataset (no
 *   reviews) by the browser's request routing: the app's own fetch → parse → load path, same origin.
 * - rules/province: runAudit in the tab's worker (globalThis.soi.audit), timed inside the page.
 * - filter/province: needs the audit list page; reported as not measured until it exists.
 * Memory: the tab's renderer process (the page and its workers, duckdb-wasm's heap included): its
 * peak RSS from /proc, and the main thread's JS heap from the DevTools protocol.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, watch, type Browser } from '../../../test/e2e/browser';
import { startPreview, type PreviewServer } from '../../../test/e2e/preview-server';
import { peakMb, rendererPids, resetPeak } from '../memory';
import type { BenchCase } from '../options';
import type { BenchRecord, RecordSink } from '../record';
import { log } from '../record';
import { median, p95, round1 } from '../stats';
import { sqlRuleIds } from './rules';

const READY_TIMEOUT = 15 * 60_000;

interface Tab {
  browser: Browser;
  page: Page;
  errors: () => string[];
}

async function openTab(server: PreviewServer, dataFolder: string | null): Promise<Tab> {
  const browser = await launchBrowser();
  const w = watch(browser.context, new URL(server.url).origin);
  if (dataFolder) {
    // The site's demo folder, answered from the bench's dataset: index.json and the table files.
    const names = readdirSync(dataFolder).filter((f) => f.endsWith('.csv')).sort();
    await browser.context.route(/\/demo\/[^/]+$/, (route) => {
      const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
      if (name === 'index.json') return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(names) });
      if (names.includes(name)) return route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', path: path.join(dataFolder, name) });
      return route.fulfill({ status: 404, body: 'not in the bench dataset' });
    });
  }
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  w.watchPage(page);
  return { browser, page, errors: () => [...w.errors, ...w.foreign().map((u) => `foreign request: ${u}`)] };
}

/** Navigates and waits for the dataset to be ready; returns the page's navigation → ready time. */
async function navigateToReady(tab: Tab, url: string): Promise<number> {
  await tab.page.goto(url);
  await tab.page.waitForFunction(
    () => performance.getEntriesByName('soi:dataset-ready').length > 0 || document.querySelector('[role="alert"]') !== null,
    undefined,
    { timeout: READY_TIMEOUT, polling: 100 }
  );
  const ready = await tab.page.evaluate(() => performance.getEntriesByName('soi:dataset-ready')[0]?.startTime ?? null);
  if (ready === null) throw new Error(`the dataset was not loaded: ${await tab.page.getByRole('alert').first().innerText()}`);
  const ratings = tab.page.getByTestId('dataset-summary').locator('[data-count="ratings"]');
  await ratings.waitFor({ state: 'visible' });
  if (!/\d/.test((await ratings.textContent()) ?? '')) throw new Error('the summary shows no ratings count');
  return ready;
}

/** The tab's memory now: peak RSS of its renderer process (MB) and the page's used JS heap (MB). */
async function tabMemory(tab: Tab): Promise<{ peak: number; jsHeap: number }> {
  const peak = Math.max(0, ...rendererPids().map((pid) => peakMb(pid)));
  const cdp = await tab.browser.context.newCDPSession(tab.page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return { peak: round1(peak), jsHeap: round1(heap / 1048576) };
}

async function loadedRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const soi = (globalThis as unknown as { soi: { query(sql: string): Promise<{ n: number }[]> } }).soi;
    const tables = (await soi.query(`SELECT table_name AS n FROM information_schema.tables WHERE table_name IN ('units','people','ratings','reviews','disciplines')`)).map(
      (r) => r.n as unknown as string
    );
    let total = 0;
    for (const t of tables) total += (await soi.query(`SELECT count(*) AS n FROM ${t}`))[0].n;
    return total;
  });
}

export interface BrowserOptions {
  warmup: number;
  runs: number;
  /** The province dataset's table folder without reviews; null: province cases not run. */
  provinceFolder: string | null;
  cases: readonly BenchCase[];
}

interface Run {
  ms: number;
  peak: number;
  jsHeap: number;
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
    js_heap_mb: round1(Math.max(...runs.map((r) => r.jsHeap))),
    ...extra
  };
}

/** Page loads in fresh profiles; the last tab is returned open when `keep`. */
async function pageLoads(server: PreviewServer, folder: string | null, o: BrowserOptions, keep: boolean): Promise<{ runs: Run[]; rows: number; tab: Tab | null }> {
  const runs: Run[] = [];
  let rows = 0;
  let kept: Tab | null = null;
  for (let i = 0; i < o.warmup + o.runs; i++) {
    const tab = await openTab(server, folder);
    const last = i === o.warmup + o.runs - 1;
    try {
      const ms = await navigateToReady(tab, server.url);
      const mem = await tabMemory(tab);
      const errors = tab.errors();
      if (errors.length) throw new Error(`the page reported errors: ${errors.slice(0, 3).join(' | ')}`);
      if (i >= o.warmup) runs.push({ ms, peak: mem.peak, jsHeap: mem.jsHeap });
      if (last) rows = await loadedRows(tab.page);
      log(`  browser load ${folder ? 'province' : 'demo'} run ${i + 1}: ${Math.round(ms)} ms, tab peak ${mem.peak} MB`);
    } finally {
      if (last && keep) kept = tab;
      else await tab.browser.close();
    }
  }
  return { runs, rows, tab: kept };
}

async function rulesInTab(tab: Tab, o: BrowserOptions): Promise<{ runs: Run[]; flags: number; perRule: Record<string, number>; notRun: Record<string, string> }> {
  const only = sqlRuleIds();
  const runs: Run[] = [];
  const perRuleSamples = new Map<string, number[]>();
  const notRun: Record<string, string> = {};
  let flags = 0;
  for (let i = 0; i < o.warmup + o.runs; i++) {
    for (const pid of rendererPids()) resetPeak(pid);
    const r = await tab.page.evaluate(async (ids) => {
      const soi = (globalThis as unknown as { soi: { audit(p: { only: string[] }): Promise<{ flags: unknown[]; outcomes: { rule: string; status: string; ms?: number; reason?: string; error?: string }[] }> } }).soi;
      const t0 = performance.now();
      const res = await soi.audit({ only: ids });
      return { ms: performance.now() - t0, flags: res.flags.length, outcomes: res.outcomes };
    }, only);
    const mem = await tabMemory(tab);
    if (i < o.warmup) continue;
    runs.push({ ms: r.ms, peak: mem.peak, jsHeap: mem.jsHeap });
    flags = r.flags;
    for (const oc of r.outcomes) {
      if (oc.status === 'ran') perRuleSamples.set(oc.rule, [...(perRuleSamples.get(oc.rule) ?? []), oc.ms ?? 0]);
      else notRun[oc.rule] = `${oc.status}: ${oc.reason ?? oc.error ?? ''}`;
    }
  }
  const perRule = Object.fromEntries([...perRuleSamples].map(([k, v]) => [k, round1(median(v))]));
  return { runs, flags, perRule, notRun };
}

export async function browserCases(sink: RecordSink, o: BrowserOptions): Promise<void> {
  const server = await startPreview();
  try {
    if (o.cases.includes('load')) {
      log('browser: demo page load');
      const demo = await pageLoads(server, null, o, false);
      sink.emit(record('load', 'demo', demo.runs, demo.rows, { measured: 'navigation start → soi:dataset-ready (Overview shows the counts), cold profile' }));
    }
    if (!o.provinceFolder || !o.cases.some((c) => c === 'load' || c === 'rules' || c === 'filter')) return;

    log('browser: province load');
    const prov = await pageLoads(server, o.provinceFolder, o, true);
    if (o.cases.includes('load'))
      sink.emit(record('load', 'province', prov.runs, prov.rows, { measured: 'navigation start → soi:dataset-ready, /demo/ answered from the province tables (no reviews)', reviews: false }));
    const tab = prov.tab as Tab;
    try {
      if (o.cases.includes('rules')) {
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
      if (o.cases.includes('filter'))
        sink.emit({
          case: 'filter', scale: 'province', engine: 'browser', ms: null, runs: 0, rows: prov.rows, peak_mb: null, p95: null,
          not_measured: 'the audit list page (Danh sách cảnh báo, /flags/) is not built yet: there is no filter to change'
        });
    } finally {
      await tab.browser.close();
    }
  } finally {
    await server.stop();
  }
}
