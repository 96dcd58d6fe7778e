/**
 * A parsed dataset → engine tables. A dataset with errors is refused before the engine is touched,
 * so whatever was loaded before stays usable.
 */
import type { Engine } from '../engine/types';
import { ident, sql } from '../sql/template';
import { createDerivedTables } from './derived';
import type { ParsedDataset } from './parse-dataset';
import { DatasetError, hasErrors } from './problems';
import { REQUIRED_TABLES, TABLE_NAMES, type TableName } from './schema';
import { loadTable, TableLoadError } from './to-engine';

export interface LoadParts {
  /** Tables left for loadLater: not loaded, and an older table of that name not dropped either (loadLater replaces it). */
  later?: readonly TableName[];
  /** The derived tables too (default); false leaves them for loadLater. */
  derived?: boolean;
}

/** `onProgress`: the fraction of each table's rows loaded, after each piece (a large table: every 8 MB). */
export async function loadDataset(engine: Engine, parsed: ParsedDataset, onProgress?: (table: TableName, fraction: number) => void, parts: LoadParts = {}): Promise<void> {
  if (hasErrors(parsed.problems)) throw new DatasetError(parsed.problems);
  const missing = REQUIRED_TABLES.filter((t) => !parsed.columns[t]);
  if (missing.length)
    throw new DatasetError(missing.map((t) => ({ severity: 'error', file: `${t}.csv`, message: `thiếu bảng bắt buộc ${t} (missing required table ${t})` })));
  const present = new Set(await engine.tables());
  for (const table of TABLE_NAMES) {
    if (parts.later?.includes(table)) continue;
    const data = parsed.columns[table];
    if (data) await loadReporting(engine, parsed, table, onProgress);
    else if (present.has(table)) await engine.exec(sql`DROP TABLE ${ident(table)}`.text);
  }
  if (parts.derived !== false) await createDerivedTables(engine);
}

/**
 * What loadDataset left out: the tables named in `later` (each present in the dataset) and the
 * derived tables. Together the two calls make the same tables as one loadDataset.
 */
export async function loadLater(engine: Engine, parsed: ParsedDataset, later: readonly TableName[], onProgress?: (table: TableName, fraction: number) => void): Promise<void> {
  for (const table of later) await loadReporting(engine, parsed, table, onProgress);
  await createDerivedTables(engine);
}

/** One table; a row DuckDB cannot read is a DatasetError naming the source file and row, like any other bad row. */
async function loadReporting(engine: Engine, parsed: ParsedDataset, table: TableName, onProgress?: (table: TableName, fraction: number) => void): Promise<void> {
  try {
    await loadTable(engine, table, parsed.columns[table]!, undefined, onProgress && ((fraction) => onProgress(table, fraction)));
  } catch (err) {
    if (!(err instanceof TableLoadError)) throw err;
    const detail = (err.message.split('\n')[0] ?? '').slice(0, 300);
    throw new DatasetError([
      { severity: 'error', ...parsed.locate(table, err.rowIndex), message: `DuckDB không nạp được dòng này (DuckDB could not load this row): ${detail}` }
    ]);
  }
}
