/**
 * Node only: a worker_thread running a TypeScript module. The command line runs under tsx, whose
 * loader a worker does not inherit; the worker imports the module through tsx's API instead.
 */
import { Worker } from 'node:worker_threads';

export function tsWorker(module: URL, workerData: unknown): Worker {
  const code = `import { tsImport } from 'tsx/esm/api'; await tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(module.href)});`;
  return new Worker(code, { eval: true, workerData } as ConstructorParameters<typeof Worker>[1]);
}
