/**
 * DuckDB's WebAssembly module (34 MB), fetched and compiled from the moment the worker starts,
 * while the worker imports DuckDB's JavaScript (1.3 MB) and downloads the first dataset, instead of
 * after them: duckdb-wasm then instantiates the module compiled here (browser.ts). Also keeps the
 * time of each step of the engine's start, which the bench reports.
 *
 * Browser worker only; the module is served by the same host as the site, never a CDN.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

export const DUCKDB_WASM = { eh: ehWasm, mvp: mvpWasm };

export type EngineStep = 'wasmRequested' | 'wasmDownloaded' | 'wasmCompiled' | 'wasmInstantiated' | 'engineReady';

/** Epoch milliseconds at which each step of the engine's start ended (the worker's clock). */
export const engineSteps: Partial<Record<EngineStep, number>> = {};

/** Now, in epoch milliseconds: comparable across the page and its workers. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

// A module using WebAssembly exception handling: the very test duckdb-wasm makes to choose its EH build.
const EH_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

/** The module duckdb-wasm's blocking bundle will choose in this browser. */
export function duckdbWasmUrl(): string {
  return WebAssembly.validate(EH_PROBE) ? DUCKDB_WASM.eh : DUCKDB_WASM.mvp;
}

/**
 * The response as WebAssembly: streaming compilation refuses a module that a plain intranet server
 * sends as application/octet-stream, and this notes when its last byte arrived.
 */
export function asWasmResponse(res: Response, onDownloaded: () => void): Response {
  if (!res.ok) throw new Error(`${res.url || 'wasm'}: HTTP ${res.status}`);
  const body = res.body?.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: onDownloaded }));
  return new Response(body, { status: 200, headers: { 'content-type': 'application/wasm' } });
}

let early: Promise<WebAssembly.Module> | null = null;

/** Starts fetching and compiling the module, once; the promise fails with the reason it could not. */
export function precompileDuckDB(): Promise<WebAssembly.Module> {
  if (!early) {
    engineSteps.wasmRequested = epochNow();
    early = fetch(duckdbWasmUrl())
      .then((res) => WebAssembly.compileStreaming(asWasmResponse(res, () => (engineSteps.wasmDownloaded = epochNow()))))
      .then((module) => {
        engineSteps.wasmCompiled = epochNow();
        return module;
      });
    // Reported when DuckDB starts (browser.ts); the next start tries again.
    early.catch(() => (early = null));
  }
  return early;
}
