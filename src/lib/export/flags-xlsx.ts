/**
 * The audit list as an Excel workbook: the columns of flags.csv (docs/data-format.md) plus any extra ones
 * (e.g. DECISION_COLUMNS), header row bold and frozen, an autofilter over the whole list, numbers
 * as numbers, long text wrapped. A second sheet explains rule ids and decision statuses.
 * exceljs is loaded on first use, so a page pays for it only when the user exports.
 */
import { RULE_IDS, RULE_TITLES } from '../domain/rule-ids';
import { DECISION_STATUSES, STATUS_LABELS } from '../review/types';
import { FLAG_COLUMNS, type Flag } from '../rules/types';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const FLAGS_SHEET = 'Danh sách dấu hiệu';
export const LEGEND_SHEET = 'Chú giải';

/** Columns of free text: wide and wrapped. */
const WIDE: Record<string, number> = { regulation: 40, message: 60, evidence: 80, related: 40, note: 50 };
const NUMERIC = new Set(['year', 'score']);

type ExcelJS = typeof import('exceljs');

export async function loadExcelJs(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as unknown as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

function cellValue(column: string, v: unknown): string | number | null {
  if (v === null || v === undefined || v === '') return null;
  if (NUMERIC.has(column) && typeof v === 'number') return v;
  return typeof v === 'string' ? v.normalize('NFC') : String(v);
}

function columnWidth(column: string, rows: readonly Record<string, unknown>[]): number {
  if (WIDE[column]) return WIDE[column];
  let longest = column.length;
  for (const r of rows.slice(0, 500)) longest = Math.max(longest, String(r[column] ?? '').length);
  return Math.min(Math.max(longest + 2, 8), 30);
}

export async function workbookBytes(wb: import('exceljs').Workbook): Promise<Uint8Array> {
  // A Node Buffer in Node, an ArrayBuffer in the browser.
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
}

/** Wide, wrapped columns of the Vietnamese list (the rest sized to their content). */
const WIDE_VI: Record<string, number> = { 'Tên đối tượng': 28, 'Tên đơn vị': 32, 'Căn cứ quy định': 40, 'Nội dung cảnh báo': 60, 'Căn cứ, số liệu': 70, 'Ghi chú': 40 };

/**
 * A sheet of a Vietnamese table: headers bold and frozen, an autofilter, free text wrapped; used
 * by the audit list in Vietnamese and the lists sent down to units.
 */
export function addViSheet(wb: import('exceljs').Workbook, name: string, headers: readonly string[], rows: readonly (string | number | null)[][]): import('exceljs').Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = headers.map((h, i) => {
    let longest = h.length;
    for (const r of rows.slice(0, 500)) longest = Math.max(longest, String(r[i] ?? '').length);
    return { header: h, key: `c${i}`, width: WIDE_VI[h] ?? Math.min(Math.max(longest + 2, 8), 30) };
  });
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? v.normalize('NFC') : v)));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  headers.forEach((h, i) => {
    if (WIDE_VI[h]) ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  return ws;
}

/** The audit list in Vietnamese (flags-vi.ts) as an .xlsx. */
export async function viFlagsToXlsx(headers: readonly string[], rows: readonly (string | number | null)[][]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Soi';
  addViSheet(wb, FLAGS_SHEET, headers, rows);
  return workbookBytes(wb);
}


/** Builds the workbook and returns the .xlsx bytes. */
export async function flagsToXlsx<F extends Flag>(flags: readonly F[], extraColumns: readonly string[] = []): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Soi';
  const rows = flags as unknown as readonly Record<string, unknown>[];
  const columns = [...FLAG_COLUMNS, ...extraColumns];

  const ws = wb.addWorksheet(FLAGS_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c, key: c, width: columnWidth(c, rows) }));
  for (const r of rows) ws.addRow(columns.map((c) => cellValue(c, r[c])));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const c of columns) {
    if (WIDE[c]) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  }

  const legend = wb.addWorksheet(LEGEND_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  legend.columns = [
    { header: 'mã (code)', key: 'code', width: 30 },
    { header: 'tiếng Việt', key: 'vi', width: 60 },
    { header: 'English', key: 'en', width: 45 }
  ];
  legend.getRow(1).font = { bold: true };
  for (const id of RULE_IDS) legend.addRow([id, RULE_TITLES[id].vi, RULE_TITLES[id].en]);
  for (const s of DECISION_STATUSES) legend.addRow([s, STATUS_LABELS[s].vi, STATUS_LABELS[s].en]);

  return workbookBytes(wb);
}
