/**
 * duckdb-wasm's Node blocking bundle: the very engine the browser runs, synchronously in Node.
 * Tests use it so that the browser's SQL is what is tested.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { arrowToRows } from './arrow-rows';
import { ENGINE_SETTINGS } from './settings';
import type { Engine, Row } from './types';

const require = createRequire(import.meta.url);

export async function createWasmNodeEngine(): Promise<Engine> {
  const blockingPath = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(blockingPath);
  const dist = path.dirname(blockingPath);
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') }
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  const conn = db.connect();
  for (const s of ENGINE_SETTINGS) conn.query(s);

  return {
    kind: 'wasm',
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      return arrowToRows<T>(conn.query(sql));
    },
    async exec(sql: string): Promise<void> {
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<string> {
      try {
        db.dropFile(name);
      } catch {
        /* not registered yet */
      }
      db.registerFileBuffer(name, bytes);
      return name;
    },
    async tables(): Promise<string[]> {
      return arrowToRows<{ name: string }>(conn.query(TABLES_SQL)).map((r) => r.name);
    },
    async close(): Promise<void> {
      conn.close();
      db.reset?.();
    }
  };
}

export const TABLES_SQL = `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1`;
