/**
 * The Engine over duckdb-wasm's *blocking* bindings: one connection whose queries run synchronously
 * in the calling thread. Node tests (wasm-node.ts) and the browser worker (browser.ts) both wrap
 * their bindings here, so the engine the tests exercise is the one the browser runs.
 */
import { arrowToRows } from './arrow-rows';
import { ENGINE_SETTINGS } from './settings';
import type { Engine, Row } from './types';

export const TABLES_SQL = `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1`;

/** The part of duckdb-wasm's DuckDBBindings (blocking) that the engine uses. */
export interface BlockingBindings {
  connect(): BlockingConnection;
  registerFileBuffer(name: string, bytes: Uint8Array): void;
  dropFile(name: string): void;
  reset?(): void;
}
interface BlockingConnection {
  query(sql: string): Parameters<typeof arrowToRows>[0];
  close(): void;
}

export function engineOverBlockingDuckDB(db: BlockingBindings, kind: Engine['kind']): Engine {
  const conn = db.connect();
  for (const s of ENGINE_SETTINGS) conn.query(s);
  const registered = new Set<string>();

  return {
    kind,
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      return arrowToRows<T>(conn.query(sql));
    },
    async exec(sql: string): Promise<void> {
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<string> {
      // Replacing a file keeps only the newest bytes in the wasm heap.
      if (registered.has(name)) db.dropFile(name);
      db.registerFileBuffer(name, bytes);
      registered.add(name);
      return name;
    },
    async tables(): Promise<string[]> {
      return arrowToRows<{ name: string }>(conn.query(TABLES_SQL)).map((r) => r.name as string);
    },
    async close(): Promise<void> {
      conn.close();
      db.reset?.();
    }
  };
}
