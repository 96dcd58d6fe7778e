/**
 * Raw rows of one table file → canonical rows (schema.ts), with a problem for every cell that
 * cannot be read. Readers (CSV, XLSX, Parquet) call `header` once, then `row` for each data row.
 */
import { ADMINISTRATIVE_ONLY_FORMS, DISCIPLINE_FORMS, DISCIPLINE_LABELS, PARTY_ONLY_FORMS, type DisciplineForm } from '../domain/disciplines';
import { LEVELS, type LevelCode } from '../domain/levels';
import { COLUMN_PARSERS } from './column-parsers';
import { mapHeader, type HeaderMap, type HeaderMapping, type SourceHeaders } from './headers';
import type { Problem } from './problems';
import { ColumnTable } from './column-table';
import { SCHEMA, type TableName } from './schema';
import { columnsOf } from './to-engine';
import { found, Invalid, isEmptyCell, type CanonicalRow, type RawCell } from './values';

/** One table as read from one file, with what validation needs to point back into the file. */
export interface ParsedTable {
  table: TableName;
  file: string;
  sheet?: string;
  /** The canonical rows, held by column (a province's ratings as objects would not fit a browser tab). */
  data: ColumnTable;
  /** Spreadsheet row number of each canonical row (header = 1). */
  rowNumbers: number[];
  /** Canonical column → header as written. */
  headerOf: Record<string, string>;
  /** Rows that came from files of their own (a review per .docx), by row index: no row number. */
  origins?: Map<number, string>;
  /** Set when the file could not be read whole (a quote never closed): references to it are not checked. */
  incomplete?: boolean;
}

export interface Location {
  file: string;
  sheet?: string;
  row?: number;
}

/** Where row i of a table came from, for a problem. */
export function where(t: ParsedTable, i: number): Location {
  const own = t.origins?.get(i);
  if (own !== undefined) return { file: own };
  return t.sheet === undefined ? { file: t.file, row: t.rowNumbers[i] } : { file: t.file, sheet: t.sheet, row: t.rowNumbers[i] };
}

/** "reviews.csv dòng 3" / "2023/P001.docx": a row named in a message. */
export function describeLocation(l: Location): string {
  return `${l.file}${l.sheet ? ` [${l.sheet}]` : ''}${l.row !== undefined ? ` dòng ${l.row}` : ''}`;
}

export class TableBuilder {
  private mapping: HeaderMapping | null = null;
  private readonly data: ColumnTable;
  private readonly rowNumbers: number[] = [];
  /** A row of NULLs with every column in schema order: each row starts as a copy (one shape for all). */
  private readonly emptyRow: CanonicalRow;
  private readonly required: { name: string; unless?: string }[];
  private unnamedReported = false;
  /** Set by a reader that could not read the whole file (finish() passes it on). */
  incomplete = false;
  /** Told how far the reader is through its file (0..1), for a progress bar; readers that can tell call it. */
  onProgress?: (fraction: number) => void;

  constructor(
    readonly table: TableName,
    readonly file: string,
    private readonly problems: Problem[],
    private readonly headerMap?: HeaderMap,
    readonly sheet?: string
  ) {
    const columns = columnsOf(table);
    this.data = new ColumnTable(columns);
    this.emptyRow = Object.fromEntries(columns.map((c) => [c.name, null]));
    this.required = SCHEMA[table].filter((c) => c.required).map(({ name, unless }) => ({ name, unless }));
  }

  /** Rows appended so far. */
  get rows(): number {
    return this.data.length;
  }

  /** Position in the header of a canonical column (−1 when the header lacks it). */
  positionOf(column: string): number {
    return this.mapping?.columns.indexOf(column) ?? -1;
  }

  get width(): number {
    return this.mapping?.columns.length ?? 0;
  }

  /** The header lacks a required column (reported by the header check): rows wider than it are then its doing. */
  get lacksRequired(): boolean {
    const headerOf = this.mapping?.headerOf ?? {};
    return SCHEMA[this.table].some((c) => c.required && headerOf[c.name] === undefined);
  }

  header(cells: readonly RawCell[], row = 1): void {
    const at = this.problems.length;
    this.mapping = mapHeader(this.table, this.file, cells, this.headerMap, this.problems, row);
    if (this.sheet !== undefined) for (let i = at; i < this.problems.length; i++) this.problems[i].sheet = this.sheet;
  }

  /** The header text of position i as written ("#i" when it has none). */
  headerAt(i: number): string {
    const column = this.mapping?.columns[i];
    return column ? this.columnLabel(column) : `#${i + 1}`;
  }

  /** Column as written in the file, for problems (the canonical name when the file lacks it). */
  columnLabel(column: string): string {
    return this.mapping?.headerOf[column] ?? column;
  }

  error(row: number, column: string | undefined, message: string, extra: Partial<Problem> = {}): void {
    this.problems.push({ severity: 'error', ...this.at(row), column: column && this.columnLabel(column), message, ...extra });
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
        this.error(rowNumber, column, value.message, { expected: value.expected, found: found(cell) });
      } else out[column] = value;
    }
    if (!this.unnamedReported) this.reportUnnamed(cells, rowNumber);
    for (const { name: column, unless } of this.required) {
      if (out[column] === null && !bad?.has(column) && mapping.headerOf[column] !== undefined && !(unless && (out[unless] !== null || bad?.has(unless))))
        this.error(rowNumber, column, `thiếu giá trị bắt buộc (required value is empty)`);
    }
    FINISH[this.table]?.(out, rowNumber, this, mapping);
    this.data.append(out);
    this.rowNumbers.push(rowNumber);
  }

  private at(row: number): Location {
    return this.sheet === undefined ? { file: this.file, row } : { file: this.file, sheet: this.sheet, row };
  }

  /** Values under no header (an empty header cell, or past the last one in a sheet) are lost: say so once. */
  private reportUnnamed(cells: readonly RawCell[], rowNumber: number): void {
    const { unnamed, columns } = this.mapping!;
    let i = unnamed.find((p) => !isEmptyCell(cells[p]));
    for (let p = columns.length; i === undefined && p < cells.length; p++) if (!isEmptyCell(cells[p])) i = p;
    if (i === undefined) return;
    this.unnamedReported = true;
    this.problems.push({
      severity: 'warning',
      ...this.at(rowNumber),
      column: `#${i + 1}`,
      message: `cột thứ ${i + 1} không có tiêu đề nhưng có dữ liệu, bỏ qua (column ${i + 1} has values but no header; ignored)`,
      found: found(cells[i])
    });
  }

  finish(): ParsedTable {
    FINISH_TABLE[this.table]?.(this);
    const t: ParsedTable = { table: this.table, file: this.file, data: this.data, rowNumbers: this.rowNumbers, headerOf: this.mapping?.headerOf ?? {} };
    if (this.sheet !== undefined) t.sheet = this.sheet;
    if (this.incomplete) t.incomplete = true;
    return t;
  }

  /** The header row as read, for a report of what could not be matched (before header(): nothing). */
  headers(): SourceHeaders {
    const h: SourceHeaders = { table: this.table, file: this.file, matched: { ...(this.mapping?.headerOf ?? {}) }, unmatched: [...(this.mapping?.unmatched ?? [])] };
    if (this.sheet !== undefined) h.sheet = this.sheet;
    return h;
  }

  hasColumn(column: string): boolean {
    return this.mapping?.headerOf[column] !== undefined;
  }

  /** For whole-table checks: does any row satisfy `test`? */
  some(test: (row: CanonicalRow) => boolean): number | undefined {
    for (let i = 0; i < this.data.length; i++) if (test(this.data.row(i))) return this.rowNumbers[i];
    return undefined;
  }
}

type Finish = (row: CanonicalRow, rowNumber: number, b: TableBuilder, m: HeaderMapping) => void;

/** Per-row defaults, derived columns and rules that span cells of one row. */
const FINISH: Partial<Record<TableName, Finish>> = {
  units(row, n, b) {
    if (typeof row.valid_from === 'string' && typeof row.valid_to === 'string' && row.valid_from > row.valid_to)
      b.error(n, 'valid_from', `ngày bắt đầu hiệu lực sau ngày kết thúc (valid_from ${row.valid_from} is after valid_to ${row.valid_to})`, {
        expected: `≤ ${row.valid_to}`,
        found: row.valid_from
      });
  },
  people(row, n, b) {
    if (typeof row.joined_on === 'string' && typeof row.left_on === 'string' && row.joined_on > row.left_on)
      b.error(n, 'joined_on', `ngày vào Đảng sau ngày ra khỏi Đảng (joined_on ${row.joined_on} is after left_on ${row.left_on})`, {
        expected: `≤ ${row.left_on}`,
        found: row.joined_on
      });
  },
  ratings(row, n, b) {
    if (row.subject_type === 'person') {
      if (row.track === null) row.track = 'party_member';
      if (row.unit_id === null && b.hasColumn('unit_id')) b.error(n, 'unit_id', 'thiếu đơn vị nơi đảng viên được xếp loại (unit_id is required on person rows)');
    } else if (row.subject_type === 'unit' && row.track !== null) {
      b.error(n, 'track', `diện đánh giá chỉ dùng cho cá nhân (track applies to person rows only)`, { found: String(row.track), expected: '(trống / empty)' });
    }
    if (row.level !== null && row.not_rated !== null)
      b.error(n, 'level', `có mức xếp loại "${row.level}" nhưng lại ghi lý do không xếp loại "${row.not_rated}" (a level is given together with not_rated)`, {
        expected: 'một trong hai: mức xếp loại hoặc lý do không xếp loại (either a level or a not-rated reason)',
        found: String(row.level)
      });
    row.rank = row.level === null || row.not_rated !== null ? null : LEVELS[row.level as LevelCode].rank;
    row.self_rank = row.self_level === null ? null : LEVELS[row.self_level as LevelCode].rank;
  },
  disciplines(row, n, b) {
    if (row.violation_from === null && typeof row.decided_on === 'string') row.violation_from = Number(row.decided_on.slice(0, 4));
    if (row.violation_to === null) row.violation_to = row.violation_from;
    if (row.self_detected === null) row.self_detected = false;
    finishDisciplineSystem(row, n, b);
    if (row.violation_from !== null && row.violation_to !== null && (row.violation_from as number) > (row.violation_to as number))
      b.error(n, 'violation_from', `năm bắt đầu vi phạm sau năm kết thúc (violation_from ${row.violation_from} is after violation_to ${row.violation_to})`, {
        expected: `≤ ${row.violation_to}`,
        found: String(row.violation_from)
      });
  }
};

/** system defaults to the Party's, unless the form is one only the administration gives; a form the system cannot give is an error. */
function finishDisciplineSystem(row: CanonicalRow, n: number, b: TableBuilder): void {
  const form = row.form as DisciplineForm | null;
  if (row.system === null) row.system = form !== null && ADMINISTRATIVE_ONLY_FORMS.includes(form) ? 'chinh_quyen' : 'dang';
  if (form === null) return;
  const wrong = row.system === 'dang' ? ADMINISTRATIVE_ONLY_FORMS.includes(form) : PARTY_ONLY_FORMS.includes(form);
  if (!wrong) return;
  const label = DISCIPLINE_LABELS[form].vi.toLowerCase();
  b.error(
    n,
    'form',
    row.system === 'dang'
      ? `hình thức ${label} không phải hình thức kỷ luật đảng (${form} is not a party discipline; set system = chinh_quyen)`
      : `hình thức ${label} không phải hình thức kỷ luật chính quyền (${form} is not an administrative discipline; set system = dang)`,
    { expected: (row.system === 'dang' ? DISCIPLINE_FORMS.filter((f) => !ADMINISTRATIVE_ONLY_FORMS.includes(f)) : DISCIPLINE_FORMS.filter((f) => !PARTY_ONLY_FORMS.includes(f))).join(', '), found: form }
  );
}

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
