/**
 * Raw rows of one table file → canonical rows (schema.ts), with a problem for every cell that
 * cannot be read. Readers (CSV, XLSX, Parquet) call `header` once, then `row` for each data row.
 */
import { LEVELS, type LevelCode } from '../domain/levels';
import { COLUMN_PARSERS } from './column-parsers';
import { mapHeader, type HeaderMap, type HeaderMapping } from './headers';
import type { Problem } from './problems';
import { SCHEMA, type TableName } from './schema';
import { columnsOf, type CanonicalRow } from './to-engine';
import { Invalid, isEmptyCell, type RawCell } from './values';

/** One table as read from one file, with what validation needs to point back into the file. */
export interface ParsedTable {
  table: TableName;
  file: string;
  rows: CanonicalRow[];
  /** Spreadsheet row number of each canonical row (header = 1). */
  rowNumbers: number[];
  /** Canonical column → header as written. */
  headerOf: Record<string, string>;
}

export class TableBuilder {
  private mapping: HeaderMapping | null = null;
  private readonly rows: CanonicalRow[] = [];
  private readonly rowNumbers: number[] = [];
  /** A row of NULLs with every column in schema order: each row starts as a copy (one shape for all). */
  private readonly emptyRow: CanonicalRow;
  private readonly required: string[];
  private unnamedReported = false;

  constructor(
    readonly table: TableName,
    readonly file: string,
    private readonly problems: Problem[],
    private readonly headerMap?: HeaderMap
  ) {
    this.emptyRow = Object.fromEntries(columnsOf(table).map((c) => [c.name, null]));
    this.required = SCHEMA[table].filter((c) => c.required).map((c) => c.name);
  }

  get width(): number {
    return this.mapping?.columns.length ?? 0;
  }

  header(cells: readonly RawCell[], row = 1): void {
    this.mapping = mapHeader(this.table, this.file, cells, this.headerMap, this.problems, row);
  }

  /** Column as written in the file, for problems (the canonical name when the file lacks it). */
  columnLabel(column: string): string {
    return this.mapping?.headerOf[column] ?? column;
  }

  error(row: number, column: string | undefined, message: string, extra: Partial<Problem> = {}): void {
    this.problems.push({ severity: 'error', file: this.file, row, column: column && this.columnLabel(column), message, ...extra });
  }

  row(cells: readonly RawCell[], rowNumber: number): void {
    const mapping = this.mapping;
    if (!mapping) throw new Error('header() must come before row()');
    const out: CanonicalRow = { ...this.emptyRow };
    let bad: Set<string> | null = null;
    const parsers = COLUMN_PARSERS[this.table];
    const { columns } = mapping;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      if (column === null) continue;
      const cell = cells[i];
      const value = parsers[column](cell);
      if (value instanceof Invalid) {
        (bad ??= new Set()).add(column);
        this.error(rowNumber, column, value.message, { expected: value.expected, found: String(cell) });
      } else out[column] = value;
    }
    if (!this.unnamedReported) this.reportUnnamed(cells, rowNumber);
    for (const column of this.required) {
      if (out[column] === null && !bad?.has(column) && mapping.headerOf[column] !== undefined)
        this.error(rowNumber, column, `thiếu giá trị bắt buộc (required value is empty)`);
    }
    FINISH[this.table]?.(out, rowNumber, this, mapping);
    this.rows.push(out);
    this.rowNumbers.push(rowNumber);
  }

  private reportUnnamed(cells: readonly RawCell[], rowNumber: number): void {
    const i = this.mapping!.unnamed.find((p) => !isEmptyCell(cells[p]));
    if (i === undefined) return;
    this.unnamedReported = true;
    this.problems.push({
      severity: 'warning',
      file: this.file,
      row: rowNumber,
      column: `#${i + 1}`,
      message: `cột thứ ${i + 1} không có tiêu đề nhưng có dữ liệu, bỏ qua (column ${i + 1} has values but no header; ignored)`,
      found: String(cells[i])
    });
  }

  finish(): ParsedTable {
    FINISH_TABLE[this.table]?.(this);
    return { table: this.table, file: this.file, rows: this.rows, rowNumbers: this.rowNumbers, headerOf: this.mapping?.headerOf ?? {} };
  }

  get rowCount(): number {
    return this.rows.length;
  }

  hasColumn(column: string): boolean {
    return this.mapping?.headerOf[column] !== undefined;
  }

  /** For whole-table checks: does any row satisfy `test`? */
  some(test: (row: CanonicalRow) => boolean): number | undefined {
    const i = this.rows.findIndex(test);
    return i < 0 ? undefined : this.rowNumbers[i];
  }
}

type Finish = (row: CanonicalRow, rowNumber: number, b: TableBuilder, m: HeaderMapping) => void;

/** Per-row defaults, derived columns and rules that span cells of one row. */
const FINISH: Partial<Record<TableName, Finish>> = {
  ratings(row, n, b) {
    if (row.subject_type === 'person') {
      if (row.track === null) row.track = 'party_member';
      if (row.unit_id === null && b.hasColumn('unit_id')) b.error(n, 'unit_id', 'thiếu đơn vị nơi đảng viên được xếp loại (unit_id is required on person rows)');
    } else if (row.subject_type === 'unit' && row.track !== null) {
      b.error(n, 'track', `diện đánh giá chỉ dùng cho cá nhân (track applies to person rows only)`, { found: String(row.track), expected: '(trống / empty)' });
    }
    row.rank = row.level === null ? null : LEVELS[row.level as LevelCode].rank;
    row.self_rank = row.self_level === null ? null : LEVELS[row.self_level as LevelCode].rank;
  },
  disciplines(row, n, b) {
    if (row.violation_from === null && typeof row.decided_on === 'string') row.violation_from = Number(row.decided_on.slice(0, 4));
    if (row.violation_to === null) row.violation_to = row.violation_from;
    if (row.self_detected === null) row.self_detected = false;
    if (row.violation_from !== null && row.violation_to !== null && (row.violation_from as number) > (row.violation_to as number))
      b.error(n, 'violation_from', `năm bắt đầu vi phạm sau năm kết thúc (violation_from ${row.violation_from} is after violation_to ${row.violation_to})`, {
        expected: `≤ ${row.violation_to}`,
        found: String(row.violation_from)
      });
  }
};

/** Checks over the whole table once all rows are read. */
const FINISH_TABLE: Partial<Record<TableName, (b: TableBuilder) => void>> = {
  ratings(b) {
    if (b.hasColumn('unit_id')) return;
    const first = b.some((r) => r.subject_type === 'person');
    if (first !== undefined)
      b.error(1, 'unit_id', 'thiếu cột unit_id (đơn vị xếp loại), bắt buộc khi có dòng cá nhân (missing column unit_id, required for person rows)', {
        expected: 'unit_id | chi bộ | đơn vị'
      });
  }
};
