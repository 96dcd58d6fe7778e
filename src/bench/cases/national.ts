/**
 * A measured slice of national data: the province's Parquet files replicated k times, every id
 * prefixed by its copy ("P03-…"), so k provinces side by side with no id shared between them.
 * The same rules then run over the k-province files as views (the command line's path beyond one
 * province); the times at 1, 4 and 8 provinces give the slope that extrapolates to a country.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createNativeEngine } from '../../lib/engine/native';
import { ident, join, sql, type Sql } from '../../lib/sql/template';
import type { ParquetExport } from '../../lib/data/parquet-dataset';

/** Columns that name something of one province: ids, and the leaders' position groups (each province rates its own cadres). */
const perProvince = (column: string): boolean => column.endsWith('_id') || column === 'position_group';

/** The SELECT list of a table with each per-province column prefixed by the copy number (NULL stays NULL). */
export function prefixedColumns(columns: readonly string[]): Sql {
  return join(columns.map((c) => (perProvince(c) ? sql`printf('P%02d-', copy) || ${ident(c)} AS ${ident(c)}` : ident(c))));
}

/** Writes k prefixed copies of each file (reviews left out: the text rules are timed per province). */
export async function replicateParquet(source: ParquetExport, k: number, dir: string): Promise<ParquetExport> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const engine = await createNativeEngine();
  const files: Record<string, string> = {};
  const mb: Record<string, number> = {};
  const t0 = performance.now();
  try {
    for (const [table, file] of Object.entries(source.files)) {
      if (table === 'reviews') continue;
      const described = await engine.query<{ column_name: string }>(sql`DESCRIBE SELECT * FROM read_parquet(${file})`.text);
      const out = path.join(dir, `${table}.parquet`);
      await engine.exec(
        sql`COPY (SELECT ${prefixedColumns(described.map((d) => d.column_name))} FROM range(${k}) AS copies(copy), read_parquet(${file}))
         TO ${out} (FORMAT parquet, COMPRESSION zstd)`.text
      );
      files[table] = out;
      mb[table] = Math.round(statSync(out).size / 1e5) / 10;
    }
  } finally {
    await engine.close();
  }
  return { dir, files, mb, ms: Math.round(performance.now() - t0) };
}
