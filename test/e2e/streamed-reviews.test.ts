/**
 * A picked reviews.csv is streamed in the worker, on the built site in a real browser: while a
 * district's 307 MB reviews.csv streams, the Load data page shows how far it is and can cancel (the
 * demo stays loaded); the demo's files picked again stream, load, and a copied-review flag's
 * evidence shows both texts side by side, read back from the picked file by byte range.
 * No request leaves the serving host, no page or console error.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCsvFiles } from '../../src/lib/generate';
import { parseShownCount } from './demo-counts';
import { closeSite, openSite, type Site } from './site';

const DEMO = path.resolve('data/demo');
let site: Site;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'soi-streamed-'));
  mkdirSync(path.join(dir, 'district'));
  for (const [file, text] of Object.entries(generateCsvFiles({ scale: 'district', seed: 1 }))) if (file !== 'truth.csv') writeFileSync(path.join(dir, 'district', file), text);
  site = await openSite();
}, 600_000);

afterAll(async () => {
  await closeSite(site);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const csvsOf = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.csv') && f !== 'truth.csv').map((f) => path.join(folder, f));

describe('Load data: self-reviews streamed in the worker', () => {
  it('shows the progress of a large reviews.csv and cancels it, keeping the demo', async () => {
    const { page, server } = site;
    await page.goto(new URL('import/', server.url).href);
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    const people = parseShownCount((await page.getByTestId('dataset-summary').locator('[data-count="people"]').textContent()) ?? '');
    await expect.poll(() => page.getByTestId('pick-files').isEnabled()).toBe(true);
    await page.getByTestId('pick-files').setInputFiles(csvsOf(path.join(dir, 'district')));
    await expect.poll(() => page.getByTestId('load-progress').textContent(), { timeout: 240_000 }).toContain('reviews.csv');
    await site.shot('streamed-reviews-progress');
    await page.getByTestId('load-cancel').click();
    await page.getByTestId('import-cancelled').waitFor({ timeout: 120_000 });
    expect(parseShownCount((await page.getByTestId('dataset-summary').locator('[data-count="people"]').textContent()) ?? '')).toBe(people);
    await site.shot('streamed-reviews-cancelled');
  }, 600_000);

  it('streams the demo\'s reviews.csv and shows a copied review beside its original, read back from the file', async () => {
    const { page } = site;
    await page.getByTestId('pick-files').setInputFiles(csvsOf(DEMO));
    await page.getByTestId('import-accepted').waitFor({ timeout: 240_000 });
    // Client-side navigation: a page load would start a new worker, without the picked files.
    await page.getByRole('link', { name: 'Danh sách cảnh báo' }).click();
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    await page.getByTestId('filter-rule').selectOption('review_copied_prior_year');
    await page.getByTestId('flag-link').first().click();
    await page.getByTestId('evidence-reviews').waitFor({ timeout: 60_000 });
    const before = (await page.getByTestId('review-before').textContent()) ?? '';
    const after = (await page.getByTestId('review-after').textContent()) ?? '';
    expect(before).toContain('BẢN KIỂM ĐIỂM');
    expect(after).toContain('BẢN KIỂM ĐIỂM');
    expect(before).not.toContain('[đọc lại từ tệp gốc khi cần]');
    await site.shot('streamed-reviews-evidence');
    expect(site.watcher.foreign()).toEqual([]);
    expect(site.watcher.errors).toEqual([]);
  }, 600_000);
});
