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

export function canonicalCsv(columns: readonly ColumnDef[], rows: readonly CanonicalRow[]): string {
  const lines: string[] = new Array(rows.length + 1);
  lines[0] = columns.map((c) => c.name).join(',');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let line = '';
    for (let j = 0; j < columns.length; j++) line += (j ? ',' : '') + csvCell(r[columns[j].name]);
    lines[i + 1] = line;
  }
  return lines.join('\n') + '\n';
}

/** Creates (or replaces) one table from canonical rows. */
export async function loadTable(engine: Engine, table: TableName, rows: readonly CanonicalRow[]): Promise<void> {
  const columns = columnsOf(table);
  const bytes = new TextEncoder().encode(canonicalCsv(columns, rows));
  const file = await engine.registerFile(`${table}.canonical.csv`, bytes);
  const types = columns.map((c) => `${sqlLiteral(c.name)}: ${sqlLiteral(c.type)}`).join(', ');
  await engine.exec(
    `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS SELECT * FROM read_csv(${sqlLiteral(file)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${types}})`
  );
}
