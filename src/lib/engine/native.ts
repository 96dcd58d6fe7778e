/**
 * Native DuckDB (@duckdb/node-api, same DuckDB version as duckdb-wasm) for the command line and
 * large data. Registered files are written to a private temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, DuckDBTypeId, type DuckDBType } from '@duckdb/node-api';
import { normalizeValue, setColumn, type ColumnKind } from './normalize';
import { ENGINE_SETTINGS } from './settings';
import { TABLES_SQL } from './wasm-node';
import type { Engine, Row } from './types';

function kindOf(t: DuckDBType): ColumnKind {
  switch (t.typeId) {
    case DuckDBTypeId.TINYINT: case DuckDBTypeId.SMALLINT: case DuckDBTypeId.INTEGER: case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UTINYINT: case DuckDBTypeId.USMALLINT: case DuckDBTypeId.UINTEGER: case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
      return 'int';
    case DuckDBTypeId.FLOAT: case DuckDBTypeId.DOUBLE: return 'float';
    case DuckDBTypeId.DECIMAL: return 'decimal';
    case DuckDBTypeId.DATE: return 'date';
    case DuckDBTypeId.TIMESTAMP: case DuckDBTypeId.TIMESTAMP_TZ: case DuckDBTypeId.TIMESTAMP_MS: return 'timestamp';
    case DuckDBTypeId.BOOLEAN: return 'bool';
    case DuckDBTypeId.VARCHAR: return 'string';
    case DuckDBTypeId.LIST: return 'list';
    default: return 'other';
  }
}

export async function createNativeEngine(options: { threads?: number } = {}): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:', options.threads ? { threads: String(options.threads) } : undefined);
  const conn = await instance.connect();
  for (const s of ENGINE_SETTINGS) await conn.run(s);
  const dir = mkdtempSync(path.join(tmpdir(), 'soi-'));

  async function query<T extends Row = Row>(sql: string): Promise<T[]> {
    const reader = await conn.runAndReadAll(sql);
    const names = reader.columnNames();
    const kinds = reader.columnTypes().map(kindOf);
    return reader.getRowsJS().map((values) => {
      const out: Row = {};
      names.forEach((n, i) => setColumn(out, n, normalizeValue(values[i], kinds[i])));
      return out as T;
    });
  }

  return {
    kind: 'native',
    query,
    async exec(sql: string): Promise<void> {
      await conn.run(sql);
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<string> {
      const file = path.join(dir, name.replace(/[^\w.-]+/g, '_'));
      writeFileSync(file, bytes);
      return file;
    },
    async tables(): Promise<string[]> {
      return (await query<{ name: string }>(TABLES_SQL)).map((r) => r.name);
    },
    async close(): Promise<void> {
      conn.closeSync?.();
      instance.closeSync?.();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
