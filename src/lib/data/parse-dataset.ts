/**
 * Files → canonical tables + every problem found. Pure JS: runs in the browser's worker and in
 * Node alike; nothing here touches an engine.
 */
import type { HeaderMap } from './headers';
import { classifyFiles, type InputFile } from './input-files';
import type { Problem } from './problems';
import { readCsvInto } from './read-csv';
import { REQUIRED_TABLES, TABLE_NAMES, type TableName } from './schema';
import { TableBuilder, type ParsedTable } from './table-builder';
import type { CanonicalRow } from './to-engine';
import { validateKeys } from './validate-keys';
import { validateReferences } from './validate-refs';

export interface ParseOptions {
  /** Explicit header mapping per file (name as given, or its base name): header → canonical column. */
  headerMap?: Record<string, HeaderMap>;
}

export interface ParsedDataset {
  tables: Partial<Record<TableName, CanonicalRow[]>>;
  problems: Problem[];
}

export async function parseDataset(files: InputFile[], options: ParseOptions = {}): Promise<ParsedDataset> {
  const problems: Problem[] = [];
  const parsed: Partial<Record<TableName, ParsedTable>> = {};
  for (const source of classifyFiles(files, problems)) {
    const builder = new TableBuilder(source.table, source.file.name, problems, headerMapFor(options, source.file.name));
    readCsvInto(source.file.bytes, builder, problems);
    parsed[source.table] = builder.finish();
  }
  for (const table of REQUIRED_TABLES) {
    if (!parsed[table])
      problems.push({ severity: 'error', file: `${table}.csv`, message: `thiếu bảng bắt buộc ${table} (missing required table ${table})`, expected: `${table}.csv` });
  }
  for (const t of Object.values(parsed)) validateKeys(t, problems);
  validateReferences(parsed, problems);

  const tables: ParsedDataset['tables'] = {};
  for (const name of TABLE_NAMES) if (parsed[name]) tables[name] = parsed[name].rows;
  return { tables, problems };
}

function headerMapFor(options: ParseOptions, name: string): HeaderMap | undefined {
  const maps = options.headerMap;
  if (!maps) return undefined;
  return maps[name] ?? maps[name.slice(name.lastIndexOf('/') + 1)];
}
