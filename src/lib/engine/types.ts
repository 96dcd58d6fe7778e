/**
 * The one interface over DuckDB. Nothing outside src/lib/engine imports duckdb: the browser worker,
 * the Node wasm engine (tests) and native DuckDB (command line) all implement this.
 */
export type Row = Record<string, unknown>;

export interface Engine {
  /** Which implementation: 'wasm' (duckdb-wasm in Node), 'native' (@duckdb/node-api), 'browser' (worker). */
  readonly kind: 'wasm' | 'native' | 'browser';
  /**
   * Runs SQL and returns plain rows. Values are normalised the same way in every engine:
   * integers and BIGINT → number, DECIMAL/DOUBLE → number, DATE → 'YYYY-MM-DD' string,
   * BOOLEAN → boolean, VARCHAR → string, LIST → array, NULL → null.
   */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Runs statements that return nothing (CREATE, INSERT, DROP…). */
  exec(sql: string): Promise<void>;
  /**
   * Makes bytes readable by SQL (e.g. a canonical CSV for read_csv) and returns the path to use
   * in SQL. Replaces a file registered under the same name.
   */
  registerFile(name: string, bytes: Uint8Array): Promise<string>;
  /** Names of the tables in the main schema. */
  tables(): Promise<string[]>;
  close(): Promise<void>;
}
