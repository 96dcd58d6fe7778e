/**
 * The worker's work once its code has loaded: DuckDB started (on the module soi.worker.ts is already
 * fetching and compiling), the session, and the requests answered, those that came in meanwhile first.
 */
import type { Engine } from '../engine/types';
import { engineSteps } from '../engine/wasm-module';
import { dispatch } from './dispatch';
import type { Request } from './protocol';
import { createSession } from './session';

export function serve(scope: DedicatedWorkerGlobalScope, workerStarted: number, waiting: readonly Request[]): void {
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

  const answer = (request: Request) => dispatch(session, request, (message) => scope.postMessage(message));
  scope.onmessage = (event: MessageEvent<Request>) => answer(event.data);
  for (const request of waiting) void answer(request);
}
