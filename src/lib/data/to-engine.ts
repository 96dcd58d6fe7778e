/**
 * Canonical rows → DuckDB tables, the same way on every engine: rows are written as a canonical
 * CSV (RFC 4180, every value quoted, empty = NULL) and read back with explicit column types.
 */
import type { Engine } from '../engine/types';
import { sqlIdent, sqlLiteral } from '../engine/types';
import { DERIVED_COLUMNS, SCHEMA, type ColumnDef, type TableName } from './schema';

export type CanonicalValue = string | number | boolean | null;
export type CanonicalRow = Record<string, CanonicalValue>;

export function columnsOf(table: TableName): ColumnDef[] {
  return [...SCHEMA[table], ...(DERIVED_COLUMNS[table] ?? [])];
}

function csvCell(v: CanonicalValue | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  const s = typeof v === 'string' ? v : String(v);
  return `"${s.replace(/"/g, '""')}"`;
}

function canonicalLine(columns: readonly ColumnDef[], r: CanonicalRow): string {
  let line = '';
  for (let j = 0; j < columns.length; j++) line += (j ? ',' : '') + csvCell(r[columns[j].name]);
  return line;
}

export function canonicalCsv(columns: readonly ColumnDef[], rows: readonly CanonicalRow[]): string {
  const lines: string[] = new Array(rows.length + 1);
  lines[0] = columns.map((c) => c.name).join(',');
  for (let i = 0; i < rows.length; i++) lines[i + 1] = canonicalLine(columns, rows[i]);
  return lines.join('\n') + '\n';
}

/**
 * Canonical CSV in pieces of about `maxChars` characters each (header repeated): a province's
 * reviews (≈ 2 GB of text) written as one string would exceed the longest string V8 can hold.
 */
export function* canonicalCsvBatches(columns: readonly ColumnDef[], rows: readonly CanonicalRow[], maxChars: number): Generator<string> {
  const header = columns.map((c) => c.name).join(',');
  let lines: string[] = [header];
  let size = header.length;
  for (let i = 0; i < rows.length; i++) {
    const line = canonicalLine(columns, rows[i]);
    if (lines.length > 1 && size + line.length + 1 > maxChars) {
      yield lines.join('\n') + '\n';
      lines = [header];
      size = header.length;
    }
    lines.push(line);
    size += line.length + 1;
  }
  if (lines.length > 1 || rows.length === 0) yield lines.join('\n') + '\n';
}

/** Characters per batch of loadTable: far below V8's ~512 M-character string limit. */
export const LOAD_BATCH_CHARS = 64 * 1024 * 1024;

/** Creates (or replaces) one table from canonical rows (in batches, so any number of rows fits). */
export async function loadTable(engine: Engine, table: TableName, rows: readonly CanonicalRow[], batchChars = LOAD_BATCH_CHARS): Promise<void> {
  const columns = columnsOf(table);
  const types = columns.map((c) => `${sqlLiteral(c.name)}: ${sqlLiteral(c.type)}`).join(', ');
  let first = true;
  for (const csv of canonicalCsvBatches(columns, rows, batchChars)) {
    const file = await engine.registerFile(`${table}.canonical.csv`, new TextEncoder().encode(csv));
    const read = `SELECT * FROM read_csv(${sqlLiteral(file)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${types}})`;
    await engine.exec(first ? `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS ${read}` : `INSERT INTO ${sqlIdent(table)} ${read}`);
    first = false;
  }
}
