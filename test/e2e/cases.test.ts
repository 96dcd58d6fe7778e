/**
 * Committee case work on the built site, several pages of one browser profile at once: two tabs
 * decide on the same flag and a third sees both decisions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSite, openSite, type Site } from './site';

const TAM = 'Đỗ Minh Tâm';
const ANH = 'Vũ Hoàng Anh';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

const url = (p: string) => new URL(p, site.server.url).href;

async function newPage(): Promise<Page> {
  const p = await site.browser.context.newPage();
  site.watcher.watchPage(p);
  return p;
}

async function openFlag(p: Page, id: string) {
  await p.goto(url(`flags/view/?id=${id}`));
  await p.getByTestId('flag-evidence').waitFor({ timeout: 240_000 });
  await p.getByTestId('decision-panel').waitFor();
}

async function setReviewer(p: Page, name: string) {
  const current = p.getByTestId('reviewer-current');
  if (await current.isVisible()) await p.getByRole('button', { name: 'Đổi' }).click();
  await p.getByTestId('reviewer-name').fill(name);
  await p.getByTestId('reviewer-save').click();
}

describe('Decisions are never lost', () => {
  let flagId = '';

  it('two pages of one profile, both open on the same flag, decide one after the other; a third page shows both', async () => {
    const { page } = site;
    await page.goto(url('flags/'));
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    flagId = (await page.getByTestId('flag-row').first().getAttribute('data-flag-id'))!;

    const a = page;
    const b = await newPage();
    await openFlag(a, flagId);
    await openFlag(b, flagId);
    expect(await a.getByTestId('history-entry').count()).toBe(0);

    await setReviewer(a, TAM);
    await a.getByTestId('decision-note').fill('Vượt tỷ lệ 20%, đề nghị kiểm tra.');
    await a.getByTestId('decision-confirmed').click();
    await expect.poll(() => a.getByTestId('decision-confirmed').getAttribute('aria-pressed')).toBe('true');
    // B hears of A's decision without a reload.
    await expect.poll(() => b.getByTestId('history-entry').count(), { timeout: 10_000 }).toBe(1);

    await setReviewer(b, ANH);
    await b.getByTestId('decision-note').fill('Cần biên bản họp chi bộ.');
    await b.getByTestId('decision-needs-info').click();
    await expect.poll(() => b.getByTestId('history-entry').count()).toBe(2);
    await expect.poll(() => a.getByTestId('history-entry').count(), { timeout: 10_000 }).toBe(2);

    const c = await newPage();
    await openFlag(c, flagId);
    await expect.poll(() => c.getByTestId('history-entry').count()).toBe(2);
    const entries = await c.getByTestId('history-entry').allTextContents();
    expect(entries.join('\n')).toContain(TAM);
    expect(entries.join('\n')).toContain(ANH);
    // Newest first: B's, the later one, is current.
    expect(entries[0]).toContain(ANH);
    expect(await c.getByTestId('decision-needs-info').getAttribute('aria-pressed')).toBe('true');
    // The browser was asked to keep the data, and its answer is on the page.
    await expect.poll(() => c.getByTestId('storage-persistence').getAttribute('data-state')).not.toBe('unknown');
    await c.close();
    await b.close();
  });

  it('sent no request to any other host and raised no error', () => {
    expect(site.watcher.foreign()).toEqual([]);
    expect(site.watcher.errors).toEqual([]);
  });
});
