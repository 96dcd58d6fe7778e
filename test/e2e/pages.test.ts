/**
 * The Trends, unit, person, Settings and load-data pages on the built site, in a real browser:
 * drill into the unit tree down to a branch, open its unit page, a member's person page; change the
 * quota ratio in Settings and find it again after a reload; load a small good dataset from disk
 * (the summary changes), then a broken one (its report is shown by file, row and column and the
 * good data stays). No request leaves the serving host, no page or console error.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser, Watch } from './browser';
import { parseShownCount } from './demo-counts';
import type { PreviewServer } from './preview-server';
import { closeSite, editedCopy, openSite, type Site } from './site';

const GOOD = path.resolve('test/fixtures/datasets/good.tables');

let server: PreviewServer;
let browser: Browser;
let watcher: Watch;
let page: Page;
let broken: string;

let site: Site;

beforeAll(async () => {
  site = await openSite();
  ({ server, browser, watcher, page } = site);
  // The good fixture with one rating whose level is not a level: row 3 of ratings.csv, column level.
  broken = editedCopy(GOOD, 'soi-broken-', 'ratings.csv', (text) => {
    const lines = text.split('\n');
    lines[2] = lines[2].replace(',HTXSNV,', ',Xuất sắc lắm,');
    return lines.join('\n');
  });
});

afterAll(async () => {
  await closeSite(site);
  if (broken) rmSync(broken, { recursive: true, force: true });
});

const shot = (name: string) => site.shot(`pages-${name}`);
const shownCount = async (key: string) => parseShownCount((await page.getByTestId('dataset-summary').locator(`[data-count="${key}"]`).textContent()) ?? '');

describe('pages on the built site', () => {
  it('drills from the overview through the unit tree to a unit and a person', async () => {
    await page.goto(server.url);
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Xu hướng' }).click();
    await page.waitForURL(/\/trends\/$/);
    const tree = page.getByTestId('unit-tree');
    await tree.locator('tbody tr').first().waitFor();
    await expect(page.getByTestId('level-shares').first().isVisible()).resolves.toBe(true);
    // Unit kinds are named, not coded (tap_the, co_so…).
    expect(await tree.locator('td[data-kind]').allTextContents()).not.toContainEqual(expect.stringMatching(/_/));

    // Down the first branch until a unit without children: the subtree filters the page.
    const picked: string[] = [];
    for (let depth = 0; depth < 6; depth++) {
      const first = tree.locator('tbody tr').first();
      const name = (await first.locator('td button').textContent())!.trim();
      const leaf = (await first.locator('td small').count()) === 0;
      await first.locator('td button').click();
      picked.push(name);
      await expect.poll(() => tree.locator('[aria-current="true"]').textContent()).toBe(name);
      if (leaf) break;
      // The selection shows at once, the children's rows when their query returns: read the next
      // name only once the rows are the children's, not the level just clicked.
      await expect.poll(async () => (await tree.locator('tbody tr').first().locator('td button').textContent())?.trim()).not.toBe(name);
    }
    expect(picked.length).toBeGreaterThan(1);
    await shot('trends');
    // The drilled unit is in the address: a reload keeps the subtree and its path from the root.
    expect(new URL(page.url()).searchParams.get('unit')).toBeTruthy();
    await page.reload();
    await expect.poll(() => tree.locator('[aria-current="true"]').textContent(), { timeout: 120_000 }).toBe(picked.at(-1));
    expect(await tree.locator('.crumbs li').count()).toBe(picked.length + 1);

    await page.getByTestId('open-selected-unit').click();
    await page.waitForURL(/\/unit\/\?id=/);
    await expect.poll(() => page.getByTestId('unit-name').textContent(), { timeout: 30_000 }).toBe(picked.at(-1));
    // The unit's kind by its name, not its code.
    expect(await page.getByTestId('unit-kind').getAttribute('data-kind')).toMatch(/^[a-z_]+$/);
    expect(await page.getByTestId('unit-kind').textContent()).not.toMatch(/_/);
    // Its flags are one link away: the audit list filtered to its subtree.
    const unitId = new URL(page.url()).searchParams.get('id')!;
    expect(new URL(await page.getByTestId('unit-flags').getAttribute('href') ?? '', server.url).searchParams.get('unit')).toBe(unitId);
    const member = page.getByTestId('unit-members').locator('tbody tr').first();
    await member.waitFor();
    const personId = await member.getAttribute('data-person');
    await shot('unit');

    await member.locator('a').first().click();
    await page.waitForURL(new RegExp(`/person/\\?id=${personId}$`));
    await page.getByTestId('person-name').waitFor();
    // The ratings come from their own query: wait for the first row before counting.
    await page.getByTestId('person-ratings').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('person-ratings').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.meta').textContent()).toMatch(/ · sinh năm \d{4}/);
    await shot('person');
  });

  it('finds a unit by name in the Trends tree and opens the tree at it', async () => {
    await page.goto(new URL('trends/', server.url).href);
    const tree = page.getByTestId('unit-tree');
    const find = page.getByTestId('tree-find');
    await page.locator('[data-testid="tree-find"]:enabled').waitFor({ timeout: 120_000 });
    await find.focus();
    await page.keyboard.type('dang bo xa');
    const first = page.getByRole('listbox').getByRole('option').first();
    const id = (await first.getAttribute('data-unit'))!;
    const name = (await first.locator('strong').textContent())!;
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe(id);
    await expect.poll(() => tree.locator('[aria-current="true"]').textContent()).toBe(name);
    // The path from the root, as if drilled by hand: everything › the district › the commune.
    expect(await tree.locator('.crumbs li').count()).toBe(3);
    await shot('trends-find');
    // The audit list of that subtree is one link away.
    await page.getByTestId('selected-unit-flags').click();
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    await expect.poll(() => page.getByTestId('filter-unit').getAttribute('data-value')).toBe(id);
  });

  it('keeps a changed quota ratio across a reload', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await page.waitForURL(/\/settings\/$/);
    const ratio = page.locator('#p-quota_excellent_members-ratio');
    await expect(ratio.inputValue()).resolves.toBe('0.2');
    await ratio.fill('0,3');
    await ratio.press('Tab');
    await page.locator('#p-quota_excellent_members-ratio').fill('1.5');
    await page.locator('#p-quota_excellent_members-ratio').press('Tab');
    // Out of range: refused with the reason, the saved value stays 0.3.
    await expect(page.locator('[data-param="quota_excellent_members.ratio"] .error').textContent()).resolves.toMatch(/≤ 1/);
    await page.reload();
    await expect.poll(() => page.locator('#p-quota_excellent_members-ratio').inputValue()).toBe('0.3');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('soi.ruleParams')))!)).toEqual({ quota_excellent_members: { ratio: 0.3 } });
    await shot('settings');
  });

  it('shows beside the copy threshold how likely a pair at that threshold is found, following the threshold', async () => {
    const note = page.locator('[data-param="review_copied_colleague.threshold"] [data-testid="param-note"]');
    await expect.poll(() => note.textContent()).toMatch(/^Xác suất phát hiện một cặp có độ giống bằng ngưỡng: 99,\d %.*70 dải × 3 hàng/);
    const threshold = page.locator('#p-review_copied_colleague-threshold');
    await threshold.fill('0,3');
    await threshold.press('Tab');
    await expect.poll(() => note.textContent()).toMatch(/: 99,\d %.*49 dải × 2 hàng/);
    // Back to the default: nothing stays stored for it.
    await threshold.fill('0.4');
    await threshold.press('Tab');
    await expect.poll(() => note.textContent()).toMatch(/70 dải × 3 hàng/);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('soi.ruleParams')))!)).toEqual({ quota_excellent_members: { ratio: 0.3 } });
  });

  it('loads a dataset from disk, then refuses a broken one and keeps the good one', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nạp dữ liệu' }).click();
    await page.waitForURL(/\/import\/$/);
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    const demoUnits = await shownCount('units');

    await page.getByTestId('pick-files').setInputFiles(readdirSync(GOOD).map((f) => path.join(GOOD, f)));
    await page.getByTestId('import-accepted').waitFor({ timeout: 60_000 });
    expect(await shownCount('units')).toBe(5);
    expect(await shownCount('units')).not.toBe(demoUnits);
    expect(await shownCount('ratings')).toBe(10);
    await shot('import-good');

    await page.getByTestId('pick-files').setInputFiles(readdirSync(broken).map((f) => path.join(broken, f)));
    await page.getByTestId('import-refused').waitFor({ timeout: 60_000 });
    const row = page.getByTestId('validation').locator('tbody tr.error').first();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['ratings.csv', '3', 'level']);
    expect(cells[4]).toContain('Xuất sắc lắm');
    // The good dataset is still the one in use.
    expect(await shownCount('units')).toBe(5);
    expect(await shownCount('ratings')).toBe(10);
    await shot('import-broken');

    // The trends page now reads the loaded dataset: its tree starts at its one root.
    await page.getByRole('navigation').getByRole('link', { name: 'Xu hướng' }).click();
    await expect.poll(() => page.getByTestId('unit-tree').locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('Huyện ủy Thường Tín')]);
  });

  it('asked nothing of any other host and had no error', () => {
    expect(watcher.foreign()).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });
});
