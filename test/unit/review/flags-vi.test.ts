// The audit list in Vietnamese: headers, names beside ids, statuses and reasons in words, CSV and XLSX.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { VI_COLUMNS, viFlagsToCsv, viRows, viStamp } from '../../../src/lib/export/flags-vi';
import { FLAGS_SHEET, viFlagsToXlsx } from '../../../src/lib/export/flags-xlsx';
import { createMemoryDecisionStore, openReviewSession } from '../../../src/lib/review';
import { FLAGS, testClock } from './helpers';

const NAMES = new Map([
  ['P001', 'Nguyễn Thị Hạnh'],
  ['C1', 'Chi bộ Trường Tiểu học Mạc Đĩnh Chi']
]);

describe('Vietnamese audit list', () => {
  it('puts names beside ids and words for codes; undecided flags read "Chưa xem xét"', async () => {
    const s = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
    await s.decide(FLAGS[0], { status: 'dismissed', note: 'Đã có văn bản', by: 'Đỗ Minh Tâm', reason: 'approved_exception' });
    const rows = viRows(FLAGS.slice(0, 2), s.decisions, NAMES);
    const cell = (r: number, h: (typeof VI_COLUMNS)[number]) => rows[r][VI_COLUMNS.indexOf(h)];
    expect(rows[0]).toHaveLength(VI_COLUMNS.length);
    expect(cell(0, 'Mã đối tượng')).toBe('P001');
    expect(cell(0, 'Tên đối tượng')).toBe('Nguyễn Thị Hạnh');
    expect(cell(0, 'Tên đơn vị')).toBe('Chi bộ Trường Tiểu học Mạc Đĩnh Chi');
    expect(cell(0, 'Nội dung rà soát')).toBe('Mức xếp loại cao hơn mức tự nhận');
    expect(cell(0, 'Mức độ')).toBe('Thấp');
    expect(cell(0, 'Loại đối tượng')).toBe('Cá nhân');
    expect(cell(0, 'Kết quả xem xét')).toBe('Không có dấu hiệu vi phạm');
    expect(cell(0, 'Lý do')).toBe('Trường hợp ngoại lệ đã được cấp có thẩm quyền chấp thuận');
    expect(cell(0, 'Thời điểm xem xét')).toBe('10/12/2024 15:00');
    expect(cell(1, 'Kết quả xem xét')).toBe('Chưa xem xét');
    expect(cell(1, 'Người xem xét')).toBe('');

    const csv = viFlagsToCsv(rows);
    expect(csv.startsWith('\uFEFFMã cảnh báo,Nội dung rà soát,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    // A note a spreadsheet would run as a formula is written inert.
    const hostile = viFlagsToCsv([rows[0].map((v, i) => (i === VI_COLUMNS.indexOf('Ghi chú') ? '=HYPERLINK("x")' : v))]);
    expect(hostile).toContain(`"'=HYPERLINK(""x"")"`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await viFlagsToXlsx(VI_COLUMNS, rows)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(FLAGS_SHEET)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...VI_COLUMNS]);
    expect(ws.getRow(2).getCell(VI_COLUMNS.indexOf('Tên đối tượng') + 1).value).toBe('Nguyễn Thị Hạnh');
    expect(ws.getRow(2).getCell(VI_COLUMNS.indexOf('Năm') + 1).value).toBe(2023);
  });

  it('writes times in Vietnam’s time', () => {
    expect(viStamp('2024-12-31T18:30:00.000Z')).toBe('01/01/2025 01:30');
    expect(viStamp('')).toBe('');
  });
});
