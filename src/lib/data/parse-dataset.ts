/**
 * Files → canonical tables + every problem found. Pure JS: runs in the browser's worker and in
 * Node alike; nothing here touches an engine.
 */
import type { ArchiveLimits } from './archive';
import { ColumnTable } from './column-table';
import { findSources, type ReviewFile } from './find-sources';
import type { HeaderMap, SourceHeaders } from './headers';
import { baseName, type InputFile } from './input-files';
import { capProblems, type Problem } from './problems';
import { readReviewText } from './review-files';
import { STREAMED_TEXT, type ReviewSink } from './streamed-reviews';
import type { TableSource } from './table-source';
import { REQUIRED_TABLES, TABLE_NAMES, type TableName } from './schema';
import { TableBuilder, where, type Location, type ParsedTable } from './table-builder';
import { columnsOf } from './to-engine';
import { validateKeys } from './validate-keys';
import { validateReferences } from './validate-refs';
import { parseText, parseYear, Invalid, type CanonicalRow } from './values';
import { expandZips } from './zip';

export interface ParseOptions {
  /**
   * Explicit header mapping, header as written → canonical column, for headers no alias knows.
   * Keyed by file (its name as given or its base name); for a workbook sheet also "<file>#<sheet>"
   * or the sheet's name.
   */
  headerMap?: Record<string, HeaderMap>;
  /**
   * Header mappings by table (remembered in the browser), applied to every source of that table;
   * the file's own `headerMap` entries win over them.
   */
  tableHeaderMap?: Partial<Record<TableName, HeaderMap>>;
  /** Limits on what a .zip, .xlsx or .docx may inflate to (archive.ts: DEFAULT_ARCHIVE_LIMITS). */
  archiveLimits?: Partial<ArchiveLimits>;
  /**
   * Table sources the caller reads by its own means (a streamed reviews.csv, streamed-reviews.ts):
   * given the list problems go to, they join the files' sources (one source per table still holds).
   */
  streamedSources?: (problems: Problem[]) => TableSource[];
  /** Review files' texts go to this sink, and the reviews table keeps STREAMED_TEXT in their place. */
  reviewSink?: ReviewSink;
  /** How far the reading of a large table file is (0..1), by file: a CSV says so every 16 MB. */
  onProgress?: (file: string, fraction: number) => void;
}

export interface ParsedDataset {
  /** The canonical tables, held by column: what loadDataset reads. */
  columns: Partial<Record<TableName, ColumnTable>>;
  /** The same rows as objects, made on first read of a table (tests and small tools; never the loader). */
  tables: Partial<Record<TableName, CanonicalRow[]>>;
  problems: Problem[];
  /** Each table source's header row as read: matched columns and headers nothing matched. */
  headers: SourceHeaders[];
  /** Where row `index` of a canonical table came from (file, sheet, row): for errors met while loading. */
  locate(table: TableName, index: number | undefined): Location;
}

export async function parseDataset(files: InputFile[], options: ParseOptions = {}): Promise<ParsedDataset> {
  const problems: Problem[] = [];
  const sources = await findSources(expandZips(files, problems, options.archiveLimits), problems, options.streamedSources?.(problems));
  const parsed: Partial<Record<TableName, ParsedTable>> = {};
  const headers: SourceHeaders[] = [];
  for (const source of sources.tables) {
    const builder = new TableBuilder(source.table, source.file, problems, headerMapFor(options, source.table, source.file, source.sheet), source.sheet);
    const { onProgress } = options;
    if (onProgress) builder.onProgress = (fraction) => onProgress(source.file, fraction);
    await source.read(builder);
    parsed[source.table] = builder.finish();
    headers.push(builder.headers());
  }
  if (sources.reviewFiles.length) parsed.reviews = await mergeReviewFiles(parsed.reviews, sources.reviewFiles, problems, options.reviewSink);
  for (const table of REQUIRED_TABLES) {
    const t = parsed[table];
    if (!t)
      problems.push({ severity: 'error', file: `${table}.csv`, message: `thiếu bảng bắt buộc ${table} (missing required table ${table})`, expected: `${table}.csv` });
    // A header and no rows would audit "clean": nothing checked is not nothing wrong.
    else if (t.data.length === 0 && !t.incomplete && !problems.some((p) => p.severity === 'error' && p.file === t.file))
      problems.push({ severity: 'error', file: t.file, ...(t.sheet ? { sheet: t.sheet } : {}), message: `bảng bắt buộc ${table} không có dòng dữ liệu nào (required table ${table} has no rows)` });
  }
  for (const t of Object.values(parsed)) validateKeys(t, problems);
  validateReferences(parsed, problems);

  capProblems(problems);
  const columns: ParsedDataset['columns'] = {};
  for (const name of TABLE_NAMES) if (parsed[name]) columns[name] = parsed[name].data;
  const locate = (table: TableName, index: number | undefined): Location => {
    const t = parsed[table];
    if (!t) return { file: `${table}.csv` };
    return index === undefined || index < 0 || index >= t.data.length ? { file: t.file, ...(t.sheet ? { sheet: t.sheet } : {}) } : where(t, index);
  };
  return { columns, tables: rowsOnDemand(columns), problems, headers, locate };
}

/** Each table's rows as objects, built the first time that table is read. */
function rowsOnDemand(columns: ParsedDataset['columns']): ParsedDataset['tables'] {
  const tables: ParsedDataset['tables'] = {};
  for (const [name, data] of Object.entries(columns)) {
    let rows: CanonicalRow[] | undefined;
    Object.defineProperty(tables, name, { enumerable: true, get: () => (rows ??= data.rows()) });
  }
  return tables;
}

/** Review files join the reviews table (after reviews.csv's rows), each row remembering its file. */
async function mergeReviewFiles(reviews: ParsedTable | undefined, files: ReviewFile[], problems: Problem[], sink?: ReviewSink): Promise<ParsedTable> {
  const t: ParsedTable = reviews ?? { table: 'reviews', file: files[0].file.name, data: new ColumnTable(columnsOf('reviews')), rowNumbers: [], headerOf: {} };
  t.origins ??= new Map();
  for (const f of [...files].sort((a, b) => (a.file.name < b.file.name ? -1 : 1))) {
    const year = parseYear(f.year);
    if (year instanceof Invalid || year === null) {
      problems.push({ severity: 'error', file: f.file.name, message: `năm trong tên tệp không hợp lệ: ${f.year} (bad year in the file name)`, expected: year instanceof Invalid ? year.expected : undefined, found: f.year });
      continue;
    }
    let text: string | null;
    try {
      text = parseText(await readReviewText(f.file));
    } catch (err) {
      problems.push({ severity: 'error', file: f.file.name, message: `không đọc được bản kiểm điểm (cannot read the review): ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    if (text === null) {
      problems.push({ severity: 'error', file: f.file.name, message: 'bản kiểm điểm trống (empty review)' });
      continue;
    }
    t.origins.set(t.data.length, f.file.name);
    const personId = parseText(f.personId);
    sink?.({ personId, year: typeof year === 'number' ? year : null, text, file: f.file.name, start: 0, end: -1, field: -1 });
    t.data.append({ person_id: personId, year, text: sink ? STREAMED_TEXT : text });
    t.rowNumbers.push(0);
  }
  return t;
}

function headerMapFor(options: ParseOptions, table: TableName, name: string, sheet?: string): HeaderMap | undefined {
  const byTable = options.tableHeaderMap?.[table];
  const own = fileHeaderMap(options.headerMap, name, sheet);
  return byTable ? { ...byTable, ...own } : own;
}

function fileHeaderMap(maps: ParseOptions['headerMap'], name: string, sheet?: string): HeaderMap | undefined {
  if (!maps) return undefined;
  const base = baseName(name);
  const keys = sheet === undefined ? [name, base] : [`${name}#${sheet}`, `${base}#${sheet}`, sheet, name, base];
  for (const k of keys) if (maps[k]) return maps[k];
  return undefined;
}
