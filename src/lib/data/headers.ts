/**
 * A file's header row → canonical columns: the explicit header map first, then the alias table.
 * Reports columns that cannot be matched (warning: kept in the file, ignored), two headers for one
 * column (error) and required columns that are missing, naming the unmatched headers as candidates.
 */
import { COLUMN_ALIASES, foldKey, HEADER_LOOKUP } from './aliases';
import type { Problem } from './problems';
import { SCHEMA, type TableName } from './schema';
import { parseText, type RawCell } from './values';

export interface HeaderMapping {
  /** The canonical column read from each position of the file's rows, or null (ignored). */
  columns: (string | null)[];
  /** Canonical column → its header as written in the file. */
  headerOf: Record<string, string>;
  /** Positions whose header cell is empty: values under them would be lost, so rows report them. */
  unnamed: number[];
  /** Headers as written that neither the explicit map nor an alias matched (their values are ignored). */
  unmatched: string[];
}

/** Explicit mapping for one file: header as written (or folded) → canonical column. */
export type HeaderMap = Record<string, string>;

/** How one table source's header row was read: what the UI needs to ask the user to map the rest. */
export interface SourceHeaders {
  table: TableName;
  file: string;
  sheet?: string;
  /** Canonical column → header as written. */
  matched: Record<string, string>;
  /** Headers as written that nothing matched. */
  unmatched: string[];
}

/** Unknown headers named one by one; beyond these, counted. */
const MAX_LISTED_HEADERS = 20;

export function mapHeader(table: TableName, file: string, cells: readonly RawCell[], explicit: HeaderMap | undefined, problems: Problem[], headerRow = 1): HeaderMapping {
  const known = new Set(SCHEMA[table].map((c) => c.name));
  const explicitByFold = new Map<string, string>();
  for (const [header, column] of Object.entries(explicit ?? {})) {
    if (!known.has(column)) {
      problems.push({
        severity: 'error',
        file,
        row: headerRow,
        column: header,
        message: `ánh xạ tiêu đề chỉ đến cột không có trong bảng ${table}: "${column}" (header map names an unknown column)`,
        expected: [...known].join(', '),
        found: column
      });
      continue;
    }
    explicitByFold.set(foldKey(header), column);
  }

  const columns: (string | null)[] = [];
  const headerOf: Record<string, string> = {};
  const unnamed: number[] = [];
  const unmatched: string[] = [];
  cells.forEach((cell, i) => {
    const text = parseText(cell) ?? '';
    if (!text) {
      columns.push(null);
      unnamed.push(i);
      return;
    }
    const key = foldKey(text);
    const column = explicitByFold.get(key) ?? HEADER_LOOKUP[table].get(key) ?? null;
    if (column && headerOf[column] !== undefined) {
      problems.push({
        severity: 'error',
        file,
        row: headerRow,
        column: text,
        message: `hai cột cùng là ${column}: "${headerOf[column]}" và "${text}" (two columns map to ${column})`,
        found: `${headerOf[column]}; ${text}`
      });
      columns.push(null);
      return;
    }
    columns.push(column);
    if (column) headerOf[column] = text;
    else {
      unmatched.push(text);
      // A header of a million columns is one problem with a count, not a million warnings.
      if (unmatched.length > MAX_LISTED_HEADERS) return;
      problems.push({
        severity: 'warning',
        file,
        row: headerRow,
        column: text,
        message: `cột không thuộc bảng ${table}, bỏ qua (unknown column, ignored)`,
        found: text
      });
    }
  });

  if (unmatched.length > MAX_LISTED_HEADERS) {
    const more = unmatched.length - MAX_LISTED_HEADERS;
    problems.push({
      severity: 'warning',
      file,
      row: headerRow,
      message: `và ${more} cột khác không thuộc bảng ${table}, bỏ qua (and ${more} more unknown columns, ignored)`,
      found: String(more)
    });
  }
  const candidates = unmatched.slice(0, MAX_LISTED_HEADERS).map((h) => `"${h}"`).join(', ') + (unmatched.length > MAX_LISTED_HEADERS ? ', …' : '');
  for (const col of SCHEMA[table]) {
    if (!col.required || headerOf[col.name] !== undefined) continue;
    problems.push({
      severity: 'error',
      file,
      row: headerRow,
      column: col.name,
      message:
        `thiếu cột bắt buộc ${col.name} (missing required column ${col.name})` +
        (unmatched.length ? `; các cột chưa nhận ra: ${candidates} — có thể chỉ định bằng ánh xạ tiêu đề (unmatched headers; map one with the header map)` : ''),
      expected: [col.name, ...(COLUMN_ALIASES[table][col.name] ?? [])].join(' | '),
      found: unmatched.slice(0, MAX_LISTED_HEADERS).join(' | ') || undefined
    });
  }
  return { columns, headerOf, unnamed, unmatched };
}
