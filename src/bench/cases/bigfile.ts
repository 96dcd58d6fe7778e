/**
 * Case `bigfile` (engine browser): a dataset with a ~200 MB reviews.csv picked on the Load data page
 * of the built site in headless chromium, the way a user loads files. Does the page show progress,
 * and does it stay responsive while the file is read, parsed and loaded?
 *
 * Input: the district dataset (units, people, ratings, disciplines) with its reviews.csv cut at a
 * record boundary after `targetMb` (cached as <out>/bigfile/district-seed<N>-reviews<MB>mb, the other
 * tables hard-linked).
 * Measured in the page, from the file input's change event to the accepted (or refused) notice:
 * - progress: the worker's progress messages and the visible changes of the progress bar (count,
 *   spacing: median and longest gap);
 * - the main thread: the longest long task (PerformanceObserver 'longtask') and the longest gap
 *   between animation frames (a requestAnimationFrame probe): a frozen page shows as a long gap;
 * - the tab's memory: its renderer's peak RSS (/proc) and the page's JS heap (DevTools protocol).
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, watch } from '../../../test/e2e/browser';
import { startPreview } from '../../../test/e2e/preview-server';
import { cpuMsOf, peakMb, rendererPids, resetPeak } from '../memory';
import type { Runs } from '../options';
import { log, type BenchRecord, type RecordSink } from '../record';
import { median, round1 } from '../stats';
import type { SoiTestHooks } from '../../lib/ui/test-hooks';

const TABLES = ['units.csv', 'people.csv', 'ratings.csv', 'disciplines.csv'];
const LOAD_TIMEOUT = 20 * 60_000;

/**
 * The dataset folder with reviews.csv cut to about `targetMb`: the first records whose bytes reach
 * the target, ending where a quoted text ends and the next record (an id, a year) begins.
 */
export function bigReviewsFolder(districtDir: string, targetMb: number, cacheDir: string): string {
  const dir = path.join(cacheDir, `${path.basename(districtDir)}-reviews${targetMb}mb`);
  const reviews = path.join(dir, 'reviews.csv');
  if (existsSync(reviews)) return dir;
  const source = path.join(districtDir, 'reviews.csv');
  const target = targetMb * 1024 * 1024;
  if (statSync(source).size < target) throw new Error(`${source} is smaller than ${targetMb} MB`);
  const tmp = `${dir}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const t of TABLES) linkSync(path.join(districtDir, t), path.join(tmp, t));
  const input = openSync(source, 'r');
  const output = openSync(path.join(tmp, 'reviews.csv'), 'w');
  try {
    const chunk = Buffer.alloc(8 * 1024 * 1024);
    let copied = 0;
    for (;;) {
      const n = readSync(input, chunk, 0, chunk.length, copied);
      if (n === 0) throw new Error(`no record boundary after ${targetMb} MB in ${source}`);
      let end = n;
      if (copied + n >= target) {
        // A record ends with the closing quote of its text; the next starts with "<id>,<year>,".
        const text = chunk.subarray(0, n).toString('latin1');
        const re = /"\r?\n(?=[A-Za-z0-9_]+,\d{4},)/g;
        re.lastIndex = Math.max(0, target - copied);
        const m = re.exec(text);
        if (m) end = m.index + m[0].length;
      }
      writeSync(output, chunk, 0, end);
      copied += end;
      if (end < n) break;
    }
  } finally {
    closeSync(input);
    closeSync(output);
  }
  renameSync(tmp, dir);
  return dir;
}

/** Runs in the page before its scripts: only watches (timestamps from performance.now()). */
function installProbes(): void {
  type Probe = {
    start: number | null;
    end: number | null;
    outcome: string | null;
    longTasks: number[];
    frameGaps: number[];
    shown: { t: number; text: string; value: string | null }[];
    messages: { t: number; stage: string; fraction: number | null }[];
  };
  const probe: Probe = { start: null, end: null, outcome: null, longTasks: [], frameGaps: [], shown: [], messages: [] };
  (globalThis as unknown as { __bigfile: Probe }).__bigfile = probe;
  const measuring = () => probe.start !== null && probe.end === null;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (probe.start !== null && e.startTime >= probe.start && probe.end === null) probe.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });

  let last = 0;
  const frame = (t: number) => {
    if (measuring() && last) probe.frameGaps.push(t - last);
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  document.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).type === 'file' && probe.start === null) probe.start = performance.now();
  }, true);

  let lastShown = '';
  new MutationObserver(() => {
    if (probe.start === null || probe.end !== null) return;
    const box = document.querySelector('[data-testid="load-progress"]');
    if (box) {
      const bar = box.querySelector('progress');
      const value = bar?.getAttribute('value') ?? null;
      const text = box.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (`${text}|${value}` !== lastShown) {
        lastShown = `${text}|${value}`;
        probe.shown.push({ t: performance.now(), text, value });
      }
      return;
    }
    const done = document.querySelector('[data-testid="import-accepted"], [data-testid="import-refused"], [role="alert"]');
    if (done && probe.shown.length) {
      probe.end = performance.now();
      probe.outcome = done.getAttribute('data-testid') ?? done.textContent ?? 'alert';
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value'] });

  const Original = globalThis.Worker;
  globalThis.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent) => {
        const d = e.data as { type?: string; progress?: { stage: string; fraction: number | null } } | null;
        if (d?.type === 'progress' && d.progress && measuring()) probe.messages.push({ t: performance.now(), stage: d.progress.stage, fraction: d.progress.fraction });
      });
    }
  };
}

interface Probe {
  start: number;
  end: number;
  outcome: string;
  longTasks: number[];
  frameGaps: number[];
  shown: { t: number; text: string; value: string | null }[];
  messages: { t: number; stage: string; fraction: number | null }[];
}

const gaps = (times: readonly number[]): number[] => times.slice(1).map((t, i) => t - times[i]);

async function jsHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return round1((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576);
}

/** Polls the probe until the load ends; says where it is every 30 s (a stuck load shows where it stopped). */
async function waitForEnd(page: Page): Promise<void> {
  const t0 = Date.now();
  let said = t0;
  for (;;) {
    const state = await page.evaluate(() => {
      const p = (globalThis as unknown as { __bigfile: Probe }).__bigfile;
      return { started: p.start !== null, ended: p.end !== null, shown: p.shown.length, last: p.messages.at(-1) ?? null };
    });
    if (state.ended) return;
    if (Date.now() - t0 > LOAD_TIMEOUT) throw new Error(`the load did not end in ${LOAD_TIMEOUT / 60_000} min: ${JSON.stringify(state)}`);
    if (Date.now() - said >= 30_000) {
      said = Date.now();
      log(`  after ${Math.round((said - t0) / 1000)} s: ${JSON.stringify(state)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface Run {
  ms: number;
  probe: Probe;
  peak: number;
  jsHeap: number;
  cpu: number;
  rows: number;
}

async function pickAndLoad(siteUrl: string, folder: string): Promise<Run> {
  const browser = await launchBrowser();
  try {
    const w = watch(browser.context, new URL(siteUrl).origin);
    // As source text: tsx names functions through a helper (__name) that the page does not have.
    await browser.context.addInitScript({ content: `var __name = (f) => f; (${installProbes.toString()})();` });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    w.watchPage(page);
    await page.goto(new URL('import/', siteUrl).href);
    // The demo loads on the first visit: let it finish, so that only the picked files are measured.
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    for (const pid of rendererPids()) resetPeak(pid);
    const cpu0 = rendererPids().reduce((s, pid) => s + cpuMsOf(pid), 0);
    await page.getByTestId('pick-files').setInputFiles([...TABLES, 'reviews.csv'].map((f) => path.join(folder, f)));
    await waitForEnd(page);
    const peak = Math.max(0, ...rendererPids().map((pid) => peakMb(pid)));
    const cpu = rendererPids().reduce((s, pid) => s + cpuMsOf(pid), 0) - cpu0;
    const probe = await page.evaluate(() => (globalThis as unknown as { __bigfile: Probe }).__bigfile);
    if (probe.outcome !== 'import-accepted') throw new Error(`the dataset was not accepted: ${probe.outcome}`);
    const rows = await page.evaluate(async () => {
      const soi = globalThis.soi as SoiTestHooks;
      return (await soi.query<{ n: number }>('SELECT count(*)::INT AS n FROM reviews'))[0].n;
    });
    const errors = [...w.errors, ...w.foreign()];
    if (errors.length) throw new Error(`the page reported errors: ${errors.slice(0, 3).join(' | ')}`);
    return { ms: probe.end - probe.start, probe, peak: round1(peak), jsHeap: await jsHeapMb(page), cpu, rows };
  } finally {
    await browser.close();
  }
}

export async function bigfileCase(sink: RecordSink, districtDir: string, out: string, runs: Runs, targetMb = 200): Promise<void> {
  const folder = bigReviewsFolder(districtDir, targetMb, path.join(out, 'bigfile'));
  const reviewsMb = round1(statSync(path.join(folder, 'reviews.csv')).size / 1048576);
  log(`bigfile: ${folder} (reviews.csv ${reviewsMb} MB)`);
  const server = await startPreview();
  try {
    const done: Run[] = [];
    for (let i = 0; i < runs.warmup + runs.runs; i++) {
      const r = await pickAndLoad(server.url, folder);
      log(`  bigfile run ${i + 1}: ${Math.round(r.ms)} ms, ${r.probe.messages.length} progress messages, longest frame gap ${Math.round(Math.max(0, ...r.probe.frameGaps))} ms, tab peak ${r.peak} MB`);
      if (i >= runs.warmup) done.push(r);
    }
    const last = done[done.length - 1];
    const p = last.probe;
    const shownGaps = gaps([p.start, ...p.shown.map((s) => s.t), p.end]);
    const messageGaps = gaps([p.start, ...p.messages.map((m) => m.t), p.end]);
    const stages = [...new Set(p.messages.map((m) => m.stage))];
    // Each stage from its first progress message to the next stage's (the last one to the notice).
    const firstAt = stages.map((st) => p.messages.find((m) => m.stage === st)!.t);
    const stageMs = Object.fromEntries(stages.map((st, i) => [st, round1((firstAt[i + 1] ?? p.end) - firstAt[i])]));
    const record: BenchRecord = {
      case: 'bigfile',
      scale: 'district',
      engine: 'browser',
      ms: round1(median(done.map((r) => r.ms))),
      runs: done.length,
      rows: last.rows,
      peak_mb: round1(Math.max(...done.map((r) => r.peak))),
      samples: done.map((r) => round1(r.ms)),
      measured: 'Load data page: file input change → accepted notice; the last run’s progress and main-thread figures',
      reviews_csv_mb: reviewsMb,
      progress_messages: p.messages.length,
      progress_stages_ms: stageMs,
      progress_shown: p.shown.length,
      progress_shown_gap_median_ms: round1(median(shownGaps)),
      progress_shown_gap_max_ms: round1(Math.max(...shownGaps)),
      progress_message_gap_max_ms: round1(Math.max(...messageGaps)),
      longest_long_task_ms: round1(Math.max(0, ...p.longTasks)),
      long_tasks: p.longTasks.length,
      long_tasks_total_ms: round1(p.longTasks.reduce((a, b) => a + b, 0)),
      longest_frame_gap_ms: round1(Math.max(0, ...p.frameGaps)),
      frames: p.frameGaps.length,
      cpu_ms: round1(median(done.map((r) => r.cpu))),
      js_heap_mb: last.jsHeap
    };
    sink.emit(record);
  } finally {
    await server.stop();
  }
}
