/**
 * Beyond one machine's browser: native DuckDB over Parquet, the command line's path for national
 * data. The loaded tables are written to Parquet with COPY … TO (FORMAT parquet), then a fresh
 * native engine reads them back — as views (the rules scan the files) or as tables — and the same
 * rules run unchanged. duckdb-wasm has no Parquet offline (DESIGN.md): native only.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDerivedTables } from '../../lib/data/derived';
import { TABLE_NAMES } from '../../lib/data/schema';
import { createNativeEngine } from '../../lib/engine/native';
import { sqlIdent, sqlLiteral, type Engine } from '../../lib/engine/types';

export interface ParquetExport {
  dir: string;
  files: Record<string, string>;
  mb: Record<string, number>;
  ms: number;
}

/** Writes every canonical table the engine holds to <dir>/<table>.parquet (zstd). */
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
    await engine.exec(`COPY ${sqlIdent(t)} TO ${sqlLiteral(file)} (FORMAT parquet, COMPRESSION zstd)`);
    files[t] = file;
    mb[t] = Math.round(statSync(file).size / 1e5) / 10;
  }
  return { dir, files, mb, ms: Math.round(performance.now() - t0) };
}

export type ParquetMode = 'views' | 'tables';

/** A native engine whose canonical tables come from the Parquet files, plus the derived tables. */
export async function engineOverParquet(files: Record<string, string>, mode: ParquetMode): Promise<Engine> {
  const engine = await createNativeEngine();
  for (const [t, file] of Object.entries(files)) {
    const kind = mode === 'views' ? 'VIEW' : 'TABLE';
    await engine.exec(`CREATE ${kind} ${sqlIdent(t)} AS SELECT * FROM read_parquet(${sqlLiteral(file)})`);
  }
  await createDerivedTables(engine);
  return engine;
}
