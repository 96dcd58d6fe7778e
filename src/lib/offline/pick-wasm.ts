/**
 * duckdb-wasm ships two builds of its engine, tens of MB each; a browser runs one: EH where it has
 * wasm exception handling, MVP otherwise (the same choice duckdb's `selectBundle` makes). The
 * service worker caches only that one, so the first visit does not download both.
 */
const DUCKDB_WASM = /\/duckdb-(eh|mvp)[^/]*\.wasm$/;

export function pickWasm(paths: readonly string[], hasExceptions: boolean): string[] {
  const skip = hasExceptions ? 'mvp' : 'eh';
  return paths.filter((p) => DUCKDB_WASM.exec(p)?.[1] !== skip);
}
