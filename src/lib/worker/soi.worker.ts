/// <reference lib="webworker" />
/**
 * Our one Web Worker: DuckDB (duckdb-wasm, blocking bundle) and the whole pipeline run here, so the
 * page never blocks. This entry is kept tiny: it asks for DuckDB's WebAssembly module first of all
 * (fetched and compiled while the rest loads), then imports the worker's code (serve.ts: the
 * loaders, the checks, DuckDB's JavaScript), holding the page's requests until that is in.
 */
import { epochNow, precompileDuckDB } from '../engine/wasm-module';
import type { Request, Response } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const workerStarted = epochNow();
precompileDuckDB();

const waiting: Request[] = [];
scope.onmessage = (event: MessageEvent<Request>) => void waiting.push(event.data);

import('./serve').then(
  ({ serve }) => serve(scope, workerStarted, waiting),
  (err: unknown) => {
    // Without its code the worker can answer nothing: every request, now and later, gets the reason.
    const message = `không tải được mã của worker (the worker's code could not be loaded): ${err instanceof Error ? err.message : String(err)}`;
    const fail = (request: Request) => scope.postMessage({ id: request.id, type: 'error', message } satisfies Response);
    waiting.forEach(fail);
    scope.onmessage = (event: MessageEvent<Request>) => fail(event.data);
  }
);
