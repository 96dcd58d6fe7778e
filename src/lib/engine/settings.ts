/**
 * Statements every engine runs on start. Extension autoloading is off so that a missing extension
 * fails fast instead of reaching for the internet (duckdb-wasm has no parquet/json offline).
 *
 * No memory_limit is set, in the browser either: duckdb-wasm has no temporary folder to spill to,
 * so a limit only turns a large query into a failed check, and the loaded tables count against it
 * (a province's checks need 256–512 MB of DuckDB memory: under 256 MB half of them fail). The tab's
 * memory is kept low by how data is loaded (src/lib/data/to-engine.ts), not by starving DuckDB.
 * duckdb-wasm's blocking bundle runs one thread; native DuckDB keeps its default (all cores).
 */
export const ENGINE_SETTINGS: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false'
];
