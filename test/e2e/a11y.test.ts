/**
 * Accessibility of every page of the built site, checked by axe-core against WCAG 2.1 A and AA: the
 * Overview (with its charts), the audit list, a unit, a person, Trends, load data and Settings, each
 * once its content is drawn (a page still loading has little to check).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSite, openSite, type Site } from './site';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Loading the demo and running the checks take minutes on a loaded two-core machine. */
const DRAWN = { timeout: 240_000 };

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** The WCAG 2.1 A/AA violations on the page as it is now, each with the elements it names. */
async function violations(page: Page): Promise<{ rule: string; help: string; targets: string[] }[]> {
  // evaluate, not a script tag: the page's script policy is the site's, the checker is the test's.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(
    (tags) => (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
    WCAG_21_AA
  )) as Violation[];
  return found.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary}` : ''}`) }));
}

let site: Site;
let page: Page;
const at = (path: string) => new URL(path, site.server.url).href;

beforeAll(async () => {
  site = await openSite();
  page = site.page;
});
afterAll(() => closeSite(site));

describe('WCAG 2.1 A/AA on every page (axe-core)', () => {
  it('the Overview, with its charts and the flags by check', async () => {
    await page.goto(site.server.url);
    await page.getByTestId('dataset-summary').waitFor(DRAWN);
    await page.locator('[data-testid="flags-by-rule"] svg [data-rule]').first().waitFor(DRAWN);
    await page.locator('[data-testid="excellent-share"] svg[role="group"]').waitFor(DRAWN);
    expect(await violations(page)).toEqual([]);
  });

  it('the audit list', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Danh sách cảnh báo' }).click();
    await page.getByTestId('flag-filters').waitFor(DRAWN);
    await page.getByTestId('flag-select').first().waitFor(DRAWN);
    expect(await violations(page)).toEqual([]);
  });

  it('Trends', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Xu hướng' }).click();
    await page.getByTestId('unit-tree').locator('tbody tr').first().waitFor(DRAWN);
    await page.getByTestId('level-shares').first().waitFor(DRAWN);
    expect(await violations(page)).toEqual([]);
  });

  it('load data', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nạp dữ liệu' }).click();
    await page.getByTestId('dataset-summary').waitFor(DRAWN);
    expect(await violations(page)).toEqual([]);
  });

  it('Settings', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByTestId('reset-settings').waitFor(DRAWN);
    expect(await violations(page)).toEqual([]);
  });

  it('a unit no longer in force, with its successor', async () => {
    await page.goto(at('unit/?id=HU01'));
    await page.getByTestId('unit-name').waitFor(DRAWN);
    await page.getByTestId('unit-placements').locator('tbody tr').first().waitFor(DRAWN);
    expect(await violations(page)).toEqual([]);
  });

  it('a person, with ratings', async () => {
    await page.goto(at('person/?id=DV0000001'));
    await page.getByTestId('person-name').waitFor(DRAWN);
    await page.getByTestId('person-ratings').locator('tbody tr').first().waitFor(DRAWN);
    expect(await violations(page)).toEqual([]);
  });
});
