/**
 * Header mappings the user chose on the Load data page, remembered in the browser: by table and by
 * header as written, folded with foldKey (the loader's own matching, so case, diacritics and spaces do
 * not matter). Pure: the page's store (ui/header-memory.svelte.ts) keeps it in localStorage.
 *
 * - `mappingQuestions`: what a load could not match, per file (and sheet), with the columns to offer.
 * - `remember` / `forget`: the memory with the user's choices added or some entries dropped.
 * - `tableHeaderMap`: the memory as the loader's `tableHeaderMap` option.
 * - `usedMappings`: which remembered entries a load used, for the page to say so.
 * - `headerMapFile`: the memory as the CLI's `--header-map` file, keyed by the files of a load.
 */
import { foldKey } from './aliases';
import type { HeaderMap, SourceHeaders } from './headers';
import { SCHEMA, TABLE_NAMES, type TableName } from './schema';

/** One remembered choice: the header as the user saw it, and its column (null: ignore the column). */
export interface RememberedHeader {
  header: string;
  column: string | null;
}

/** Table → folded header → choice. */
export type HeaderMemory = Partial<Record<TableName, Record<string, RememberedHeader>>>;

export const HEADER_MEMORY_KEY = 'soi.headerMap';

/** A user's answer for one header of one table; column null means "ignore this column". */
export interface HeaderChoice {
  table: TableName;
  header: string;
  column: string | null;
}

/** A column offered for an unmatched header. */
export interface ColumnOption {
  column: string;
  required: boolean;
}

/** One file (or sheet) with headers nothing matched, and the columns it still lacks. */
export interface MappingQuestion {
  table: TableName;
  file: string;
  sheet?: string;
  /** Headers as written, in file order. */
  headers: string[];
  /** The table's columns the file lacks: required ones first, then the rest in schema order. */
  options: ColumnOption[];
}

const isTable = (t: string): t is TableName => (TABLE_NAMES as readonly string[]).includes(t);
const isColumnOf = (table: TableName, column: string) => SCHEMA[table].some((c) => c.name === column);

/** Stored JSON → memory; anything that is not a valid choice (unknown table or column, bad shape) is dropped. */
export function readHeaderMemory(stored: string | null): HeaderMemory {
  if (!stored) return {};
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return {};
  }
  const choices: HeaderChoice[] = [];
  if (typeof json !== 'object' || json === null) return {};
  for (const [table, entries] of Object.entries(json)) {
    if (!isTable(table) || typeof entries !== 'object' || entries === null) continue;
    for (const entry of Object.values(entries as Record<string, unknown>)) {
      const { header, column } = (entry ?? {}) as Partial<RememberedHeader>;
      if (typeof header === 'string' && (column === null || typeof column === 'string')) choices.push({ table, header, column });
    }
  }
  return remember({}, choices);
}

/** The memory with these choices added (a later choice for the same table and header replaces the earlier). */
export function remember(memory: HeaderMemory, choices: readonly HeaderChoice[]): HeaderMemory {
  const next: HeaderMemory = structuredClone(memory);
  for (const { table, header, column } of choices) {
    const key = foldKey(header);
    if (!key || (column !== null && !isColumnOf(table, column))) continue;
    (next[table] ??= {})[key] = { header, column };
  }
  return next;
}

/** The memory without these entries (all of it when none are named). */
export function forget(memory: HeaderMemory, entries?: readonly Pick<HeaderChoice, 'table' | 'header'>[]): HeaderMemory {
  if (!entries) return {};
  const next: HeaderMemory = structuredClone(memory);
  for (const { table, header } of entries) {
    const forTable = next[table];
    if (!forTable) continue;
    delete forTable[foldKey(header)];
    if (!Object.keys(forTable).length) delete next[table];
  }
  return next;
}

/** Every remembered choice, table by table in schema order. */
export function rememberedChoices(memory: HeaderMemory): HeaderChoice[] {
  return TABLE_NAMES.flatMap((table) => Object.values(memory[table] ?? {}).map(({ header, column }) => ({ table, header, column })));
}

/** The loader's `tableHeaderMap`: the remembered columns (an ignored header needs no entry: it stays unmatched). */
export function tableHeaderMap(memory: HeaderMemory): Partial<Record<TableName, HeaderMap>> {
  const out: Partial<Record<TableName, HeaderMap>> = {};
  for (const { table, header, column } of rememberedChoices(memory)) if (column !== null) (out[table] ??= {})[header] = column;
  return out;
}

/** What to ask about a load: each source's unmatched headers the memory has no answer for. */
export function mappingQuestions(sources: readonly SourceHeaders[], memory: HeaderMemory): MappingQuestion[] {
  const questions: MappingQuestion[] = [];
  for (const s of sources) {
    const headers = s.unmatched.filter((h) => !memory[s.table]?.[foldKey(h)]);
    if (!headers.length) continue;
    const absent = SCHEMA[s.table].filter((c) => s.matched[c.name] === undefined);
    const options = [...absent.filter((c) => c.required), ...absent.filter((c) => !c.required)].map((c) => ({ column: c.name, required: c.required }));
    questions.push({ table: s.table, file: s.file, ...(s.sheet !== undefined ? { sheet: s.sheet } : {}), headers, options });
  }
  return questions;
}

/** The remembered entries that a load's headers met: mapped columns it read, ignored headers it found. */
export function usedMappings(sources: readonly SourceHeaders[], memory: HeaderMemory): HeaderChoice[] {
  const used = new Map<string, HeaderChoice>();
  for (const s of sources) {
    const forTable = memory[s.table];
    if (!forTable) continue;
    const met = [...Object.entries(s.matched).map(([column, header]) => ({ header, column })), ...s.unmatched.map((header) => ({ header, column: null }))];
    for (const { header, column } of met) {
      const key = foldKey(header);
      const entry = forTable[key];
      if (entry && entry.column === column) used.set(`${s.table}\u0000${key}`, { table: s.table, ...entry });
    }
  }
  return [...used.values()];
}

/**
 * The memory as the command line's header-map file ({"<file or file#sheet>": {"<header>": "<column>"}}),
 * keyed by the files of a load; a remembered table that load had no file for is keyed "<table>.csv".
 */
export function headerMapFile(memory: HeaderMemory, sources: readonly SourceHeaders[]): Record<string, HeaderMap> {
  const byTable = tableHeaderMap(memory);
  const out: Record<string, HeaderMap> = {};
  for (const table of TABLE_NAMES) {
    const map = byTable[table];
    if (!map) continue;
    const files = sources.filter((s) => s.table === table).map((s) => (s.sheet !== undefined ? `${s.file}#${s.sheet}` : s.file));
    for (const file of files.length ? files : [`${table}.csv`]) out[file] = { ...map };
  }
  return out;
}
