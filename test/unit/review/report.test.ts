// The official report: the independent fixture reorg-v2 through the real loader and every check on
// DuckDB, decisions taken as a committee would (one case of a discipline decision decided as one),
// then the report model, and the .docx read back as Word text.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors, loadDataset, parseDataset } from '../../../src/lib/data';
import { readDatasetFolder } from '../../../src/lib/data/read-folder';
import { createNativeEngine } from '../../../src/lib/engine/native';
import type { Engine } from '../../../src/lib/engine/types';
import { runAudit, type AuditResult } from '../../../src/lib/rules/run-audit';
import { createMemoryDecisionStore, groupCases, openReviewSession, DISMISS_REASON_LABELS, STATUS_LABELS, type Decision } from '../../../src/lib/review';
import { placeDateLine } from '../../../src/lib/report/frame';
import { buildReport, type ReportModel, type ReportTable } from '../../../src/lib/report/model';
import type { ListQuery } from '../../../src/lib/review/filter';
import { reportDocx } from '../../../src/lib/report/docx';
import { DEFAULT_REPORT_HEADER, readReportHeader, type ReportHeader } from '../../../src/lib/report/header';
import { testClock } from './helpers';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/datasets/reorg-v2/data');
const NONE: ListQuery = { rule: '', severity: '', yearFrom: null, yearTo: null, unit: '', q: '', status: '' };
const HEADER: ReportHeader = {
  superior: 'Đảng bộ tỉnh Ninh Bình',
  issuer: 'Ủy ban kiểm tra',
  number: '12-BC/UBKT',
  place: 'Ninh Bình',
  signerTitle: 'Chủ nhiệm',
  signerName: 'Trần Văn Bình',
  recipients: 'Ban Thường vụ Tỉnh ủy (để báo cáo)\nLưu VT.'
};
/** 20:00 UTC on 5 February is already the 6th in Vietnam. */
const AT = new Date('2026-02-05T20:00:00.000Z');
const TAM = 'Đỗ Minh Tâm';
/** An override the report must state as such. */
const PARAMS = { quota_excellent_members: { ratio: 0.25 } };

let engine: Engine;
let audit: AuditResult;
let names: Map<string, string>;
let decisions: ReadonlyMap<string, Decision>;

beforeAll(async () => {
  engine = await createNativeEngine();
  const parsed = await parseDataset(await readDatasetFolder(DATA));
  expect(hasErrors(parsed.problems)).toBe(false);
  await loadDataset(engine, parsed);
  audit = await runAudit(engine, { params: PARAMS });
  const rows = await engine.query<{ id: string; name: string }>('SELECT person_id AS id, full_name AS name FROM people UNION ALL SELECT unit_id, arg_max(name, year) FROM unit_years GROUP BY unit_id');
  names = new Map(rows.map((r) => [r.id, r.name]));

  // A committee's work: one discipline decision's flags decided as one case, one flag confirmed,
  // one dismissed for a reason, one sent for verification.
  const session = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
  const cases = groupCases(audit.flags);
  const aCase = [...cases.values()].find((c) => c.kind === 'decision')!;
  const caseFlags = audit.flags.filter((f) => aCase.flag_ids.includes(f.flag_id));
  await session.decideMany(caseFlags, { status: 'dismissed', note: 'Đã xử lý kỷ luật', by: TAM, reason: 'already_counted' });
  const rest = audit.flags.filter((f) => !cases.has(f.flag_id));
  await session.decide(rest[0], { status: 'confirmed', note: 'Đề nghị kiểm tra khi có dấu hiệu vi phạm', by: TAM });
  await session.decide(rest[1], { status: 'dismissed', note: '', by: TAM, reason: 'self_remedied' });
  await session.decide(rest[2], { status: 'needs_info', note: 'Cần biên bản họp chi bộ', by: TAM });
  decisions = session.decisions;
}, 240_000);
afterAll(() => engine?.close());

const report = (over: Partial<Parameters<typeof buildReport>[0]> = {}): ReportModel =>
  buildReport({ flags: audit.flags, allFlags: audit.flags, decisions, names, outcomes: audit.outcomes, params: PARAMS, filters: NONE, workspace: 'Đảng bộ huyện thử nghiệm', header: HEADER, at: AT, ...over });

const tableOf = (m: ReportModel, caption: string): ReportTable => {
  for (const s of m.sections) for (const b of s.blocks) if (b.kind === 'table' && b.caption.startsWith(caption)) return b.table;
  throw new Error(`no table ${caption}`);
};
const sumColumn = (t: ReportTable, i: number) => t.rows.reduce((n, r) => n + Number(r[i]), 0);
const textOf = (m: ReportModel) => m.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.caption))]).join('\n');

describe('the official report', () => {
  it('heads the document as a Party committee files it: issuer, number, place and Vietnam’s date, title, signature, recipients', () => {
    const m = report();
    expect(m.letterhead).toEqual({ superior: 'ĐẢNG BỘ TỈNH NINH BÌNH', issuer: 'ỦY BAN KIỂM TRA', number: 'Số 12-BC/UBKT', party: 'ĐẢNG CỘNG SẢN VIỆT NAM', placeDate: 'Ninh Bình, ngày 06 tháng 02 năm 2026' });
    expect(m.title).toBe('BÁO CÁO');
    expect(m.subtitle).toMatch(/^kết quả rà soát việc kiểm điểm, đánh giá, xếp loại chất lượng .* các năm \d{4}–\d{4}$/);
    expect(m.signature).toEqual({ authority: 'T/M ỦY BAN KIỂM TRA', title: 'CHỦ NHIỆM', name: 'Trần Văn Bình' });
    expect(m.recipients).toEqual(['Ban Thường vụ Tỉnh ủy (để báo cáo)', 'Lưu VT.']);
    // November: no leading zero; a number not given is left for the clerk.
    expect(placeDateLine('Hà Nội', new Date('2026-11-03T01:00:00Z'))).toBe('Hà Nội, ngày 03 tháng 11 năm 2026');
    expect(report({ header: { ...HEADER, number: '' } }).letterhead.number).toMatch(/^Số\s+-BC\/UBKT$/);
  });

  it('states the scope: the dataset, the checks run with their parameters (a changed one marked), and that a flag concludes nothing', () => {
    const m = report();
    const checks = tableOf(m, 'Các nội dung rà soát');
    expect(checks.rows).toHaveLength(audit.outcomes.length);
    const quota = checks.rows.find((r) => r[1] === 'Vượt tỷ lệ đảng viên HTXSNV')!;
    expect(String(quota[2])).toContain('0,25 (đã điều chỉnh)');
    const ran = audit.outcomes.find((o) => o.rule === 'quota_excellent_members')!;
    expect(quota[3]).toBe(`${ran.status === 'ran' ? ran.flags : -1} cảnh báo`);
    expect(textOf(m)).toContain('Bộ dữ liệu: Đảng bộ huyện thử nghiệm.');
    expect(textOf(m)).toContain('chưa phải là kết luận vi phạm');
  });

  it('adds up: by check, by unit and by year each total the flags of the list; the outcomes are the decisions page’s words', () => {
    const m = report();
    const n = audit.flags.length;
    expect(n).toBeGreaterThan(20);
    expect(m.totals.flags).toBe(n);
    const byCheck = tableOf(m, 'Biểu 1');
    expect(sumColumn(byCheck, 5)).toBe(n);
    expect(byCheck.total!.at(-1)).toBe(n);
    expect(sumColumn(tableOf(m, 'Biểu 2'), 2)).toBe(n);
    expect(sumColumn(tableOf(m, 'Biểu 3'), 1)).toBe(n);
    expect(textOf(m)).toContain(`Tổng số cảnh báo trong danh sách: ${n};`);

    const caseSize = [...decisions.values()].filter((d) => d.note === 'Đã xử lý kỷ luật').length;
    expect(caseSize).toBeGreaterThanOrEqual(2);
    expect(m.totals.byStatus).toEqual({ open: n - caseSize - 3, confirmed: 1, dismissed: caseSize + 1, needs_info: 1 });
    expect(m.totals.byReason).toEqual({ already_counted: caseSize, self_remedied: 1 });
    const outcomes = tableOf(m, 'Biểu 4');
    expect(outcomes.rows).toContainEqual([STATUS_LABELS.confirmed.vi, 1]);
    expect(tableOf(m, 'Biểu 5').rows).toEqual([
      [DISMISS_REASON_LABELS.self_remedied.vi, 1],
      [DISMISS_REASON_LABELS.already_counted.vi, caseSize]
    ]);
    expect(m.totals.cases).toBe(new Set([...groupCases(audit.flags).values()].map((c) => c.id)).size);
  });

  it('lists the cases decided, the flags of one discipline decision together under it; the open ones by check', () => {
    const m = report();
    const decided = tableOf(m, 'Biểu 6');
    expect(decided.rows).toHaveLength(decisions.size);
    const caseRows = decided.rows.map((r, i) => [i, String(r[3])] as const).filter(([, c]) => c.startsWith('Quyết định '));
    expect(caseRows.length).toBeGreaterThanOrEqual(2);
    // Adjacent rows, one case label, each with its reason.
    expect(caseRows.at(-1)![0] - caseRows[0][0]).toBe(caseRows.length - 1);
    expect(new Set(caseRows.map(([, c]) => c)).size).toBe(1);
    for (const [i] of caseRows) expect(decided.rows[i][5]).toBe(`${DISMISS_REASON_LABELS.already_counted.vi}. Đã xử lý kỷ luật`);
    const open = tableOf(m, 'Biểu 7');
    expect(sumColumn(open, 2)).toBe(m.totals.byStatus.open);
    expect(sumColumn(open, 3)).toBe(1);
    expect(m.appendix.table.rows).toHaveLength(audit.flags.length);
    expect(m.appendix.table.rows[0][1]).toBe(audit.flags[0].flag_id);
    expect(m.appendix.note).toBe(`${audit.flags.length} cảnh báo, theo thứ tự của danh sách.`);
    // A long list: the appendix lists the first flags and says where the whole list is.
    const capped = report({ appendixMax: 10 });
    expect(capped.appendix.table.rows.map((r) => r[1])).toEqual(audit.flags.slice(0, 10).map((f) => f.flag_id));
    expect(capped.appendix.note).toContain(`10 cảnh báo đầu tiên trong số ${audit.flags.length}`);
    expect(capped.totals.flags).toBe(audit.flags.length);
  });

  it('reports the list as filtered, saying by what, against the whole audit', () => {
    const high = audit.flags.filter((f) => f.severity === 'high');
    const m = report({ flags: high, filters: { ...NONE, severity: 'high' } });
    expect(m.totals).toMatchObject({ flags: high.length, audited: audit.flags.length });
    expect(textOf(m)).toContain(`Tổng số cảnh báo trong danh sách: ${high.length} (trong tổng số ${audit.flags.length} cảnh báo của lần rà soát)`);
    expect(textOf(m)).toContain('lọc theo: mức độ Cao');
    expect(sumColumn(tableOf(m, 'Biểu 2'), 2)).toBe(high.length);
  });

  it('writes a .docx that Word readers open: title, figures, outcomes, signature and the appendix', async () => {
    const m = report();
    const bytes = await reportDocx(m);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const s of ['ĐẢNG BỘ TỈNH NINH BÌNH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 12-BC/UBKT', 'Ninh Bình, ngày 06 tháng 02 năm 2026', 'BÁO CÁO', `Tổng số cảnh báo trong danh sách: ${audit.flags.length};`, STATUS_LABELS.confirmed.vi, DISMISS_REASON_LABELS.self_remedied.vi, 'T/M ỦY BAN KIỂM TRA', 'Trần Văn Bình', 'Nơi nhận:', '- Lưu VT.', 'PHỤ LỤC', audit.flags.at(-1)!.flag_id])
      expect(text, s).toContain(s);
  });

  it('remembers the header fields as typed, and reads a damaged memory as the defaults', () => {
    expect(readReportHeader(JSON.stringify({ ...HEADER, recipients: '  Ban Thường vụ \n\n  Lưu  VT. ' }))).toEqual({ ...HEADER, recipients: 'Ban Thường vụ\nLưu VT.' });
    expect(readReportHeader('{not json')).toEqual(DEFAULT_REPORT_HEADER);
    expect(readReportHeader(JSON.stringify({ issuer: 42, place: 'Huế' }))).toEqual({ ...DEFAULT_REPORT_HEADER, place: 'Huế' });
    expect(readReportHeader(null)).toEqual(DEFAULT_REPORT_HEADER);
  });
});
