/**
 * The built site in a real browser: the Overview loads the bundled demo through the worker and
 * shows its size as computed from the demo's CSV files; the language switch works by keyboard and
 * persists; the browser engine answers the engine parity suite exactly like duckdb-wasm in Node;
 * and nothing is requested from any host but the site's, with no uncaught or console error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoDir, demoFiles } from '../../src/build/demo-data-plugin';
import { createWasmNodeEngine } from '../../src/lib/engine/wasm-node';
import { PARITY_QUERIES, PARITY_SETUP } from '../common/parity-queries';
import type { Browser, Watch } from './browser';
import { expectedCounts, parseShownCount, type ExpectedCounts } from './demo-counts';
import type { PreviewServer } from './preview-server';
import { closeSite, openSite, type Site } from './site';
import type { SoiTestHooks } from '../../src/lib/ui/test-hooks';

const OUT = path.resolve('test-results');

let server: PreviewServer;
let browser: Browser;
let watcher: Watch;
let page: Page;
let expected: ExpectedCounts;

let site: Site;

beforeAll(async () => {
  expected = expectedCounts(demoDir());
  site = await openSite();
  ({ server, browser, watcher, page } = site);
});

afterAll(() => closeSite(site));

/** The demo's planted flags of the three checks of self-reviews (data/demo/truth.csv). */
function expectedTextFlags(): number {
  const rows = readFileSync(path.join(demoDir(), 'truth.csv'), 'utf8').split(/\r?\n/).slice(1);
  return rows.filter((r) => /^(review_copied_prior_year|review_copied_colleague|repeated_weaknesses),/.test(r)).length;
}

async function shownSummary(p: Page) {
  const summary = p.getByTestId('dataset-summary');
  const count = async (key: string) => (await summary.locator(`[data-count="${key}"]`).textContent()) ?? '';
  const years = await summary.locator('tbody tr[data-year]').evaluateAll((trs) =>
    trs.map((tr) => ({
      year: Number(tr.getAttribute('data-year')),
      cells: Object.fromEntries([...tr.querySelectorAll('td[data-col]')].map((td) => [td.getAttribute('data-col'), td.textContent ?? ''])) as Record<string, string>
    }))
  );
  return { count, years };
}

async function expectDemoCounts(p: Page) {
  await p.getByTestId('dataset-summary').waitFor({ state: 'visible', timeout: 120_000 });
  const { count, years } = await shownSummary(p);
  for (const key of ['units', 'people', 'ratings'] as const) expect(parseShownCount(await count(key)), key).toBe(expected[key]);
  for (const key of ['reviews', 'disciplines'] as const) {
    if (expected[key] === null) expect(await count(key)).not.toMatch(/\d/);
    else expect(parseShownCount(await count(key)), key).toBe(expected[key]);
  }
  expect(years.map((y) => y.year)).toEqual([...expected.byYear.keys()].sort((a, b) => a - b));
  for (const y of years) {
    const want = expected.byYear.get(y.year)!;
    const got = Object.fromEntries(Object.entries(y.cells).map(([k, v]) => [k, parseShownCount(v)]));
    expect(got, `ratings of ${y.year}`).toEqual(want);
  }
}

describe('Overview on the built site', () => {
  it('serves the demo dataset as it is in the demo folder', async () => {
    const res = await fetch(new URL('demo/index.json', server.url));
    expect(res.ok).toBe(true);
    const listed = (await res.json()) as string[];
    expect(listed).toEqual(demoFiles());
    expect(listed).toContain('ratings.csv');
  });

  it('loads the demo through the worker and shows its size and validation', async () => {
    const t0 = Date.now();
    await page.goto(server.url);
    await expectDemoCounts(page);
    const wallMs = Date.now() - t0;
    // From navigation start to the dataset being ready, as measured by the page itself.
    const ready = await page.evaluate(() => {
      const mark = performance.getEntriesByName('soi:dataset-ready')[0] as PerformanceMark | undefined;
      return mark ? { ms: mark.startTime, stagesMs: (mark.detail as { stagesMs: Record<string, number> }).stagesMs } : null;
    });
    expect(ready).not.toBeNull();
    const timing = { navigationToDemoReadyMs: Math.round(ready!.ms), wallMs, stagesMs: ready!.stagesMs };
    writeFileSync(path.join(OUT, 'e2e-timing.json'), JSON.stringify(timing, null, 2));
    console.log(`navigation → demo ready: ${timing.navigationToDemoReadyMs} ms (wall ${wallMs} ms); stages ${JSON.stringify(timing.stagesMs)}`);

    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tổng quan');
    // The demo is valid: nothing refused, no error listed.
    expect(await page.getByRole('alert').count()).toBe(0);
    const validation = page.getByTestId('validation');
    await validation.waitFor();
    const counts = validation.getByTestId('validation-counts');
    if (await counts.count()) expect(await counts.getAttribute('data-errors')).toBe('0');
    await site.shot('overview-vi');
  });

  it("starts the worker from the page's head, before the first paint, and only that one", async () => {
    const workers = page.workers().filter((w) => /\/soi\.worker-[^/]*\.js$/.test(w.url()));
    expect(workers).toHaveLength(1);
    const marks = await page.evaluate(() => ({
      created: performance.getEntriesByName('soi:worker-created').map((e) => e.startTime),
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime
    }));
    // One creation, by the <head>'s script: the app adopted that worker instead of making its own.
    expect(marks.created).toHaveLength(1);
    expect(marks.paint).toBeDefined();
    expect(marks.created[0]).toBeLessThan(marks.paint!);
  });

  it('shows the self-reviews as loading after the counts, then loaded, and checks them once they are in', async () => {
    const other = await browser.context.newPage();
    watcher.watchPage(other);
    // What the page showed, recorded in the page from its first node on (the loading state may last
    // a few hundred ms only).
    await other.addInitScript(() => {
      const seen: Record<string, number> = {};
      (globalThis as unknown as { __seen: Record<string, number> }).__seen = seen;
      new MutationObserver(() => {
        for (const sel of ['[data-testid="reviews-loading"]', '[data-loading="reviews"]', '[data-count="reviews"]'])
          if (!(sel in seen) && document.querySelector(sel)) seen[sel] = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await other.goto(server.url);
    await expectDemoCounts(other);
    await other.waitForFunction(() => performance.getEntriesByName('soi:dataset-settled').length > 0);
    const at = await other.evaluate(() => ({
      seen: (globalThis as unknown as { __seen: Record<string, number> }).__seen,
      ready: performance.getEntriesByName('soi:dataset-ready')[0].startTime,
      settled: performance.getEntriesByName('soi:dataset-settled')[0].startTime
    }));
    // The count was there with the loading note, from the first frame of the counts.
    expect(at.seen['[data-loading="reviews"]']).toBeDefined();
    expect(at.seen['[data-testid="reviews-loading"]']).toBeDefined();
    expect(at.seen['[data-count="reviews"]']).toBeLessThanOrEqual(at.seen['[data-loading="reviews"]']);
    expect(at.settled).toBeGreaterThan(at.ready);
    // Loaded: the note is gone, the count unchanged.
    await other.getByTestId('reviews-loading').waitFor({ state: 'detached' });
    expect(await other.locator('[data-loading="reviews"]').count()).toBe(0);
    await expectDemoCounts(other);
    // The checks ran after the reviews were in, and the copy checks found the demo's planted copies.
    await other.waitForFunction(() => performance.getEntriesByName('soi:audit-ready').length > 0, undefined, { timeout: 120_000 });
    expect(await other.evaluate(() => performance.getEntriesByName('soi:audit-ready')[0].startTime)).toBeGreaterThan(at.settled);
    const textFlags = await other.evaluate(async () => {
      const flags = (await (globalThis.soi as SoiTestHooks).audit({ only: ['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses'] })).flags;
      return flags.length;
    });
    expect(textFlags).toBe(expectedTextFlags());
    await other.close();
  });

  it('switches to English by keyboard and keeps the choice after a reload', async () => {
    // Tab from the top of the page to the "English" button, as a keyboard user would.
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'English');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await expectDemoCounts(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Overview');
    expect(await page.getByRole('heading', { name: 'Dataset size' }).count()).toBe(1);
    await site.shot('overview-en');

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tổng quan');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('answers the engine parity suite exactly like duckdb-wasm in Node', async () => {
    const node = await createWasmNodeEngine();
    try {
      for (const sql of PARITY_SETUP) await node.exec(sql);
      const inBrowser = await page.evaluate(
        async ({ setup, queries }) => {
          const soi = globalThis.soi as SoiTestHooks;
          for (const sql of setup) await soi.query(sql);
          const out: unknown[] = [];
          for (const sql of queries) out.push(await soi.query(sql));
          return out;
        },
        { setup: [...PARITY_SETUP], queries: [...PARITY_QUERIES] }
      );
      for (let i = 0; i < PARITY_QUERIES.length; i++) expect(inBrowser[i], PARITY_QUERIES[i]).toEqual(await node.query(PARITY_QUERIES[i]));
      expect(await page.evaluate(() => (globalThis.soi as SoiTestHooks).query('SELECT version() AS v'))).toEqual(
        await node.query('SELECT version() AS v')
      );
    } finally {
      await node.close();
    }
  });

  it('says so when the demo cannot be fetched, and loads it on retry', async () => {
    // A page of its own: the browser logs the refused fetch as a console error, expected here.
    const other = await browser.context.newPage();
    await other.route('**/demo/index.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await other.goto(server.url);
    const alert = other.getByRole('alert');
    await alert.waitFor({ timeout: 120_000 });
    expect(await alert.textContent()).toMatch(/Không nạp được dữ liệu[\s\S]*index\.json[\s\S]*404/);
    expect(await other.getByTestId('dataset-summary').count()).toBe(0);
    await other.unroute('**/demo/index.json');
    await other.getByRole('button', { name: 'Thử lại' }).click();
    await expectDemoCounts(other);
    expect(await other.getByRole('alert').count()).toBe(0);
    await other.close();
  });

  it('starts DuckDB when the server sends the wasm module with a wrong MIME type', async () => {
    // Plain intranet servers often send .wasm as application/octet-stream.
    const other = await browser.context.newPage();
    watcher.watchPage(other);
    await other.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await other.goto(server.url);
    await expectDemoCounts(other);
    await other.close();
  });

  it('sent no request to any other host and raised no error', () => {
    // The recording covers the worker too: it saw the demo files and the wasm module fetched there.
    expect(watcher.requests.some((u) => u.endsWith('/demo/ratings.csv'))).toBe(true);
    expect(watcher.requests.some((u) => /duckdb-(eh|mvp)[^/]*\.wasm$/.test(u))).toBe(true);
    expect(watcher.requests.some((u) => /coi/.test(u))).toBe(false);
    expect(watcher.foreign()).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });
});
