/**
 * The dashboard across the 2025 reorganisation, on the built site with a small version-2 dataset
 * (test/fixtures/e2e-reorg: two communes of a district merged into one on 1 July 2025, the district
 * committee dissolved into the province): Trends counts as the units were then, or, toggled by
 * keyboard, as today's units (the merged communes' past summed into their successor); a flag on a
 * commune that no longer exists names the unit that answers for it today, in the list and on its
 * page; the unit pages show the placements, predecessors and successor.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSite, openSite, type Site } from './site';

const REORG = path.resolve('test/fixtures/e2e-reorg');

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = site.page;
});
afterAll(() => closeSite(site));

const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name }).click();
/** The heatmap's table: the cells of one organisation's row, by year column. */
async function heatRow(unitId: string): Promise<string[] | null> {
  const row = page.getByTestId('heatmap').locator(`tr[data-unit="${unitId}"]`);
  if ((await row.count()) === 0) return null;
  return row.locator('td').allTextContents();
}
const heatYears = () => page.getByTestId('heatmap').locator('thead th').allTextContents();

describe('across the 2025 reorganisation', () => {
  it('loads a version-2 dataset after setting the quota ratio to 25%', async () => {
    await page.goto(`${site.server.url}settings/`);
    const ratio = page.locator('#p-quota_excellent_members-ratio');
    await ratio.waitFor({ timeout: 120_000 });
    await ratio.fill('0,25');
    await ratio.press('Tab');
    await expect.poll(async () => JSON.parse((await page.evaluate(() => localStorage.getItem('soi.ruleParams'))) ?? '{}')).toEqual({ quota_excellent_members: { ratio: 0.25 } });
    await nav('Nạp dữ liệu');
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    await page.getByTestId('pick-files').setInputFiles(readdirSync(REORG).map((f) => path.join(REORG, f)));
    await page.getByTestId('import-accepted').waitFor({ timeout: 60_000 });
  });

  it('Trends: as the units were then by default; as today’s units sums the merged communes into their successor', async () => {
    await nav('Xu hướng');
    const toggle = page.getByTestId('tree-view');
    await toggle.waitFor();
    expect(await toggle.getAttribute('data-view')).toBe('then');
    await expect.poll(() => heatRow('XN')).not.toBeNull();
    const years = (await heatYears()).slice(1);
    expect(years).toEqual(['2023', '2024', '2025']);
    // Then: the merged commune has only 2025; the old communes keep their own 2023 and 2024.
    expect(await heatRow('XN')).toEqual(['', '', expect.stringMatching(/\(2\/23\)/)]);
    // P001 of Liên Nghĩa has no 2024 rating (a missing rating, check 17): 3 HTXSNV that year.
    expect(await heatRow('XA')).toEqual([expect.stringMatching(/40.*\(4\/10\)/), expect.stringMatching(/30.*\(3\/10\)/), '']);
    expect(await heatRow('XB')).not.toBeNull();
    await site.shot('reorg-trends-then');

    // By keyboard: the radio group changes view with an arrow key, and the address follows.
    await page.getByTestId('tree-view-then').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((u) => u.searchParams.get('view') === 'today');
    await expect.poll(() => toggle.getAttribute('data-view')).toBe('today');
    await expect.poll(() => heatRow('XA')).toBeNull();
    // Today: 2023 of the merged commune is Liên Nghĩa + Tân Tiến (4 + 1 HTXSNV against 10 + 10 HTTNV).
    expect(await heatRow('XN')).toEqual([expect.stringMatching(/25.*\(5\/20\)/), expect.stringMatching(/\(4\/20\)/), expect.stringMatching(/\(2\/23\)/)]);
    expect(await heatRow('XB')).toBeNull();
    // The tree starts at today's root, the district gone.
    await expect.poll(() => page.getByTestId('unit-tree').locator('tbody tr').count()).toBe(1);
    await site.shot('reorg-trends-today');
  });

  it('a flag on a commune that no longer exists names the unit that answers for it today', async () => {
    await nav('Danh sách cảnh báo');
    await page.getByTestId('flag-count').waitFor({ timeout: 120_000 });
    // Liên Nghĩa's own 2024 rating above its proposal; Liên Nghĩa merged into Nghĩa Trụ in July 2025.
    await page.getByTestId('filter-rule').selectOption('self_level_raised');
    await expect.poll(() => page.getByTestId('flag-row').count()).toBe(1);
    expect(await page.getByTestId('flag-successor').textContent()).toContain('Đảng bộ xã Nghĩa Trụ (XN)');
    await site.shot('reorg-flags-successor');
    await page.getByTestId('flag-link').first().click();
    await page.getByTestId('flag-evidence').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('evidence-successor').textContent()).toContain('Đảng bộ xã Nghĩa Trụ');
    await site.shot('reorg-flag-successor');
  });

  it('the quota evidence computes with the ratio of Settings, in the tree of the flag’s year', async () => {
    await page.getByTestId('back-to-list').click();
    await page.getByTestId('flag-count').waitFor({ timeout: 120_000 });
    await page.getByTestId('filter-rule').selectOption('quota_excellent_members');
    // Liên Nghĩa over 25% in 2023 (4/10) and 2024 (3/10), in the district's tree of those years.
    await expect.poll(() => page.getByTestId('flag-row').count()).toBe(2);
    for (const s of await page.getByTestId('flag-successor').allTextContents()) expect(s).toContain('Đảng bộ xã Nghĩa Trụ (XN)');
    await page.getByTestId('flag-link').first().click();
    const quota = page.getByTestId('evidence-quota');
    await quota.waitFor({ timeout: 60_000 });
    expect(await quota.getAttribute('data-ratio')).toBe('0.25');
    expect(await quota.getAttribute('data-breach')).toBe('true');
    const formula = (await page.getByTestId('evidence-formula').textContent())!;
    // 4 (or 3) HTXSNV against at most 25% × 10 HTTNV = 2.5.
    expect(formula).toContain('25%');
    expect(formula).toContain('2,5');
    expect(formula).not.toContain('20%');
    expect(await page.getByTestId('evidence-mismatch').count()).toBe(0);
    await site.shot('reorg-flag-evidence');
  });

  it('the unit pages show placements, the successor and the predecessors', async () => {
    await page.getByTestId('evidence-successor').getByRole('link').first().click();
    await page.getByTestId('unit-name').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('unit-name').textContent()).toBe('Đảng bộ xã Nghĩa Trụ');
    await expect.poll(() => page.getByTestId('unit-predecessor').allTextContents()).toEqual([
      expect.stringContaining('Đảng bộ xã Liên Nghĩa'),
      expect.stringContaining('Đảng bộ xã Tân Tiến')
    ]);
    expect(await page.getByTestId('unit-gone').count()).toBe(0);
    await site.shot('reorg-unit-successor');

    await page.getByTestId('unit-predecessor').first().getByRole('link').click();
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe('Đảng bộ xã Liên Nghĩa');
    await expect.poll(() => page.getByTestId('unit-gone').textContent()).toContain('2025');
    expect(await page.getByTestId('unit-successor-now').textContent()).toBe('Đảng bộ xã Nghĩa Trụ');
    expect(await page.getByTestId('unit-successor').textContent()).toContain('sáp nhập');
    expect(await page.getByTestId('unit-placements').locator('tbody tr').count()).toBe(1);
    await site.shot('reorg-unit-gone');
  });

  it('the Overview says how many expected ratings are missing per year, or that it could not tell', async () => {
    await nav('Tổng quan');
    const missing = page.getByTestId('overview-missing');
    await missing.waitFor({ timeout: 120_000 });
    const status = await missing.getAttribute('data-status');
    expect(status).toBe('ran');
    // P001, rated in 2023 and 2025, has no rating in 2024; the other years miss nothing.
    expect(await missing.locator('tbody tr').evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-year'), r.getAttribute('data-persons')]))).toEqual([
      ['2023', '0'],
      ['2024', '1'],
      ['2025', '0']
    ]);
    await site.shot('reorg-overview-missing');
  });

  it('keeps the view of Trends in the address across a reload', async () => {
    await nav('Xu hướng');
    await page.getByTestId('tree-view-today').check();
    await page.waitForURL((u) => u.searchParams.get('view') === 'today');
    await page.reload();
    await page.getByTestId('tree-view').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('tree-view-today').isChecked()).toBe(true);
    expect(await page.getByTestId('tree-view').getAttribute('data-view')).toBe('today');
  });

  it('asked nothing of any other host and had no error', () => {
    expect(site.watcher.foreign()).toEqual([]);
    expect(site.watcher.errors).toEqual([]);
  });
});
