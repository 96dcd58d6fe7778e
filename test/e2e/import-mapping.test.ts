/**
 * The Load data page asks for a header it cannot match, on the built site in a real browser: a
 * dataset whose ratings.csv names the level "Kết quả phân loại cuối năm" (and has a "Ghi chú của tổ đảng" note
 * column) is refused with a mapping form; the header mapped to `level` (by its label, from the
 * keyboard) loads the same picked files again, accepted; the note is then ignored without a reload;
 * the mapping downloads as a --header-map file; after a page reload the same files load at once
 * with the remembered answers, named on the page; forgetting them empties the memory.
 * No request leaves the serving host, no page or console error.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser, Watch } from './browser';
import { parseShownCount } from './demo-counts';
import type { PreviewServer } from './preview-server';
import { closeSite, editedCopy, openSite, type Site } from './site';

const GOOD = path.resolve('test/fixtures/datasets/good.tables');
const HEADER = 'Kết quả phân loại cuối năm';
// Not an alias of any column ('Ghi chú' alone is the note column's).
const NOTE = 'Ghi chú của tổ đảng';

let server: PreviewServer;
let browser: Browser;
let watcher: Watch;
let page: Page;
let dir: string;
let files: string[];

let site: Site;

beforeAll(async () => {
  site = await openSite();
  ({ server, browser, watcher, page } = site);
  dir = editedCopy(GOOD, 'soi-mapping-', 'ratings.csv', (text) => {
    const [head, ...rows] = text.split('\r\n');
    return [`${head.replace(',level,', `,${HEADER},`)},${NOTE}`, ...rows.map((r) => (r ? `${r},` : r))].join('\r\n');
  });
  files = readdirSync(dir).map((f) => path.join(dir, f));
});

afterAll(async () => {
  await closeSite(site);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const shot = (name: string) => site.shot(`import-mapping-${name}`);
const shownCount = async (key: string) => parseShownCount((await page.getByTestId('dataset-summary').locator(`[data-count="${key}"]`).textContent()) ?? '');
const storedMemory = () => page.evaluate(() => localStorage.getItem('soi.headerMap'));

/** The import page with the demo loaded (every visit loads it), ready for a pick. */
async function openImport(): Promise<void> {
  await page.goto(new URL('import/', server.url).href);
  await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
  await expect.poll(() => page.getByTestId('pick-files').isEnabled()).toBe(true);
}

describe('Load data: mapping a header the loader cannot match', () => {
  it('refuses the dataset and asks which column the header is, the missing required column first', async () => {
    await openImport();
    const demoRatings = await shownCount('ratings');
    await page.getByTestId('pick-files').setInputFiles(files);
    await page.getByTestId('import-refused').waitFor({ timeout: 60_000 });
    expect(await shownCount('ratings')).toBe(demoRatings);

    const form = page.getByTestId('header-mapping');
    await expect(form.locator('legend').allTextContents()).resolves.toEqual(['ratings.csv — bảng ratings']);
    const select = page.getByLabel(`Tiêu đề “${HEADER}”`);
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // The missing required column first, then the optional ones the file lacks (a row may give why it was not rated instead of a level).
    expect(options).toEqual(['', 'level', 'not_rated', 'note', '-ignore-']);
    await expect(page.getByTestId('header-mapping').locator('select').evaluateAll((ss) => ss.map((s) => s.getAttribute('data-header')))).resolves.toEqual([HEADER, NOTE]);
    await expect(select.locator('option[value="level"]').textContent()).resolves.toBe('level — xếp loại (bắt buộc, đang thiếu)');
    await shot('asked');
  });

  it('maps it from the keyboard and loads the same files again, accepted; ignores the note without a new load', async () => {
    const select = page.getByLabel(`Tiêu đề “${HEADER}”`);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select.inputValue()).resolves.toBe('level');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('apply-mapping').evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');

    await page.getByTestId('import-accepted').waitFor({ timeout: 60_000 });
    expect(await shownCount('units')).toBe(5);
    expect(await shownCount('ratings')).toBe(10);
    // The note column is only a warning, still asked about: ignoring it needs no new load.
    await expect(page.getByTestId('header-mapping').locator('select').evaluateAll((ss) => ss.map((s) => s.getAttribute('data-header')))).resolves.toEqual([NOTE]);
    await page.getByLabel(`Tiêu đề “${NOTE}”`).selectOption('-ignore-');
    await page.getByTestId('apply-mapping').click();
    await expect.poll(() => page.getByTestId('header-mapping').count()).toBe(0);
    await expect(page.getByTestId('import-accepted').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('used-mapping').allTextContents()).resolves.toEqual([
      expect.stringContaining(`ratings: “${HEADER}” → level`),
      expect.stringContaining(`ratings: “${NOTE}” → bỏ qua`)
    ]);
    expect(JSON.parse((await storedMemory())!)).toEqual({
      ratings: { ketquaphanloaicuoinam: { header: HEADER, column: 'level' }, ghichucuatodang: { header: NOTE, column: null } }
    });
    await shot('mapped');
  });

  it('downloads the mapping as the command line’s --header-map file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-header-map').click()]);
    expect(download.suggestedFilename()).toBe('soi-header-map.json');
    const saved = path.join(dir, 'downloaded-header-map.json');
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({ 'ratings.csv': { [HEADER]: 'level' } });
  });

  it('after a reload, loads the same files at once with the remembered mapping, and forgets it on request', async () => {
    await openImport();
    await page.getByTestId('pick-files').setInputFiles(files);
    await page.getByTestId('import-accepted').waitFor({ timeout: 60_000 });
    expect(await shownCount('ratings')).toBe(10);
    expect(await page.getByTestId('header-mapping').count()).toBe(0);
    await expect(page.getByTestId('used-mapping').allTextContents()).resolves.toEqual([
      expect.stringContaining(`ratings: “${HEADER}” → level`),
      expect.stringContaining(`ratings: “${NOTE}” → bỏ qua`)
    ]);
    await shot('remembered');

    await page.getByTestId('forget-all-mappings').click();
    await expect.poll(() => page.getByTestId('remembered-mappings').count()).toBe(0);
    expect(await storedMemory()).toBeNull();
  });

  it('asked nothing of any other host and had no error', () => {
    expect(watcher.foreign()).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });
});
