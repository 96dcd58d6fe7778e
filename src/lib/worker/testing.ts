/** Test helpers for the worker's pipeline (Node only). */
import { afterAll, beforeAll } from 'vitest';
import type { InputFile } from '../data';
import { createWasmNodeEngine } from '../engine/wasm-node';
import type { Engine } from '../engine/types';
import { createSession, type Session } from './session';

/** A fetch that serves `served` under <any host>/demo/ (index.json lists them) and answers 404 otherwise. */
export function folderFetch(served: InputFile[], seen: string[] = []): typeof fetch {
  return async (input) => {
    const url = new URL(String(input));
    seen.push(url.pathname);
    const name = decodeURIComponent(url.pathname.replace(/^\/demo\//, ''));
    if (name === 'index.json') return new Response(JSON.stringify(served.map((f) => f.name)));
    const file = served.find((f) => f.name === name);
    return file ? new Response(file.bytes.slice()) : new Response('not found', { status: 404 });
  };
}

/**
 * A session over a duckdb-wasm engine (the browser's) for the enclosing describe block or file,
 * made before its tests and closed after; `fetchImpl` serves the demo's URLs.
 */
export function wasmSession(fetchImpl: typeof fetch = fetch): { readonly engine: Engine; readonly session: Session } {
  let made: { engine: Engine; session: Session } | undefined;
  beforeAll(async () => {
    const engine = await createWasmNodeEngine();
    made = { engine, session: createSession({ engine: async () => engine, fetch: fetchImpl }) };
  });
  afterAll(async () => {
    await made?.engine.close();
  });
  const get = () => {
    if (!made) throw new Error('the session is made in beforeAll: read it inside a test or hook');
    return made;
  };
  return {
    get engine() {
      return get().engine;
    },
    get session() {
      return get().session;
    }
  };
}
