/**
 * Canonical rows → DuckDB tables, the same way on every engine: rows are written as a canonical
 * CSV (RFC 4180, every value quoted, empty = NULL) and read back with explicit column types.
 * The CSV is written as bytes straight from the columns, a few megabytes at a time, each piece read
 * into the table before the next is written: a whole table never exists twice, neither in the JS
 * heap nor in duckdb-wasm's heap (which never gives memory back).
 */
import type { Engine } from '../engine/types';
import { ident, join, sql, type Sql } from '../sql/template';
import { ColumnTable } from './column-table';
import { DERIVED_COLUMNS, SCHEMA, type ColumnDef, type TableName } from './schema';
import type { CanonicalRow, CanonicalValue } from './values';

export function columnsOf(table: TableName): ColumnDef[] {
  return [...SCHEMA[table], ...(DERIVED_COLUMNS[table] ?? [])];
}

const encoder = new TextEncoder();
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const NO_BYTES = new Uint8Array(0);

/** A piece of CSV being written; a write that does not fit answers false and leaves `pos` where it was. */
class Piece {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}

  byte(c: number): boolean {
    if (this.pos >= this.buf.length) return false;
    this.buf[this.pos++] = c;
    return true;
  }

  bytes(b: Uint8Array): boolean {
    if (this.pos + b.length > this.buf.length) return false;
    this.buf.set(b, this.pos);
    this.pos += b.length;
    return true;
  }

  /** A value as a quoted cell; null and '' as an empty cell (NULL). */
  value(v: CanonicalValue | undefined): boolean {
    if (v === null || v === undefined || v === '') return true;
    if (typeof v !== 'string') return this.ascii(String(v));
    const s = v.includes('"') ? v.replace(/"/g, '""') : v;
    if (this.pos + s.length + 2 > this.buf.length) return false; // each UTF-16 unit takes at least a byte
    // encodeInto stops where the room ends: a value it could not finish does not fit.
    const { read, written } = encoder.encodeInto(s, this.buf.subarray(this.pos + 1, this.buf.length - 1));
    if (read < s.length) return false;
    this.buf[this.pos] = QUOTE;
    this.pos += written + 1;
    this.buf[this.pos++] = QUOTE;
    return true;
  }

  /** Numbers and booleans: their text is ASCII. */
  private ascii(s: string): boolean {
    if (this.pos + s.length + 2 > this.buf.length) return false;
    const buf = this.buf;
    let p = this.pos;
    buf[p++] = QUOTE;
    for (let k = 0; k < s.length; k++) buf[p++] = s.charCodeAt(k);
    buf[p++] = QUOTE;
    this.pos = p;
    return true;
  }
}

/** The cell of one row of column j, written into a piece. */
type CellWriter = (piece: Piece, row: number) => boolean;

function cellWriter(data: ColumnTable, j: number): CellWriter {
  const dictionary = data.dictionary(j);
  if (!dictionary) return (piece, i) => piece.value(data.at(i, j));
  // Each distinct text is encoded once, however many rows repeat it.
  const { values, codes } = dictionary;
  const cells: (Uint8Array | undefined)[] = new Array(values.length);
  const encode = (s: string) => (s === '' ? NO_BYTES : encoder.encode(`"${s.replace(/"/g, '""')}"`));
  return (piece, i) => {
    const code = codes.get(i);
    return code < 0 || piece.bytes((cells[code] ??= encode(values[code])));
  };
}

function writeRow(piece: Piece, cells: readonly CellWriter[], i: number): boolean {
  for (let j = 0; j < cells.length; j++) if ((j > 0 && !piece.byte(COMMA)) || !cells[j](piece, i)) return false;
  return piece.byte(LF);
}

/**
 * The canonical CSV of a table in pieces of at most `maxBytes` (longer only for a row that fills
 * more on its own), each with the header. Every piece is a view of one reused buffer: use it before
 * asking for the next.
 */
/** `onRows`: told, before each piece, how many rows the pieces so far hold (for progress). */
export function* canonicalCsvPieces(data: ColumnTable, maxBytes: number, onRows?: (rows: number) => void): Generator<Uint8Array> {
  const header = encoder.encode(data.defs.map((c) => c.name).join(',') + '\n');
  const cells = data.defs.map((_, j) => cellWriter(data, j));
  let piece = new Piece(new Uint8Array(Math.max(maxBytes, header.length + 1)));
  piece.bytes(header);
  let rows = 0;
  for (let i = 0; i < data.length; ) {
    const start = piece.pos;
    if (writeRow(piece, cells, i)) {
      rows++;
      i++;
      continue;
    }
    if (rows > 0) {
      onRows?.(i);
      yield piece.buf.subarray(0, start);
    } else {
      // A single row larger than a piece: a larger buffer for it and the rows after it.
      piece = new Piece(new Uint8Array(piece.buf.length * 2));
      piece.bytes(header);
    }
    piece.pos = header.length;
    rows = 0;
  }
  if (rows > 0 || data.length === 0) {
    onRows?.(data.length);
    yield piece.buf.subarray(0, piece.pos);
  }
}

/**
 * DuckDB refuses a CSV line over 2 MB by default (one long self-review is enough). Every line of a
 * piece fits in the piece, so a piece larger than that reads with a limit of its own size, in one
 * buffer (no more memory than the default buffer of 32 MB for any piece up to that size).
 */
const DUCKDB_MAX_LINE = 2 * 1024 * 1024;
function lineLimit(pieceBytes: number): Sql {
  return pieceBytes < DUCKDB_MAX_LINE ? sql`` : sql`, max_line_size = ${pieceBytes + 1}, buffer_size = ${pieceBytes + 1}`;
}

/** DuckDB failed to read a canonical row: which table, and which row (index into the table) if it says. */
export class TableLoadError extends Error {
  constructor(
    readonly table: TableName,
    cause: unknown,
    readonly rowIndex: number | undefined
  ) {
    super(`${table}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'TableLoadError';
  }
}

/** "CSV Error on Line: 5" counts the header as line 1 of the piece; the piece began at row `pieceStart`. */
function csvErrorLine(err: unknown, pieceStart: number): number | undefined {
  const m = /on Line: (\d+)/.exec(err instanceof Error ? err.message : String(err));
  return m && Number(m[1]) >= 2 ? pieceStart + Number(m[1]) - 2 : undefined;
}

/** Bytes per piece of loadTable: small enough to leave no lasting mark on either heap, large enough that the statements per piece cost little. */
export const LOAD_BATCH_BYTES = 8 * 1024 * 1024;

/** Creates (or replaces) one table from canonical rows, given as objects or held by column. */
export async function loadTable(
  engine: Engine,
  table: TableName,
  rows: readonly CanonicalRow[] | ColumnTable,
  batchBytes = LOAD_BATCH_BYTES,
  /** The fraction of the rows loaded, after each piece. */
  onProgress?: (fraction: number) => void
): Promise<void> {
  const columns = columnsOf(table);
  const data = rows instanceof ColumnTable ? rows : ColumnTable.fromRows(columns, rows);
  const names = data.defs.map((c) => c.name).join(',');
  if (names !== columns.map((c) => c.name).join(',')) throw new Error(`${table}: columns ${names} are not the canonical ${columns.map((c) => c.name).join(',')}`);
  const types = join(columns.map((c) => sql`${c.name}: ${c.type}`));
  const name = `${table}.canonical.csv`;
  let first = true;
  let done = 0;
  let pieceStart = 0;
  for (const piece of canonicalCsvPieces(data, batchBytes, (n) => ((pieceStart = done), (done = n)))) {
    const file = await engine.registerFile(name, piece);
    const read = sql`SELECT * FROM read_csv(${file}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${types}}${lineLimit(piece.length)})`;
    try {
      await engine.exec((first ? sql`CREATE OR REPLACE TABLE ${ident(table)} AS ${read}` : sql`INSERT INTO ${ident(table)} ${read}`).text);
    } catch (err) {
      throw new TableLoadError(table, err, csvErrorLine(err, pieceStart));
    }
    first = false;
    onProgress?.(data.length ? done / data.length : 1);
  }
  // The last piece would stay registered (in duckdb-wasm: a copy in its heap) until the next load.
  await engine.registerFile(name, NO_BYTES);
}
