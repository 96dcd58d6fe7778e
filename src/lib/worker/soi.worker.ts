/// <reference lib="webworker" />
/**
 * Our one Web Worker: DuckDB (duckdb-wasm, blocking bundle) and the whole pipeline run here, so the
 * page never blocks. DuckDB starts as soon as the worker does, while the first dataset downloads:
 * its WebAssembly module is fetched and compiled first of all, while its JavaScript is imported.
 */
import type { Engine } from '../engine/types';
import { engineSteps, epochNow, precompileDuckDB } from '../engine/wasm-module';
import { dispatch } from './dispatch';
import type { Request } from './protocol';
import { createSession } from './session';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const workerStarted = epochNow();
precompileDuckDB();

let starting: Promise<Engine> | null = null;

/** The engine, started once; after a failed start the next request tries again. */
function engine(): Promise<Engine> {
  if (!starting) {
    // duckdb-wasm is imported here only, dynamically: it must never load during SSR or in the page.
    const attempt = import('../engine/browser').then((m) => m.createBrowserEngine());
    attempt.catch(() => {
      if (starting === attempt) starting = null;
    });
    starting = attempt;
  }
  return starting;
}
engine();

/** A fresh engine for the next dataset: the loaded one is locked down (engine/lockdown.ts). */
async function renewEngine(): Promise<Engine> {
  const old = starting;
  starting = null;
  await (await old?.catch(() => null))?.close();
  return engine();
}

const session = createSession({
  engine,
  renewEngine,
  fetch: (input, init) => fetch(input, init),
  startSteps: () => ({ workerStarted, ...engineSteps })
});

scope.onmessage = (event: MessageEvent<Request>) => dispatch(session, event.data, (message) => scope.postMessage(message));
