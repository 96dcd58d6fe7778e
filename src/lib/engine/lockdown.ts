/**
 * After a dataset is loaded, no query may read or write a file or reach the network: SQL is built
 * from the user's data and choices, and a mistake there must not become `read_csv('/etc/passwd')`,
 * `COPY … TO`, `ATTACH` or a URL. DuckDB's external access is switched off and its configuration
 * locked, so that no later statement can switch it back on. Both engines allow it (duckdb-wasm and
 * native DuckDB 1.4). Registered files are files too: an engine locked down takes no further
 * dataset, so the worker loads each dataset into an engine of its own (worker/session.ts).
 */
import type { Engine } from './types';

export const LOCKDOWN_SETTINGS: readonly string[] = ['SET enable_external_access = false', 'SET lock_configuration = true'];

export async function lockDown(engine: Engine): Promise<void> {
  for (const s of LOCKDOWN_SETTINGS) await engine.exec(s);
}
