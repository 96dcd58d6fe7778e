import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { flagsToXlsx, FLAGS_SHEET, LEGEND_SHEET } from '../../../src/lib/export/flags-xlsx';
import { DECISION_COLUMNS, joinDecisions } from '../../../src/lib/export/join-decisions';
import { FLAG_COLUMNS } from '../../../src/lib/rules/types';
import { decide } from '../../../src/lib/review';
import { FLAGS } from './helpers';

async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('audit list as XLSX', () => {
  it('reads back with exceljs: same rows and columns, Vietnamese intact, header bold and frozen, autofilter', async () => {
    const [F1, F2] = FLAGS;
    // A message arriving in NFD (as some legacy files do) is written as NFC.
    const flags = [{ ...F1, message: F1.message.normalize('NFD') }, F2, ...FLAGS.slice(2)];
    const decided = decide(undefined, F1, { status: 'confirmed', note: 'Biên bản họp không ghi lý do; đề nghị "xếp loại lại"', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' })!;
    const rows = joinDecisions(flags, [decided]);
    const bytes = await flagsToXlsx(rows, DECISION_COLUMNS);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: an .xlsx

    const wb = await readBack(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([FLAGS_SHEET, LEGEND_SHEET]);
    const ws = wb.getWorksheet(FLAGS_SHEET)!;
    const columns = [...FLAG_COLUMNS, ...DECISION_COLUMNS];
    const header = ws.getRow(1);
    expect(columns.map((_, i) => header.getCell(i + 1).value)).toEqual(columns);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:P1');
    expect(ws.rowCount).toBe(1 + FLAGS.length);

    const cells = (r: number) => columns.map((_, i) => ws.getRow(r).getCell(i + 1).value);
    const first = cells(2);
    expect(first).toEqual([
      F1.flag_id, F1.rule, F1.severity, F1.year, F1.subject_type, F1.subject_id, F1.unit_id, F1.score, F1.regulation, F1.message, F1.evidence, F1.related,
      'confirmed', 'Biên bản họp không ghi lý do; đề nghị "xếp loại lại"', 'Đỗ Minh Tâm', '2024-12-10T08:00:00.000Z'
    ]);
    expect(typeof first[3]).toBe('number');
    expect(first[9]).toBe(F1.message.normalize('NFC'));
    expect(first[9]).toContain('Hoàn thành tốt nhiệm vụ');
    expect(first[11]).toBe('person:P001; unit:C1');
    // An undecided flag: open, the other decision cells empty.
    expect(cells(3).slice(-4)).toEqual(['open', null, null, null]);

    const legend = wb.getWorksheet(LEGEND_SHEET)!;
    const legendRows = legend.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(legendRows).toContainEqual(['self_level_raised', 'Mức xếp loại cao hơn mức tự nhận', 'Final level above the self-assessment']);
    expect(legendRows).toContainEqual(['needs_info', 'Cần xác minh thêm', 'needs further verification']);
  });

  it('writes the plain audit list when no extra columns are asked for', async () => {
    const wb = await readBack(await flagsToXlsx(FLAGS));
    const ws = wb.getWorksheet(FLAGS_SHEET)!;
    expect(ws.columnCount).toBe(FLAG_COLUMNS.length);
    expect(ws.autoFilter).toBe('A1:L1');
    expect(ws.getRow(5).getCell(6).value).toBe('P004');
  });
});
