/** The two Node engines the bench compares on the same SQL: the browser's duckdb-wasm, and native DuckDB. */
import { createNativeEngine } from '../lib/engine/native';
import type { Engine } from '../lib/engine/types';
import { createWasmNodeEngine } from '../lib/engine/wasm-node';

export type NodeEngineName = 'wasm' | 'native';

export function createEngine(name: NodeEngineName): Promise<Engine> {
  return name === 'wasm' ? createWasmNodeEngine() : createNativeEngine();
}

/**
 * The same engine under a new identity. The text rules cache their review corpus per engine
 * object (src/lib/rules/review-text.ts); a fresh identity makes a run build it again, as a user's
 * first audit does, instead of timing only the comparisons.
 */
export function freshIdentity(engine: Engine): Engine {
  return { ...engine };
}

/** DuckDB's own account of the memory it holds, in MB (both engines have duckdb_memory()). */
export async function duckdbMemoryMb(engine: Engine): Promise<number> {
  const [r] = await engine.query<{ b: number | null }>('SELECT CAST(sum(memory_usage_bytes) AS BIGINT) AS b FROM duckdb_memory()');
  return Math.round((r.b ?? 0) / 1e5) / 10;
}
