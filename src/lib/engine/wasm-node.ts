/**
 * duckdb-wasm's Node blocking bundle: the very engine the browser runs, synchronously in Node.
 * Tests use it so that the browser's SQL is what is tested.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { engineOverBlockingDuckDB } from './blocking';
import type { Engine } from './types';

export { TABLES_SQL } from './blocking';

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
  return engineOverBlockingDuckDB(db, 'wasm');
}
