/**
 * Committee case work on the built site, several pages of one browser profile at once: two tabs
 * decide on the same flag and a third sees both decisions; the dataset's workspace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
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

async function setReviewerOnList(p: Page, name: string) {
  const box = p.getByTestId('list-reviewer-name');
  if (await box.isVisible()) {
    await box.fill(name);
    await box.press('Enter');
    await box.blur();
  }
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

  it('asks a reason for “no sign of a violation” and keeps it in the history', async () => {
    const { page } = site;
    await openFlag(page, flagId);
    await page.getByTestId('decision-dismissed').click();
    await page.getByTestId('reason-hint').waitFor();
    expect(await page.getByTestId('decision-dismissed').getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId('dismiss-reason').selectOption('self_remedied');
    await page.getByTestId('decision-dismissed').click();
    await expect.poll(() => page.getByTestId('decision-dismissed').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('history-entry').first().textContent()).toContain('Tự phát hiện và đã khắc phục xong hậu quả');
    expect(await page.getByTestId('decision-dismissed').textContent()).toBe('Không có dấu hiệu vi phạm');
  });

  it('works in the loaded dataset’s workspace: shown, renamed, carried by the export; a file of another dataset is merged only when the user says so; forgetting asks first', async () => {
    const { page } = site;
    await page.goto(url('flags/'));
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    const card = page.getByTestId('workspace');
    await card.waitFor();
    const id = (await card.getAttribute('data-workspace'))!;
    expect(id).toMatch(/^ws-[0-9a-f]{16}$/);
    await page.getByTestId('workspace-rename').click();
    await page.getByTestId('workspace-name-input').fill('Rà soát dữ liệu mẫu 2024');
    await page.getByTestId('workspace-rename-save').click();
    await expect.poll(() => page.getByTestId('workspace-name').textContent()).toBe('Rà soát dữ liệu mẫu 2024');

    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-decisions').click()]);
    const file = JSON.parse(readFileSync((await d.path())!, 'utf8'));
    expect(file).toMatchObject({ workspace: id, workspace_name: 'Rà soát dữ liệu mẫu 2024' });
    expect(file.decisions).toHaveLength(1);

    // The same decisions said to be another dataset's: refused until the user agrees.
    const other = path.join(mkdtempSync(path.join(tmpdir(), 'soi-ws-')), 'other.json');
    const decision = file.decisions[0];
    // Later than every decision of this run, but not in the future: an import refuses times to come.
    const at = new Date(Date.now() + 60_000).toISOString();
    const theirs = { ...decision, status: 'dismissed', note: 'Số liệu nhập sai', decided_by: 'Lê Văn Khác', decided_at: at, conflicts: [], history: [{ at, by: 'Lê Văn Khác', from: 'open', to: 'dismissed', note: 'Số liệu nhập sai' }] };
    writeFileSync(other, JSON.stringify({ ...file, workspace: 'ws-0123456789abcdef', workspace_name: 'Quận Tây Hồ', decisions: [theirs] }));
    await page.getByTestId('import-decisions').setInputFiles(other);
    const ask = page.getByTestId('import-other-workspace');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('Quận Tây Hồ');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-decisions').setInputFiles(other);
    await page.getByTestId('import-merge-anyway').click();
    await expect.poll(async () => (await page.getByTestId('import-report').textContent()) ?? '').toContain('1 khác biệt');

    // Forget: asks first, then the list is all open again.
    await page.getByTestId('workspace-forget').click();
    await page.getByTestId('workspace-forget-confirm').waitFor();
    await page.getByTestId('workspace-forget-yes').click();
    await page.getByTestId('filter-status').selectOption('open');
    await expect.poll(async () => (await page.getByTestId('flag-count').getAttribute('data-shown')) === (await page.getByTestId('flag-count').getAttribute('data-total'))).toBe(true);
    await page.getByTestId('filter-status').selectOption('');
  });

  it('sends the filtered list down to units as a workbook and brings an explanation back into the flag’s history', async () => {
    const { page } = site;
    await page.goto(url('flags/?severity=high'));
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    await setReviewerOnList(page, TAM);
    const shown = Number(await page.getByTestId('flag-count').getAttribute('data-shown'));
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-unit-lists').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await d.path())!) as unknown as ArrayBuffer);
    // One sheet per unit, every flag shown on exactly one of them.
    const rows = wb.worksheets.reduce((n, ws) => n + ws.actualRowCount - 1, 0);
    expect(rows).toBe(shown);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    for (const h of ['Tên đối tượng', 'Tên đơn vị', 'Nội dung cảnh báo', 'Căn cứ, số liệu', 'Giải trình của đơn vị', 'Tài liệu kèm theo']) expect(headers).toContain(h);
    const target = String(ws.getRow(2).getCell(headers.indexOf('Mã cảnh báo')).value);
    ws.getRow(2).getCell(headers.indexOf('Giải trình của đơn vị')).value = 'Chi bộ đã họp xét lại ngày 05/01/2025.';
    ws.getRow(2).getCell(headers.indexOf('Tài liệu kèm theo')).value = 'Biên bản họp chi bộ';
    const filled = path.join(mkdtempSync(path.join(tmpdir(), 'soi-lists-')), 'tra-lai.xlsx');
    writeFileSync(filled, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await page.getByTestId('import-explanations').setInputFiles(filled);
    await expect.poll(async () => (await page.getByTestId('explanations-report').textContent()) ?? '').toContain('Đã ghi 1 giải trình');
    await site.shot('cases-unit-lists');

    await openFlag(page, target);
    const entry = page.locator('[data-testid="history-entry"][data-kind="explanation"]');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Chi bộ đã họp xét lại ngày 05/01/2025.');
    expect(await entry.textContent()).toContain('Biên bản họp chi bộ');
    // Recorded under the name of the reviewer of this browser profile (the last one set: Anh, by page B above).
    expect(await entry.textContent()).toContain(ANH);
    await site.shot('cases-explanation-in-history');
  });

  it('decides a grouped case (the flags of one discipline decision) as one', async () => {
    const { page } = site;
    // DV0000266 was rated high in 2019 and 2020, years a later discipline decision covers: two flags, one case.
    await page.goto(url('flags/?rule=rated_high_then_disciplined&q=DV0000266'));
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    await expect.poll(() => page.getByTestId('flag-row').count()).toBe(2);
    const ids = await page.getByTestId('flag-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-flag-id')!));
    await openFlag(page, ids[0]);
    const kase = page.getByTestId('case-panel');
    await kase.waitFor();
    const inCase = await kase.getByTestId('case-flag').evaluateAll((li) => li.map((l) => l.getAttribute('data-flag-id')));
    for (const id of ids) expect(inCase).toContain(id);
    await setReviewer(page, TAM);
    await page.getByTestId('decision-note').fill('Đề nghị kiểm tra việc xếp loại các năm 2019, 2020.');
    await page.getByTestId('decision-confirmed').click();
    await expect.poll(() => page.getByTestId('decision-confirmed').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('case-apply').click();
    await expect.poll(async () => await kase.locator('.status.confirmed').count()).toBe(inCase.length);
    await site.shot('cases-grouped-case');
  });

  it('builds the official report of the list as filtered: the header asked once and remembered, a preview on the page, a .docx with “BÁO CÁO”, the count shown and the case’s outcome', async () => {
    const { page } = site;
    await page.goto(url('flags/?rule=rated_high_then_disciplined'));
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    const form = page.getByTestId('report-header-form');
    // Asked the first time: the form is open.
    expect(await form.getAttribute('open')).not.toBeNull();
    await page.getByTestId('report-field-superior').fill('Đảng bộ huyện Kim Sơn');
    await page.getByTestId('report-field-number').fill('07-BC/UBKT');
    await page.getByTestId('report-field-place').fill('Kim Sơn');
    await page.getByTestId('report-field-signerName').fill('Trần Văn Bình');
    await page.getByTestId('report-field-signerName').blur();

    // Remembered: prefilled on the next visit, the form folded away.
    await page.reload();
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    await expect.poll(() => page.getByTestId('report-field-number').inputValue()).toBe('07-BC/UBKT');
    expect(await form.getAttribute('open')).toBeNull();
    const shown = Number(await page.getByTestId('flag-count').getAttribute('data-shown'));
    const total = Number(await page.getByTestId('flag-count').getAttribute('data-total'));
    expect(shown).toBeGreaterThan(2);
    expect(shown).toBeLessThan(total);

    // The preview, from the keyboard.
    const toggle = page.getByTestId('report-preview-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const preview = page.getByTestId('report-preview');
    await preview.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(Number(await preview.getAttribute('data-flags'))).toBe(shown);
    const seen = (await preview.textContent()) ?? '';
    for (const s of ['ĐẢNG BỘ HUYỆN KIM SƠN', 'ỦY BAN KIỂM TRA', 'Số 07-BC/UBKT', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'T/M ỦY BAN KIỂM TRA', 'Trần Văn Bình']) expect(seen).toContain(s);
    // Tab: the download, then into the preview (scrolled by the arrow keys).
    await page.keyboard.press('Tab');
    expect(await page.getByTestId('export-report').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await preview.evaluate((el) => el === document.activeElement)).toBe(true);
    await site.shot('cases-report-preview');

    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()]);
    expect(d.suggestedFilename()).toMatch(/^soi-bao-cao-\d{4}-\d{2}-\d{2}\.docx$/);
    const { value: text } = await mammoth.extractRawText({ path: (await d.path())! });
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(`Tổng số cảnh báo trong danh sách: ${shown} (trong tổng số ${total} cảnh báo của lần rà soát)`);
    expect(text).toContain('lọc theo: nội dung rà soát “Xếp loại cao trong năm sau này bị kỷ luật”');
    // The case decided above, with the decisions page's words and its decision.
    expect(text).toContain('Có dấu hiệu vi phạm, đề nghị kiểm tra');
    expect(text).toContain('Đề nghị kiểm tra việc xếp loại các năm 2019, 2020.');
    expect(text).toMatch(/Quyết định \S+/);
    expect(text).toContain('Số 07-BC/UBKT');
    expect(text).toContain('Trần Văn Bình');
  });

  it('prints the list with the report’s letterhead and signature', async () => {
    const { page } = site;
    const shown = Number(await page.getByTestId('flag-count').getAttribute('data-shown'));
    await page.evaluate(() => (window.print = () => {}));
    await page.getByTestId('print').click();
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('print-list');
    await printed.waitFor();
    const head = (await printed.getByTestId('report-letterhead').textContent()) ?? '';
    for (const s of ['ĐẢNG BỘ HUYỆN KIM SƠN', 'ỦY BAN KIỂM TRA', 'Số 07-BC/UBKT', 'ĐẢNG CỘNG SẢN VIỆT NAM']) expect(head).toContain(s);
    expect(head).toMatch(/Kim Sơn, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    const foot = (await printed.getByTestId('report-signature').textContent()) ?? '';
    for (const s of ['Nơi nhận:', 'T/M ỦY BAN KIỂM TRA', 'CHỦ NHIỆM', 'Trần Văn Bình']) expect(foot).toContain(s);
    expect(await printed.locator('tbody tr').count()).toBe(shown);
    await site.shot('cases-print-letterhead');
    await page.emulateMedia({ media: 'screen' });
  });

  it('sent no request to any other host and raised no error', () => {
    expect(site.watcher.foreign()).toEqual([]);
    expect(site.watcher.errors).toEqual([]);
  });
});
