/**
 * The command line's path beyond one province: a validated dataset written once as canonical
 * Parquet files (`npm run audit -- <folder> --write-parquet <dir>`), then audited by native DuckDB
 * straight from those files (`npm run audit -- <dir> --parquet`), as views the rules scan or as
 * tables. A table is `<dir>/<table>.parquet` or a folder `<dir>/<table>/` of Parquet files (one per
 * province, say), read together. Native only: duckdb-wasm would download its Parquet extension, and
 * the app makes no request beyond its own host.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDerivedTables } from './derived';
import { DERIVED_COLUMNS, REQUIRED_TABLES, SCHEMA, TABLE_NAMES, type TableName } from './schema';
import { createNativeEngine } from '../engine/native';
import type { Engine } from '../engine/types';
import { ident, join, raw, sql } from '../sql/template';

export interface ParquetExport {
  dir: string;
  files: Record<string, string>;
  mb: Record<string, number>;
  ms: number;
}

/** Writes every canonical table the engine holds to <dir>/<table>.parquet (zstd), derived columns included. */
export async function exportParquet(engine: Engine, dir: string): Promise<ParquetExport> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const present = new Set(await engine.tables());
  const files: Record<string, string> = {};
  const mb: Record<string, number> = {};
  const t0 = performance.now();
  for (const t of TABLE_NAMES) {
    if (!present.has(t)) continue;
    const file = path.join(dir, `${t}.parquet`);
    await engine.exec(sql`COPY ${ident(t)} TO ${file} (FORMAT parquet, COMPRESSION zstd)`.text);
    files[t] = file;
    mb[t] = Math.round(statSync(file).size / 1e5) / 10;
  }
  return { dir, files, mb, ms: Math.round(performance.now() - t0) };
}

/** The Parquet source of each table found in `dir`: a file, or a glob over a folder of files. */
export function parquetSources(dir: string): Partial<Record<TableName, string>> {
  const out: Partial<Record<TableName, string>> = {};
  for (const t of TABLE_NAMES) {
    const file = path.join(dir, `${t}.parquet`);
    const folder = path.join(dir, t);
    if (existsSync(file)) out[t] = file;
    else if (existsSync(folder) && statSync(folder).isDirectory()) out[t] = path.join(folder, '*.parquet');
  }
  return out;
}

export type ParquetMode = 'views' | 'tables';

/** read_parquet needs DuckDB's Parquet extension: native DuckDB has it, duckdb-wasm would download it. */
function requireNative(engine: Engine): void {
  if (engine.kind !== 'native') throw new Error(`Parquet datasets are read by native DuckDB only, not by the ${engine.kind} engine`);
}

/** The column names of a Parquet source (a file or a glob). */
async function parquetColumns(engine: Engine, source: string): Promise<Set<string>> {
  const rows = await engine.query<{ column_name: string }>(sql`DESCRIBE SELECT * FROM read_parquet(${source})`.text);
  return new Set(rows.map((r) => r.column_name));
}

/**
 * What is missing for the rules: a required table, or a column of the canonical schema (derived
 * columns included: files not written by Soi lack `rank`). One line per problem, with its file.
 */
export async function checkParquetSources(engine: Engine, sources: Partial<Record<TableName, string>>): Promise<string[]> {
  requireNative(engine);
  const problems: string[] = [];
  for (const t of REQUIRED_TABLES) if (!sources[t]) problems.push(`thiếu bảng / missing table: ${t}.parquet (or ${t}/*.parquet)`);
  for (const [t, source] of Object.entries(sources) as [TableName, string][]) {
    const have = await parquetColumns(engine, source);
    const want = [...SCHEMA[t].filter((c) => c.required), ...(DERIVED_COLUMNS[t] ?? [])];
    for (const c of want) if (!have.has(c.name)) problems.push(`${path.basename(source)}: thiếu cột / missing column ${c.name}`);
  }
  return problems;
}

/**
 * Declares each source as a view (or a table) named as its canonical table, then the derived tables.
 * Optional columns a file lacks (files written before they existed) are added as NULL, with the
 * loader's defaults (disciplines.system = 'dang').
 */
export async function attachParquet(engine: Engine, sources: Partial<Record<TableName, string>>, mode: ParquetMode): Promise<void> {
  requireNative(engine);
  for (const [t, source] of Object.entries(sources) as [TableName, string][]) {
    const kind = raw(mode === 'views' ? 'VIEW' : 'TABLE');
    const have = await parquetColumns(engine, source);
    const added = SCHEMA[t].filter((c) => !have.has(c.name)).map((c) => sql`, ${c.name === 'system' ? 'dang' : null}::${raw(c.type)} AS ${ident(c.name)}`);
    await engine.exec(sql`CREATE ${kind} ${ident(t)} AS SELECT *${join(added, '')} FROM read_parquet(${source})`.text);
  }
  await createDerivedTables(engine);
}

/** A native engine whose canonical tables come from the Parquet files, plus the derived tables. */
export async function engineOverParquet(sources: Partial<Record<TableName, string>>, mode: ParquetMode): Promise<Engine> {
  const engine = await createNativeEngine();
  await attachParquet(engine, sources, mode);
  return engine;
}
