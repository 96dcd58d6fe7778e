/**
 * duckdb-wasm in the browser, for our Web Worker only (src/lib/worker/soi.worker.ts).
 *
 * We use duckdb-wasm's *blocking* browser bundle, not AsyncDuckDB: the worker is already off the
 * main thread, so running DuckDB synchronously inside it keeps ONE worker for the whole pipeline
 * (parse → load → checks → queries), hands parsed bytes to DuckDB without copying them to a second
 * worker, and runs through the same wrapper (blocking.ts) as the Node engine the tests use.
 * The blocking bundle needs only the wasm module (EH where the browser has wasm exceptions, else
 * MVP); duckdb's own worker scripts are for AsyncDuckDB and are not shipped. Both wasm files are
 * bundled with `?url` and fetched from the serving host: never a CDN. The module is compiled from the
 * moment the worker starts (wasm-module.ts); DuckDB instantiates that compiled module.
 *
 * Import this module only dynamically from the worker: duckdb-wasm must not load during SSR.
 */
import { engineOverBlockingDuckDB } from './blocking';
import { DUCKDB_WASM, engineSteps, epochNow, precompileDuckDB } from './wasm-module';
import type { Engine } from './types';

// The package's "exports" do not list the blocking browser bundle, so it is reached by path; its
// types sit beside it as .d.ts (TypeScript looks for .d.mts next to an .mjs).
import type * as DuckDBBlocking from '../../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking';
// @ts-expect-error typed through DuckDBBlocking below
import * as untypedDuckDB from '../../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs';

const duckdb = untypedDuckDB as typeof DuckDBBlocking;

export async function createBrowserEngine(): Promise<Engine> {
  // mainWorker is unused by the blocking bindings (they run in this thread); the type requires it.
  const bundles = { mvp: { mainModule: DUCKDB_WASM.mvp, mainWorker: '' }, eh: { mainModule: DUCKDB_WASM.eh, mainWorker: '' } };
  const guard = guardWasmCompile(precompileDuckDB());
  try {
    const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.BROWSER_RUNTIME);
    await Promise.race([db.instantiate(() => {}), guard.failed]);
    const engine = engineOverBlockingDuckDB(db, 'browser');
    engineSteps.engineReady = epochNow();
    return engine;
  } finally {
    guard.restore();
  }
}

/**
 * duckdb-wasm fetches its module and calls WebAssembly.instantiateStreaming on it, with no error
 * handler: a failure leaves it waiting forever. While DuckDB starts, this worker (a) answers
 * duckdb's own request for the module with an empty response instead of downloading it a second
 * time, (b) instantiates the module already compiled (wasm-module.ts; a wrong MIME type from a
 * plain intranet server is accepted there), and (c) turns any failure (HTTP 404, a broken file)
 * into `failed`, so the start fails with a message.
 */
function guardWasmCompile(compiled: Promise<WebAssembly.Module>): { failed: Promise<never>; restore(): void } {
  const original = WebAssembly.instantiateStreaming;
  const originalFetch = globalThis.fetch;
  const modules = new Set(Object.values(DUCKDB_WASM).map((u) => new URL(u, self.location.href).href));
  const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : new URL(input, self.location.href).href);
  globalThis.fetch = (input, init) =>
    modules.has(urlOf(input)) ? Promise.resolve(new Response(null, { headers: { 'content-type': 'application/wasm' } })) : originalFetch(input, init);
  let fail: (err: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined); // only observed through the race
  WebAssembly.instantiateStreaming = async (source, imports) => {
    void Promise.resolve(source).catch(() => undefined); // the empty answer above
    try {
      const module = await compiled;
      const instance = await WebAssembly.instantiate(module, imports);
      engineSteps.wasmInstantiated = epochNow();
      return { module, instance };
    } catch (err) {
      fail(new Error(`không khởi động được DuckDB (could not start DuckDB): ${err instanceof Error ? err.message : String(err)}`));
      return new Promise(() => {}); // duckdb-wasm would not handle a rejection; `failed` reports it
    }
  };
  return {
    failed,
    restore: () => {
      WebAssembly.instantiateStreaming = original;
      globalThis.fetch = originalFetch;
    }
  };
}
