/**
 * The page's client against the worker's dispatcher over a message channel like a worker's
 * (structured clone, transfer), with the real session on duckdb-wasm in Node.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFolder } from '../data/read-folder';
import { createWasmNodeEngine } from '../engine/wasm-node';
import type { Engine } from '../engine/types';
import { SoiClient } from './client';
import { dispatch } from './dispatch';
import type { Progress, Request, Response } from './protocol';
import { createSession } from './session';
import { folderFetch } from './testing';

const FIXTURE = path.resolve('test/fixtures/e2e-demo');

/** Stands in for `new Worker(...)`: messages are cloned (buffers transferred) both ways, asynchronously. */
class ChannelWorker {
  onmessage: ((e: MessageEvent<Response>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor(private readonly handle: (req: Request, post: (r: Response) => void) => Promise<void>) {}
  postMessage(message: Request, transfer: Transferable[] = []): void {
    const request = structuredClone(message, { transfer });
    setTimeout(() => this.handle(request, (r) => this.onmessage?.({ data: structuredClone(r) } as MessageEvent<Response>)));
  }
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
  terminate(): void {}
}

let engine: Engine;
let worker: ChannelWorker;
let client: SoiClient;

beforeAll(async () => {
  engine = await createWasmNodeEngine();
  const served = await readDatasetFolder(FIXTURE);
  const session = createSession({ engine: async () => engine, fetch: folderFetch(served) });
  worker = new ChannelWorker((req, post) => dispatch(session, req, post));
  client = new SoiClient(worker as unknown as Worker, 'http://soi.test/demo/');
});
afterAll(() => engine.close());

describe('worker client', () => {
  it('loads the demo folder from its base URL, with progress', async () => {
    const progress: Progress[] = [];
    const result = await client.load('demo', (p) => progress.push(p));
    expect(result.accepted).toBe(true);
    expect(result.summary?.people).toBeGreaterThan(0);
    expect(progress[0].stage).toBe('fetch');
    expect(progress.map((p) => p.stage)).toContain('load');
  });

  it('moves the files to the worker instead of copying them', async () => {
    const files = await readDatasetFolder(FIXTURE);
    const result = await client.load(files);
    expect(result.accepted).toBe(true);
    expect(result.files.sort()).toEqual(files.map((f) => f.name).sort());
    expect(files.every((f) => f.bytes.byteLength === 0)).toBe(true); // detached: transferred
  });

  it('answers queries, and a failing query rejects with DuckDB’s message without breaking the next one', async () => {
    const [units, people] = await Promise.all([
      client.query<{ n: number }>('SELECT count(*) AS n FROM units'),
      client.query<{ n: number }>('SELECT count(*) AS n FROM people')
    ]);
    expect(units[0].n).toBeGreaterThan(0);
    expect(people[0].n).toBeGreaterThan(0);
    await expect(client.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    expect(await client.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('runs an audit through the worker', async () => {
    const result = await client.audit({ only: ['head_above_collective'] });
    expect(result.outcomes).toEqual([expect.objectContaining({ rule: 'head_above_collective', status: 'ran' })]);
  });

  it('fails pending and later calls once the worker has crashed', async () => {
    const pending = client.query('SELECT 1 AS one');
    worker.crash('out of memory');
    await expect(pending).rejects.toThrow(/out of memory/);
    await expect(client.query('SELECT 1 AS one')).rejects.toThrow(/out of memory/);
  });
});
