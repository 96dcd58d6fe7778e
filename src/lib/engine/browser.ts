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
  const guard = guardWasmCompile();
  try {
    const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.BROWSER_RUNTIME);
    await Promise.race([db.instantiate(() => {}), guard.failed]);
    return engineOverBlockingDuckDB(db, 'browser');
  } finally {
    guard.restore();
  }
}

/**
 * duckdb-wasm compiles its module with WebAssembly.instantiateStreaming straight from the server
 * (which lets the browser compile while downloading and cache the compiled code) but attaches no
 * error handler: a failure leaves it waiting forever. While DuckDB starts, this worker's
 * instantiateStreaming (a) accepts a module that a plain intranet server sends with a wrong MIME
 * type (application/octet-stream), which streaming compilation otherwise refuses, and (b) turns
 * any failure (HTTP 404, a broken file) into `failed`, so the start fails with a message.
 */
function guardWasmCompile(): { failed: Promise<never>; restore(): void } {
  const original = WebAssembly.instantiateStreaming;
  let fail: (err: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined); // only observed through the race
  WebAssembly.instantiateStreaming = async (source, imports) => {
    try {
      const res = await source;
      if (!res.ok) throw new Error(`${res.url || 'wasm'}: HTTP ${res.status}`);
      const isWasm = res.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm';
      const typed = isWasm ? res : new Response(res.body, { status: 200, headers: { 'content-type': 'application/wasm' } });
      return await original.call(WebAssembly, typed, imports);
    } catch (err) {
      fail(new Error(`không khởi động được DuckDB (could not start DuckDB): ${err instanceof Error ? err.message : String(err)}`));
      return new Promise(() => {}); // duckdb-wasm would not handle a rejection; `failed` reports it
    }
  };
  return { failed, restore: () => void (WebAssembly.instantiateStreaming = original) };
}
