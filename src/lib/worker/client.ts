/**
 * The page's handle on the worker: typed calls that resolve with the worker's answer, with progress
 * on the way. Pages query the loaded data through `query`; nothing on the main thread runs DuckDB.
 */
import { EARLY_WORKER_GLOBAL } from './early-worker';
import type { InputFile } from '../data';
import type { Row } from '../engine/types';
import type { AuditResult } from '../rules/run-audit';
import type { AuditParams, LoadOptions, LoadResult, LoadSource, Method, Methods, PickedFile, Progress, Request, Response } from './protocol';

export type OnProgress = (p: Progress) => void;

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  onProgress?: OnProgress;
}

export class SoiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Set once the worker has failed: later calls fail at once instead of waiting forever. */
  private broken: string | null = null;

  /** `demoBase`: absolute URL of the demo dataset folder on the serving host, ending in '/'. */
  constructor(
    private readonly worker: Worker,
    private readonly demoBase: string
  ) {
    worker.onmessage = (e: MessageEvent<Response>) => this.receive(e.data);
    worker.onerror = (e: ErrorEvent) => this.failAll(`lỗi trong worker (worker error): ${e.message}`);
    worker.onmessageerror = () => this.failAll('thông điệp từ worker không đọc được (unreadable worker message)');
  }

  /** Loads the bundled demo or the user's files; resolves with the summary and the validation problems. */
  load(source: 'demo' | InputFile[], onProgress?: OnProgress, options?: LoadOptions): Promise<LoadResult> {
    const args: LoadSource = source === 'demo' ? { kind: 'url', base: this.demoBase, options } : { kind: 'files', files: source, options };
    // The files' buffers move to the worker instead of being copied.
    const transfer = source === 'demo' ? [] : source.map((f) => f.bytes.buffer as ArrayBuffer);
    return this.call('load', args, onProgress, transfer);
  }

  /** Loads files the user picked, by handle: the worker reads them; the same handles can be loaded again. */
  loadPicked(files: PickedFile[], onProgress?: OnProgress, options?: LoadOptions): Promise<LoadResult> {
    return this.call('load', { kind: 'picked', files, options }, onProgress);
  }

  query<T extends Row = Row>(sql: string): Promise<T[]> {
    return this.call('query', { sql }) as Promise<T[]>;
  }

  audit(params: AuditParams = {}, onProgress?: OnProgress): Promise<AuditResult> {
    return this.call('audit', params, onProgress);
  }

  /** Resolves once the tables the last load left for later (LoadResult.later) are loaded. */
  settled(): Promise<{ ms: number }> {
    return this.call('settled', {});
  }

  /** Stops the load under way (it then fails with the worker's CANCELLED message). */
  cancel(): Promise<boolean> {
    return this.call('cancel', {});
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll('worker đã dừng (worker terminated)');
  }

  private call<M extends Method>(method: M, args: Methods[M]['args'], onProgress?: OnProgress, transfer: Transferable[] = []): Promise<Methods[M]['result']> {
    const id = this.nextId++;
    if (this.broken) return Promise.reject(new Error(this.broken));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject, onProgress });
      const request: Request<M> = { id, method, args };
      this.worker.postMessage(request, transfer);
    });
  }

  private receive(message: Response): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') return p.onProgress?.(message.progress);
    this.pending.delete(message.id);
    if (message.type === 'result') p.resolve(message.result);
    else p.reject(new Error(message.message));
  }

  private failAll(message: string): void {
    this.broken = message;
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
  }
}

/** The worker the built page started from its <head> (src/build/early-worker-plugin.ts), if it did and it loaded. */
function takeEarlyWorker(): Worker | null {
  const g = globalThis as unknown as Record<string, (Worker & { soiFailed?: string }) | undefined>;
  const early = g[EARLY_WORKER_GLOBAL] ?? null;
  delete g[EARLY_WORKER_GLOBAL];
  if (early?.soiFailed) {
    early.terminate();
    return null;
  }
  return early;
}

/** Our worker (browser only): the one the page started early, or a new one. */
export function createSoiClient(demoBase: string): SoiClient {
  let worker = takeEarlyWorker();
  if (!worker) {
    performance.mark('soi:worker-created');
    worker = new Worker(new URL('./soi.worker.ts', import.meta.url), { type: 'module', name: 'soi' });
  }
  return new SoiClient(worker, demoBase);
}
