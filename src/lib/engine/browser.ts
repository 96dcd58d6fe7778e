/**
 * duckdb-wasm in the browser, for our Web Worker only (src/lib/worker/soi.worker.ts).
 *
 * We use duckdb-wasm's *blocking* browser bundle, not AsyncDuckDB: the worker is already off the
 * main thread, so running DuckDB synchronously inside it keeps ONE worker for the whole pipeline
 * (parse → load → checks → queries), hands parsed bytes to DuckDB without copying them to a second
 * worker, and runs through the same wrapper (blocking.ts) as the Node engine the tests use.
 * The blocking bundle needs only the wasm module (EH where the browser has wasm exceptions, else
 * MVP); duckdb's own worker scripts are for AsyncDuckDB and are not shipped. Both wasm files are
 * bundled with `?url` and fetched from the serving host: never a CDN.
 *
 * Import this module only dynamically from the worker: duckdb-wasm must not load during SSR.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { engineOverBlockingDuckDB } from './blocking';
import type { Engine } from './types';

// The package's "exports" do not list the blocking browser bundle, so it is reached by path; its
// types sit beside it as .d.ts (TypeScript looks for .d.mts next to an .mjs).
import type * as DuckDBBlocking from '../../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking';
// @ts-expect-error typed through DuckDBBlocking below
import * as untypedDuckDB from '../../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs';

const duckdb = untypedDuckDB as typeof DuckDBBlocking;

export async function createBrowserEngine(): Promise<Engine> {
  // mainWorker is unused by the blocking bindings (they run in this thread); the type requires it.
  const bundles = { mvp: { mainModule: mvpWasm, mainWorker: '' }, eh: { mainModule: ehWasm, mainWorker: '' } };
  // EH where the browser has wasm exceptions, else MVP: the choice createDuckDB makes below.
  const chosen = await duckdb.selectBundle(bundles);
  const wasm = await wasmObjectUrl(chosen.mainModule);
  try {
    const local = { mvp: { mainModule: wasm, mainWorker: '' }, eh: { mainModule: wasm, mainWorker: '' } };
    const db = await duckdb.createDuckDB(local, new duckdb.VoidLogger(), duckdb.BROWSER_RUNTIME);
    await db.instantiate(() => {});
    return engineOverBlockingDuckDB(db, 'browser');
  } finally {
    URL.revokeObjectURL(wasm);
  }
}

/**
 * The wasm module as an object URL typed application/wasm. Plain intranet servers often send
 * .wasm as application/octet-stream, which streaming compilation refuses (and duckdb-wasm then
 * waits forever); a missing file must fail with a message, not hang either.
 */
async function wasmObjectUrl(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`không tải được DuckDB (could not fetch ${url}): HTTP ${res.status}`);
  return URL.createObjectURL(new Blob([await res.arrayBuffer()], { type: 'application/wasm' }));
}
