/// <reference lib="webworker" />
/**
 * Our one Web Worker: DuckDB (duckdb-wasm, blocking bundle) and the whole pipeline run here, so the
 * page never blocks. DuckDB starts as soon as the worker does, while the first dataset downloads.
 */
import type { Engine } from '../engine/types';
import type { Method, Methods, Progress, Request, Response } from './protocol';
import { createSession } from './session';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// duckdb-wasm is imported here only, dynamically: it must never load during SSR or in the page.
const engine: Promise<Engine> = import('../engine/browser').then((m) => m.createBrowserEngine());
engine.catch(() => undefined); // reported to each request that needs the engine, not as unhandled

const session = createSession({ engine, fetch: (input, init) => fetch(input, init) });

function post(message: Response): void {
  scope.postMessage(message);
}

function run<M extends Method>(method: M, args: Methods[M]['args'], onProgress: (p: Progress) => void): Promise<Methods[M]['result']> {
  const handlers: { [K in Method]: (a: Methods[K]['args']) => Promise<Methods[K]['result']> } = {
    load: (a) => session.load(a, onProgress),
    query: (a) => session.query(a.sql),
    audit: (a) => session.audit(a, onProgress)
  };
  return handlers[method](args);
}

scope.onmessage = async (event: MessageEvent<Request>) => {
  const { id, method, args } = event.data;
  try {
    const result = await run(method, args, (progress) => post({ id, type: 'progress', progress }));
    post({ id, type: 'result', result });
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
