/**
 * Statements every engine runs on start. Extension autoloading is off so that a missing extension
 * fails fast instead of reaching for the internet (duckdb-wasm has no parquet/json offline).
 */
export const ENGINE_SETTINGS: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false'
];
