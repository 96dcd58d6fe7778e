/**
 * The audit list and case review on the built site: overview → audit list → filter → a flag of
 * each evidence kind → CSV and XLSX exports checked byte by byte → decide, reload, bulk decide →
 * exports carry the decisions → decisions file out, storage cleared, file in, nothing lost → a
 * colleague's differing decision shows as a conflict. No request leaves the host, no page error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { FLAG_COLUMNS } from '../../src/lib/rules/types';
import { RULE_IDS } from '../../src/lib/domain/rule-ids';
import { DECISION_COLUMNS } from '../../src/lib/export/join-decisions';
import { FLAGS_SHEET } from '../../src/lib/export/flags-xlsx';
import { VI_COLUMNS } from '../../src/lib/export/flags-vi';
import type { Browser, Watch } from './browser';
import type { PreviewServer } from './preview-server';
import { closeSite, openSite, type Site } from './site';

const OUT = path.resolve('test-results');
const DOWNLOADS = path.join(OUT, 'downloads');
const REVIEWER = 'Nguyễn Văn Kiểm';
const NOTE = 'Đã đối chiếu biên bản họp chi bộ: đề nghị xếp loại lại.';

let server: PreviewServer;
let browser: Browser;
let watcher: Watch;
let page: Page;

let site: Site;

beforeAll(async () => {
  site = await openSite();
  ({ server, browser, watcher, page } = site);
  mkdirSync(DOWNLOADS, { recursive: true });
});

afterAll(() => closeSite(site));

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const listUrl = () => new URL('flags/', server.url).href;

async function waitForList(p: Page) {
  await p.getByTestId('flag-count').waitFor({ timeout: 240_000 });
}
async function shown(p: Page): Promise<{ shown: number; total: number }> {
  const c = p.getByTestId('flag-count');
  return { shown: Number(await c.getAttribute('data-shown')), total: Number(await c.getAttribute('data-total')) };
}
async function download(p: Page, testId: string, name: string): Promise<Buffer> {
  const [d] = await Promise.all([p.waitForEvent('download'), p.getByTestId(testId).click()]);
  const file = path.join(DOWNLOADS, name);
  await d.saveAs(file);
  return readFileSync(file);
}

describe('Audit list and case review on the built site', () => {
  it('stops the checks when asked (no partial list anywhere), then runs them again on request', async () => {
    await page.goto(server.url);
    // The Overview starts the checks on the demo by itself; the text checks take seconds in the tab.
    await page.getByTestId('audit-stop').click();
    await expect(page.getByTestId('audit-stopped').textContent()).resolves.toContain('Đã dừng rà soát');
    await site.shot('audit-stopped');
    await page.getByRole('link', { name: 'Danh sách cảnh báo' }).click();
    await page.getByTestId('audit-stopped').waitFor();
    expect(await page.getByTestId('flag-count').count()).toBe(0);
    await page.getByTestId('audit-run-again').press('Enter');
    await waitForList(page);
    expect((await shown(page)).total).toBeGreaterThan(0);
  });

  it('goes from the overview to the audit list, which shows every flag and the checks that did not run', async () => {
    await page.goto(server.url);
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    await page.getByRole('link', { name: 'Danh sách cảnh báo' }).click();
    await waitForList(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Danh sách cảnh báo');
    const { shown: n, total } = await shown(page);
    expect(total).toBeGreaterThan(0);
    expect(n).toBe(total);
    // Every rule either ran or says why not.
    const outcomes = await page.getByTestId('rule-outcome').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(outcomes).toHaveLength(RULE_IDS.length);
    // Virtualised: far fewer rows in the DOM than flags when the list is long.
    const rows = await page.getByTestId('flag-row').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(Math.min(total, 60));
    await site.shot('flags-list');
  });

  it('filters by rule, severity, text and unit, and the count follows', async () => {
    const rule = page.getByTestId('filter-rule');
    const options = await rule.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    const withFlags = options.filter((o) => o.value);
    expect(withFlags.length).toBeGreaterThan(3);
    for (const o of withFlags.slice(0, 4)) {
      await rule.selectOption(o.value);
      const expected = Number(/\(([\d.\s,]+)\)\s*$/.exec(o.label)![1].replace(/\D/g, ''));
      await expect.poll(async () => (await shown(page)).shown).toBe(expected);
    }
    await rule.selectOption('');
    const { total } = await shown(page);
    await page.getByTestId('filter-severity').selectOption('high');
    const high = (await shown(page)).shown;
    expect(high).toBeLessThan(total);
    expect(await page.getByTestId('flag-row').locator('.sev.high').count()).toBe(await page.getByTestId('flag-row').count());
    // Free text on an id: the first row's subject.
    const firstSubject = (await page.getByTestId('flag-row').first().locator('.c-subject').textContent())!;
    const id = /\(([^()]+)\)$/.exec(firstSubject.trim())?.[1] ?? firstSubject.trim();
    await page.getByTestId('filter-text').fill(id);
    await expect.poll(async () => (await shown(page)).shown).toBeLessThan(high);
    await page.getByTestId('filter-text').fill('');
    await page.getByTestId('filter-severity').selectOption('');
    // A unit subtree: the list shrinks to flags under that unit (the first commune the unit box offers).
    const unit = page.getByTestId('filter-unit');
    await unit.fill('Đảng bộ xã');
    await unit.press('Enter');
    await expect.poll(() => unit.getAttribute('data-value')).toMatch(/\S/);
    await expect.poll(async () => (await shown(page)).shown).toBeLessThan(total);
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(async () => (await shown(page)).shown).toBe(total);
  });

  it('picks a unit subtree by keyboard in the unit box (type, arrows, Enter); the address keeps the filters across a reload', async () => {
    await page.goto(listUrl());
    await waitForList(page);
    const { total } = await shown(page);
    // The unit of the first flag that has one: the unit to reach by typing its name without diacritics.
    const target = await page.getByTestId('flag-row').locator('.c-unit').evaluateAll((cells) =>
      cells.map((c) => /^(.*) \(([^()]+)\)$/.exec((c.textContent ?? '').trim())).find((m) => m !== null)?.slice(1)
    );
    expect(target).toBeDefined();
    const [name, id] = target!;
    const unaccented = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

    const box = page.getByTestId('filter-unit');
    await box.focus();
    await page.keyboard.type(unaccented);
    const listbox = page.getByRole('listbox');
    await expect.poll(() => listbox.isVisible()).toBe(true);
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    // Each match shows its path from the root: "… › <its name>".
    const first = listbox.getByRole('option').first();
    await expect.poll(async () => (await first.textContent()) ?? '').toContain(' › ');
    await site.shot('flags-unit-box');
    // Arrows to the target (the same name may stand in several communes: its id tells them apart), then Enter.
    const activeUnit = async () => page.locator(`#${await box.getAttribute('aria-activedescendant')}`).getAttribute('data-unit');
    for (let i = 0; i < 30 && (await activeUnit()) !== id; i++) await page.keyboard.press('ArrowDown');
    expect(await activeUnit()).toBe(id);
    await page.keyboard.press('Enter');
    await expect.poll(() => listbox.isVisible()).toBe(false);
    await expect.poll(() => box.getAttribute('data-value')).toBe(id);
    await expect.poll(() => box.inputValue()).toBe(name);
    const inSubtree = (await shown(page)).shown;
    expect(inSubtree).toBeGreaterThan(0);
    expect(inSubtree).toBeLessThanOrEqual(total);
    // Every flag shown is about that unit or one below it (the demo's ids extend their parent's: HU01-CQD-CB01 under HU01-CQD).
    const mentions = await page.getByTestId('flag-row').evaluateAll((rows, unitId) => rows.every((r) => (r.textContent ?? '').includes(`(${unitId}`)), id);
    expect(mentions).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe(id);

    // Another filter joins it in the address; Escape closes the box without changing the filter.
    await page.getByTestId('filter-severity').selectOption('high');
    await expect.poll(() => new URL(page.url()).searchParams.get('severity')).toBe('high');
    const filtered = (await shown(page)).shown;
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => listbox.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => listbox.isVisible()).toBe(false);
    expect(await box.getAttribute('data-value')).toBe(id);
    await site.shot('flags-unit-filter');

    // A reload (or a shared link) shows the same list.
    const address = page.url();
    await page.reload();
    await waitForList(page);
    await expect.poll(() => box.getAttribute('data-value')).toBe(id);
    await expect.poll(async () => (await shown(page)).shown).toBe(filtered);
    expect(await page.getByTestId('filter-severity').inputValue()).toBe('high');
    expect(page.url()).toBe(address);

    // Emptying the box is "any unit" again.
    await box.fill('');
    await expect.poll(() => new URL(page.url()).searchParams.has('unit')).toBe(false);
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(async () => (await shown(page)).shown).toBe(total);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('filters the free text after a pause in typing, at once on Enter, and keeps it in the address', async () => {
    const text = page.getByTestId('filter-text');
    const { total } = await shown(page);
    const firstSubject = (await page.getByTestId('flag-row').first().locator('.c-subject').textContent())!.trim();
    const id = /\(([^()]+)\)$/.exec(firstSubject)?.[1] ?? firstSubject;
    await text.fill(id);
    await text.press('Enter');
    await expect.poll(async () => (await shown(page)).shown).toBeLessThan(total);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(id);
    await text.fill('');
    await expect.poll(async () => (await shown(page)).shown).toBe(total);
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
  });

  it('opens the audit list filtered by a check from the Overview’s flags chart', async () => {
    await page.goto(server.url);
    const chart = page.getByTestId('overview-flags');
    const bar = chart.locator('g[role="button"][data-rule]').first();
    await bar.waitFor({ timeout: 240_000 });
    const rule = (await bar.getAttribute('data-rule'))!;
    // The bar's total, as its table alternative gives it.
    const expected = parseInt(((await chart.locator(`tbody tr[data-rule="${rule}"] td`).last().textContent()) ?? '').replace(/\D/g, ''), 10);
    await site.shot('overview-flags');
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/flags/') && u.searchParams.get('rule') === rule);
    await waitForList(page);
    await expect.poll(() => page.getByTestId('filter-rule').inputValue()).toBe(rule);
    await expect.poll(async () => (await shown(page)).shown).toBe(expected);
    await site.shot('flags-from-overview');
  });

  it('opens a flag of each evidence kind and shows its evidence', async () => {
    const kinds: Record<string, { rule: string; testId: string }> = {
      quota: { rule: 'quota_excellent_members', testId: 'evidence-quota' },
      head: { rule: 'head_above_collective', testId: 'evidence-head' },
      timeline: { rule: 'rated_high_then_disciplined', testId: 'evidence-timeline' },
      reviews: { rule: 'review_copied_prior_year', testId: 'evidence-reviews' },
      rating: { rule: 'self_level_raised', testId: 'evidence-rating' }
    };
    const available = await page.getByTestId('filter-rule').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const [kind, { rule, testId }] of Object.entries(kinds)) {
      expect(available, `the demo has ${rule} flags`).toContain(rule);
      await page.goto(listUrl());
      await waitForList(page);
      await page.getByTestId('filter-rule').selectOption(rule);
      await page.getByTestId('flag-link').first().click();
      const ev = page.getByTestId('flag-evidence');
      await ev.waitFor({ timeout: 60_000 });
      expect(await ev.getAttribute('data-kind')).toBe(kind);
      await page.getByTestId(testId).waitFor({ timeout: 60_000 });
      expect((await page.getByTestId('evidence-message').textContent())!.length).toBeGreaterThan(10);
      expect(await page.getByTestId('evidence-regulation').textContent()).toMatch(/Quy định \d+-QĐ\/TW/);
      if (kind === 'quota') {
        const q = page.getByTestId('evidence-quota');
        const excellent = Number(await q.getAttribute('data-excellent'));
        const good = Number(await q.getAttribute('data-good'));
        expect(excellent).toBeGreaterThan(0.2 * good);
        expect(await q.getByTestId('evidence-ratings').locator('tbody tr').count()).toBe(Number(await q.getAttribute('data-counted')));
      }
      if (kind === 'reviews') {
        expect((await page.getByTestId('review-before').textContent())!.length).toBeGreaterThan(100);
        expect((await page.getByTestId('review-after').textContent())!.length).toBeGreaterThan(100);
      }
      await site.shot(`flags-evidence-${kind}`);
      // Back to the list as it was filtered.
      await page.getByTestId('back-to-list').click();
      await waitForList(page);
      await expect.poll(() => page.getByTestId('filter-rule').inputValue()).toBe(rule);
      expect(new URL(page.url()).searchParams.get('rule')).toBe(rule);
    }
  });

  it('decides on a flag; after a reload the decision, note and history are there', async () => {
    await page.goto(listUrl());
    await waitForList(page);
    await page.getByTestId('flag-link').first().click();
    await page.getByTestId('flag-evidence').waitFor({ timeout: 60_000 });
    await page.getByTestId('reviewer-name').fill(REVIEWER);
    await page.getByTestId('reviewer-save').click();
    await page.getByTestId('decision-note').fill(NOTE);
    await page.getByTestId('decision-confirmed').click();
    await expect.poll(() => page.getByTestId('decision-confirmed').getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByTestId('flag-evidence').waitFor({ timeout: 240_000 });
    await expect.poll(() => page.getByTestId('decision-confirmed').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('decision-note').inputValue()).toBe(NOTE);
    expect(await page.getByTestId('reviewer-current').textContent()).toBe(REVIEWER);
    expect(await page.getByTestId('history-entry').count()).toBe(1);
    await site.shot('flags-decided');
  });

  it('bulk-decides on selected flags and filters by status', async () => {
    await page.goto(listUrl());
    await waitForList(page);
    await page.getByTestId('filter-status').selectOption('open');
    const open = (await shown(page)).shown;
    const rows = page.getByTestId('flag-row');
    const ids = [await rows.nth(0).getAttribute('data-flag-id'), await rows.nth(1).getAttribute('data-flag-id'), await rows.nth(2).getAttribute('data-flag-id')];
    for (let i = 0; i < 3; i++) await rows.nth(i).getByTestId('flag-select').check();
    expect(await page.getByTestId('bulk-count').textContent()).toContain('3');
    await page.getByTestId('bulk-status').selectOption('dismissed');
    await page.getByTestId('bulk-note').fill('Số liệu đúng, không vi phạm');
    // A dismissal needs its reason.
    expect(await page.getByTestId('bulk-apply').isDisabled()).toBe(true);
    await page.getByTestId('bulk-reason').selectOption('data_error');
    await page.getByTestId('bulk-apply').click();
    await expect.poll(async () => (await shown(page)).shown).toBe(open - 3);
    await page.getByTestId('filter-status').selectOption('dismissed');
    await expect.poll(async () => (await shown(page)).shown).toBe(3);
    expect((await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-flag-id')))).sort()).toEqual([...ids].sort());
    await page.getByTestId('filter-status').selectOption('');
  });

  it('exports the filtered list as CSV and XLSX, with the decisions', async () => {
    await page.getByTestId('filter-severity').selectOption('high');
    const n = (await shown(page)).shown;
    // The default CSV is the official's: Vietnamese headers, names beside ids, statuses in words.
    const vi = parseCsv((await download(page, 'export-csv', 'canh-bao.csv')).toString('utf8').slice(1));
    expect(vi[0]).toEqual([...VI_COLUMNS]);
    expect(vi.length - 1).toBe(n);
    const viCol = (name: string) => vi[0].indexOf(name);
    expect(vi.slice(1).every((r) => r[viCol('Mức độ')] === 'Cao')).toBe(true);
    expect(vi.slice(1).some((r) => r[viCol('Tên đối tượng')].length > 0 && r[viCol('Mã đối tượng')].length > 0)).toBe(true);
    // The canonical flags.csv stays available for machines.
    const csv = await download(page, 'export-csv-canonical', 'flags.csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(csv.toString('utf8').slice(1));
    expect(records[0]).toEqual([...FLAG_COLUMNS, ...DECISION_COLUMNS]);
    expect(records.length - 1).toBe(n);
    const col = (name: string) => records[0].indexOf(name);
    expect(records.slice(1).every((r) => r[col('severity')] === 'high')).toBe(true);
    expect(records.slice(1).some((r) => /[ăâđêôơư]/.test(r[col('message')]))).toBe(true);

    const xlsx = await download(page, 'export-xlsx', 'flags.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(FLAGS_SHEET)!;
    expect(ws.actualRowCount - 1).toBe(n);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...VI_COLUMNS]);

    // The print view: the whole filtered list as a table, nothing of the screen's controls.
    await page.evaluate(() => (window.print = () => {}));
    await page.getByTestId('print').click();
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('print-list');
    expect(await printed.locator('tbody tr').count()).toBe(n);
    expect(await printed.textContent()).toMatch(/Quy định \d+-QĐ\/TW/);
    expect(await page.getByTestId('flag-filters').isVisible()).toBe(false);
    await site.shot('flags-print');
    await page.emulateMedia({ media: 'screen' });

    // Everything decided so far travels in the export: the confirmed flag with its note, the dismissed ones.
    await page.getByTestId('filter-severity').selectOption('');
    await page.getByTestId('filter-status').selectOption('confirmed');
    const all = parseCsv((await download(page, 'export-csv-canonical', 'flags-confirmed.csv')).toString('utf8').slice(1));
    expect(all.length - 1).toBe(1);
    expect(all[1][col('status')]).toBe('confirmed');
    expect(all[1][col('note')]).toBe(NOTE);
    expect(all[1][col('decided_by')]).toBe(REVIEWER);
    expect(all[1][col('decided_at')]).toMatch(/^\d{4}-\d\d-\d\dT/);
    await page.getByTestId('filter-status').selectOption('');
  });

  it('exports the decisions, survives cleared storage by importing them back, and shows a conflict', async () => {
    const file = await download(page, 'export-decisions', 'decisions.json');
    const exported = JSON.parse(file.toString('utf8')) as { decisions: { flag_id: string; status: string; note: string }[] };
    expect(exported.decisions).toHaveLength(4);

    // Clear the browser's storage from a page of the same origin that does not hold the database open.
    await page.goto(new URL('demo/index.json', server.url).href);
    // On a page that is not HTML, Chrome asks for /favicon.ico at the root: the site serves one (its
    // absence was a 404 console error whenever that request finished before the next navigation).
    expect((await fetch(new URL('favicon.ico', server.url))).status).toBe(200);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('soi-review');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error);
        })
    );
    await page.goto(listUrl());
    await waitForList(page);
    await page.getByTestId('filter-status').selectOption('open');
    await expect.poll(async () => (await shown(page)).shown).toBe((await shown(page)).total);

    await page.getByTestId('import-decisions').setInputFiles(path.join(DOWNLOADS, 'decisions.json'));
    await expect.poll(async () => (await page.getByTestId('import-report').textContent()) ?? '').toContain('4 mới');
    await expect.poll(async () => (await shown(page)).total - (await shown(page)).shown).toBe(4);
    await page.getByTestId('filter-status').selectOption('');

    // A colleague decided the confirmed flag differently, on his own: a conflict to settle.
    const confirmed = exported.decisions.find((d) => d.status === 'confirmed')!;
    // Later than every decision of this run, but not in the future: an import refuses times to come.
    const at = new Date(Date.now() + 60_000).toISOString();
    const theirs = {
      ...confirmed,
      status: 'needs_info',
      note: 'Cần xác minh thêm hồ sơ.',
      decided_by: 'Trần Thị Soát',
      decided_at: at,
      history: [{ at, by: 'Trần Thị Soát', from: 'open', to: 'needs_info', note: 'Cần xác minh thêm hồ sơ.' }],
      conflicts: []
    };
    const colleague = path.join(DOWNLOADS, 'decisions-colleague.json');
    writeFileSync(colleague, JSON.stringify({ ...JSON.parse(file.toString('utf8')), exported_by: 'Trần Thị Soát', decisions: [theirs] }));
    await page.getByTestId('import-decisions').setInputFiles(colleague);
    await page.getByTestId('conflict-list').waitFor();
    await page.getByTestId('conflict-list').getByRole('link').first().click();
    await page.getByTestId('decision-conflict').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('decision-conflict').textContent()).toContain('Trần Thị Soát');
    // Ours stays current until someone picks.
    expect(await page.getByTestId('decision-confirmed').getAttribute('aria-pressed')).toBe('true');
    await site.shot('flags-conflict');
  });

  it('says so when the address names a unit the loaded data does not have', async () => {
    await page.goto(`${listUrl()}?unit=KHONG-CO`);
    await waitForList(page);
    await page.getByTestId('unknown-unit').waitFor();
    expect(await page.getByTestId('unknown-unit').textContent()).toContain('KHONG-CO');
    expect(await page.getByTestId('flag-row').count()).toBe(0);
  });

  it('sent no request to any other host and raised no error', () => {
    expect(watcher.foreign()).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });
});
