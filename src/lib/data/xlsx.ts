/**
 * An .xlsx workbook whose sheets are the tables (sheet names as table file names: "ratings",
 * "Xếp loại"…). The header is the row, among the first ten, that names the most columns (title
 * rows above it are skipped); row numbers are the sheet's own. exceljs is loaded only when needed.
 */
import { foldKey, HEADER_LOOKUP, tableOfFileName } from './aliases';
import { baseName, splitExtension, toArrayBuffer, type InputFile } from './input-files';
import type { Problem } from './problems';
import type { TableName } from './schema';
import type { TableSource } from './table-source';
import { isEmptyCell, type RawCell } from './values';

const HEADER_SEARCH_ROWS = 10;

type SheetRow = { row: number; cells: RawCell[] };

export async function xlsxSources(file: InputFile, problems: Problem[]): Promise<TableSource[]> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(file.bytes) as never);
  } catch (err) {
    problems.push({ severity: 'error', file: file.name, message: `không mở được sổ tính Excel (cannot open the workbook): ${err instanceof Error ? err.message : String(err)}` });
    return [];
  }
  const sheets = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  const fileTable = tableOfFileName(splitExtension(baseName(file.name))[0]);
  const sources: TableSource[] = [];
  for (const ws of sheets) {
    // A workbook named after one table ("ratings.xlsx") may keep it on a sheet of any name.
    const table = tableOfFileName(ws.name) ?? (sheets.length === 1 ? fileTable : undefined);
    if (!table) {
      problems.push({
        severity: 'warning',
        file: file.name,
        sheet: ws.name,
        message: 'trang tính không thuộc bộ dữ liệu, bỏ qua (unrecognised sheet, ignored)',
        expected: 'units, people, ratings, reviews, disciplines'
      });
      continue;
    }
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[];
      const cells: RawCell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
      rows.push({ row: rowNumber, cells });
    });
    sources.push({
      table,
      file: file.name,
      sheet: ws.name,
      read: async (builder) => {
        const h = headerIndex(table, rows);
        builder.header(rows[h].cells, rows[h].row);
        for (let i = h + 1; i < rows.length; i++) if (!rows[i].cells.every(isEmptyCell)) builder.row(rows[i].cells, rows[i].row);
      }
    });
  }
  return sources;
}

function headerIndex(table: TableName, rows: SheetRow[]): number {
  let best = 0;
  let bestHits = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const hits = rows[i].cells.filter((c) => typeof c === 'string' && HEADER_LOOKUP[table].has(foldKey(c))).length;
    if (hits > bestHits) [best, bestHits] = [i, hits];
  }
  return best;
}

/** exceljs cell values → plain values: rich text joined, formulas by their result, links by their text. */
function cellValue(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('result' in o) return cellValue(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if (typeof o.text === 'string') return o.text;
    if ('error' in o) return String(o.error);
  }
  return String(v);
}
