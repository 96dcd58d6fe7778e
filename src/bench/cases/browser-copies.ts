/**
 * Case `copies`, engine `browser`, mode `streamed`: a dataset folder's CSV files picked on the Load
 * data page of the built site in headless chromium (reviews.csv streamed in the worker, never read
 * whole), then the three self-review rules through the page's worker client. Timed from the pick to
 * the rules' flags (`load_ms` + `rules_ms`); peak_mb is the tab's renderer peak RSS over both.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, watch } from '../../../test/e2e/browser';
import { startPreview } from '../../../test/e2e/preview-server';
import { cpuMsOf, peakMb, rendererPids, resetPeak } from '../memory';
import type { BenchRecord } from '../record';
import { round1 } from '../stats';
import { TEXT_RULES } from './rules';

const TIMEOUT = 60 * 60_000;

export async function browserCopiesCase(folder: string, scale: BenchRecord['scale']): Promise<BenchRecord> {
  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const w = watch(browser.context, new URL(server.url).origin);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    w.watchPage(page);
    await page.goto(new URL('import/', server.url).href);
    // The demo loads on the first visit: let it finish, so that only the picked files are measured.
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    for (const pid of rendererPids()) resetPeak(pid);
    const cpu0 = rendererPids().reduce((s, pid) => s + cpuMsOf(pid), 0);
    const t0 = performance.now();
    const files = readdirSync(folder).filter((f) => f.endsWith('.csv') && f !== 'truth.csv').map((f) => path.join(folder, f));
    await page.getByTestId('pick-files').setInputFiles(files);
    await page.locator('[data-testid="import-accepted"], [data-testid="import-refused"], [role="alert"]').first().waitFor({ timeout: TIMEOUT });
    if (!(await page.getByTestId('import-accepted').isVisible())) throw new Error(`not accepted: ${await page.locator('[role="alert"]').first().textContent()}`);
    const loadMs = performance.now() - t0;
    const audit = await page.evaluate(async (only) => {
      const soi = (globalThis as unknown as { soi: { audit(p: { only: string[] }): Promise<{ flags: { rule: string }[] }>; query(sql: string): Promise<{ n: number }[]> } }).soi;
      const t = performance.now();
      const r = await soi.audit({ only });
      const ms = performance.now() - t;
      const [{ n }] = await soi.query('SELECT count(*)::INT AS n FROM reviews');
      return { ms, flags: r.flags.length, reviews: n };
    }, [...TEXT_RULES]);
    const peak = Math.max(0, ...rendererPids().map((pid) => peakMb(pid)));
    const cpu = rendererPids().reduce((s, pid) => s + cpuMsOf(pid), 0) - cpu0;
    const errors = [...w.errors, ...w.foreign()];
    if (errors.length) throw new Error(`the page reported errors: ${errors.slice(0, 3).join(' | ')}`);
    const ms = round1(loadMs + audit.ms);
    return {
      case: 'copies', scale, engine: 'browser', ms, runs: 1, rows: audit.reviews, peak_mb: round1(peak), p95: ms, cpu_ms: cpu,
      mode: 'streamed', load_ms: Math.round(loadMs), rules_ms: Math.round(audit.ms), flags: audit.flags
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
