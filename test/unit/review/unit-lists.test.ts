// Lists sent down to units and brought back: the workbook written, filled in as a unit would,
// read back and matched, and the explanations recorded in the history without touching decisions.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ATTACHMENTS_COLUMN,
  EXPLANATION_COLUMN,
  FLAG_ID_COLUMN,
  UNIT_LIST_COLUMNS,
  groupByUnit,
  matchExplanations,
  readReturnedLists,
  unitListsWorkbook,
  unitListsZip
} from '../../../src/lib/export/unit-lists';
import { createMemoryDecisionStore, openReviewSession } from '../../../src/lib/review';
import { FLAGS, testClock } from './helpers';

const NAMES = new Map([
  ['C1', 'Chi bộ Trường Tiểu học Mạc Đĩnh Chi'],
  ['C2', 'Chi bộ Khu dân cư số 3'],
  ['P001', 'Nguyễn Thị Hạnh']
]);

/** The workbook as a unit sends it back: explanations typed into some rows, a row added, one duplicated. */
async function fillIn(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet, col: (h: string) => number) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.eachSheet((ws) => {
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    edit(ws, (h) => headers.indexOf(h));
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('unit lists', () => {
  it('writes one sheet per unit with Vietnamese headers, names beside ids and the two empty columns', async () => {
    const groups = groupByUnit(FLAGS, NAMES);
    expect(groups.map((g) => [g.unit_id, g.flags.length])).toEqual([['C1', 2], ['C2', 2]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await unitListsWorkbook(groups, NAMES)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['C1 Chi bộ Trường Tiểu học Mạc Đ', 'C2 Chi bộ Khu dân cư số 3']);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...UNIT_LIST_COLUMNS]);
    const row = ws.getRow(2);
    const at = (h: string) => row.getCell(UNIT_LIST_COLUMNS.indexOf(h as never) + 1).value;
    expect(at('Tên đối tượng')).toBe('Nguyễn Thị Hạnh');
    expect(at('Tên đơn vị')).toBe('Chi bộ Trường Tiểu học Mạc Đĩnh Chi');
    expect(at('Nội dung cảnh báo')).toBe(FLAGS[0].message);
    expect(at(EXPLANATION_COLUMN)).toBeNull();
    expect(at(ATTACHMENTS_COLUMN)).toBeNull();
    // Or one workbook per unit, zipped.
    expect(Object.keys(unzipSync(await unitListsZip(groups, NAMES))).sort()).toEqual(['C1 Chi bộ Trường Tiểu học Mạc Đ.xlsx', 'C2 Chi bộ Khu dân cư số 3.xlsx']);
  });

  it('brings explanations back into the history (append-only, who and when), reports unknown rows, duplicates and changed flags, never touches a decision', async () => {
    const bytes = await unitListsWorkbook(groupByUnit(FLAGS, NAMES), NAMES);
    const filled = await fillIn(bytes, (ws, col) => {
      if (ws.name.startsWith('C1')) {
        ws.getRow(2).getCell(col(EXPLANATION_COLUMN)).value = 'Chi bộ đã họp xét lại, biên bản kèm theo.';
        ws.getRow(2).getCell(col(ATTACHMENTS_COLUMN)).value = 'Biên bản họp ngày 05/01/2025';
        ws.getRow(3).getCell(col(EXPLANATION_COLUMN)).value = 'Đồng chí tự nhận thấp do khiêm tốn.';
        // The same flag again, lower down; and a row for a flag that is not in the list.
        const dup = ws.addRow([]);
        dup.getCell(col(FLAG_ID_COLUMN)).value = FLAGS[0].flag_id;
        dup.getCell(col(EXPLANATION_COLUMN)).value = 'Giải trình lần hai';
        const unknown = ws.addRow([]);
        unknown.getCell(col(FLAG_ID_COLUMN)).value = 'ffffffffffffffff';
        unknown.getCell(col(EXPLANATION_COLUMN)).value = 'Không rõ';
      }
    });
    const rows = await readReturnedLists(filled);
    expect(rows).toHaveLength(4);
    // F2's figures changed since the list was sent: same id, other evidence.
    const changedF2 = { ...FLAGS[1], evidence: FLAGS[1].evidence + ' (đã sửa)' };
    const current = [FLAGS[0], changedF2, FLAGS[2], FLAGS[3]];
    const match = matchExplanations(rows, current);
    expect(match.matched.map((m) => [m.flag.flag_id, m.changed])).toEqual([[FLAGS[0].flag_id, false], [FLAGS[1].flag_id, true]]);
    expect(match.duplicates.map((r) => r.text)).toEqual(['Giải trình lần hai']);
    expect(match.unknown.map((r) => [r.flag_id, r.row])).toEqual([['ffffffffffffffff', 5]]);

    const s = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
    await s.decide(FLAGS[0], { status: 'confirmed', note: 'Vượt mức tự nhận', by: 'Đỗ Minh Tâm' });
    const before = s.decisions.get(FLAGS[0].flag_id)!;
    const items = match.matched.map((m) => ({ flag: m.flag, explanation: { text: m.row.text, attachments: m.row.attachments, source: m.row.unit_id, by: 'Vũ Hoàng Anh', at: '2025-01-06T02:00:00.000Z' } }));
    expect(await s.explainMany(items)).toHaveLength(2);
    const d = s.decisions.get(FLAGS[0].flag_id)!;
    expect([d.status, d.note, d.decided_by, d.decided_at]).toEqual([before.status, before.note, before.decided_by, before.decided_at]);
    expect(d.history.slice(0, 1)).toEqual(before.history);
    expect(d.history[1]).toMatchObject({ kind: 'explanation', by: 'Vũ Hoàng Anh', at: '2025-01-06T02:00:00.000Z', from: 'confirmed', to: 'confirmed', note: 'Chi bộ đã họp xét lại, biên bản kèm theo.', attachments: 'Biên bản họp ngày 05/01/2025', source: 'C1' });
    // A flag nobody decided keeps its open status, with the explanation in its history; the file carries it.
    expect(s.decisions.get(FLAGS[1].flag_id)).toMatchObject({ status: 'open', decided_by: '' });
    const again = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
    expect(await again.importJson(s.exportJson())).toMatchObject({ added: 2 });
    // The same workbook brought back twice records nothing new.
    expect(await s.explainMany(items)).toEqual([]);
  });
});
