/**
 * A table's canonical values held column by column: numbers and booleans in typed arrays, text as
 * codes into a dictionary of its distinct values. A province's 1.1 M ratings as row objects took
 * about half a gigabyte of the browser tab; held like this they take under a hundred megabytes.
 * Every value reads back exactly as it was appended.
 */
import type { ColumnDef } from './schema';
import type { CanonicalRow, CanonicalValue } from './values';

/** Text longer than this marks a column as free text (reviews, reasons): kept as is, not in a dictionary. */
const DICTIONARY_MAX_CHARS = 64;

/** A column's storage; `push` answers false when the value does not fit it (the table then widens it). */
interface Column {
  push(v: CanonicalValue): boolean;
  get(i: number): CanonicalValue;
}

// 16,384 values a block: small tables stay small, a million rows take some seventy blocks.
const BLOCK_BITS = 14;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;

type TypedArray = Float64Array | Int32Array | Uint8Array;

/**
 * A typed array that grows by fixed blocks: no copy when it grows, no trimming copy at the end,
 * so loading a table leaves no dead arrays behind (a worker that has gone idle may not collect them).
 */
export class BlockArray<T extends TypedArray> {
  private readonly blocks: T[] = [];
  constructor(private readonly make: new (n: number) => T) {}

  set(i: number, v: number): void {
    const b = i >>> BLOCK_BITS;
    while (b >= this.blocks.length) this.blocks.push(new this.make(BLOCK_SIZE));
    this.blocks[b][i & BLOCK_MASK] = v;
  }

  get(i: number): number {
    return this.blocks[i >>> BLOCK_BITS][i & BLOCK_MASK];
  }
}

class NumberColumn implements Column {
  private readonly values = new BlockArray(Float64Array);
  private readonly nulls = new BlockArray(Uint8Array);
  private n = 0;

  push(v: CanonicalValue): boolean {
    if (v !== null && typeof v !== 'number') return false;
    if (v === null) this.nulls.set(this.n, 1);
    else {
      this.values.set(this.n, v);
      this.nulls.set(this.n, 0);
    }
    this.n++;
    return true;
  }

  get(i: number): CanonicalValue {
    return this.nulls.get(i) ? null : this.values.get(i);
  }
}

const FALSE = 0;
const TRUE = 1;
const NULL = 2;

class BooleanColumn implements Column {
  private readonly values = new BlockArray(Uint8Array);
  private n = 0;

  push(v: CanonicalValue): boolean {
    if (v !== null && typeof v !== 'boolean') return false;
    this.values.set(this.n++, v === null ? NULL : v ? TRUE : FALSE);
    return true;
  }

  get(i: number): CanonicalValue {
    const v = this.values.get(i);
    return v === NULL ? null : v === TRUE;
  }
}

/**
 * A string that shares nothing with the one given. A value sliced from a decoded 16 MB chunk of a
 * CSV would keep the whole chunk alive; flattening a concatenation copies just the value's text.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Text: codes into the distinct values while they are short (ids, levels, dates), plain strings once a long one arrives. */
class TextColumn implements Column {
  private codes: BlockArray<Int32Array> | null = new BlockArray(Int32Array);
  private readonly distinct: string[] = [];
  private readonly index = new Map<string, number>();
  private plain: (string | null)[] | null = null;
  private n = 0;

  push(v: CanonicalValue): boolean {
    if (v !== null && typeof v !== 'string') return false;
    if (v !== null && v.length > DICTIONARY_MAX_CHARS && !this.plain) this.toPlain();
    if (this.plain) this.plain.push(v);
    else this.codes!.set(this.n, v === null ? -1 : this.codeOf(v));
    this.n++;
    return true;
  }

  get(i: number): CanonicalValue {
    if (this.plain) return this.plain[i];
    const code = this.codes!.get(i);
    return code < 0 ? null : this.distinct[code];
  }

  /** The distinct values and each row's code (-1: NULL); null once the column holds plain strings. */
  dictionary(): TextDictionary | null {
    return this.plain ? null : { values: this.distinct, codes: this.codes! };
  }

  private codeOf(v: string): number {
    let code = this.index.get(v);
    if (code === undefined) {
      code = this.distinct.length;
      const own = detached(v);
      this.distinct.push(own);
      this.index.set(own, code);
    }
    return code;
  }

  private toPlain(): void {
    const plain: (string | null)[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) plain[i] = this.get(i) as string | null;
    this.plain = plain;
    this.codes = null;
    this.index.clear();
    this.distinct.length = 0;
  }
}

export interface TextDictionary {
  values: readonly string[];
  codes: BlockArray<Int32Array>;
}

/** Values of a type the column was not made for (rows given by hand): kept as they are. */
class AnyColumn implements Column {
  constructor(private readonly values: CanonicalValue[] = []) {}

  push(v: CanonicalValue): boolean {
    this.values.push(v);
    return true;
  }

  get(i: number): CanonicalValue {
    return this.values[i];
  }
}

function columnFor(def: ColumnDef): Column {
  switch (def.type) {
    case 'INTEGER':
    case 'DOUBLE':
      return new NumberColumn();
    case 'BOOLEAN':
      return new BooleanColumn();
    default:
      return new TextColumn();
  }
}

export class ColumnTable {
  length = 0;
  private readonly columns: Column[];
  private readonly position: Map<string, number>;

  constructor(readonly defs: readonly ColumnDef[]) {
    this.columns = defs.map(columnFor);
    this.position = new Map(defs.map((d, j) => [d.name, j]));
  }

  static fromRows(defs: readonly ColumnDef[], rows: readonly CanonicalRow[]): ColumnTable {
    const t = new ColumnTable(defs);
    for (const r of rows) t.append(r);
    return t;
  }

  /** Adds a row: its value of each column (absent = NULL); other keys are not kept. */
  append(row: CanonicalRow): void {
    for (let j = 0; j < this.columns.length; j++) {
      const v = row[this.defs[j].name] ?? null;
      if (!this.columns[j].push(v)) this.widen(j).push(v);
    }
    this.length++;
  }

  /** Value of a column in row i; undefined for a column the table does not have. */
  get(i: number, column: string): CanonicalValue | undefined {
    const j = this.position.get(column);
    return j === undefined ? undefined : this.columns[j].get(i);
  }

  /** Value of the j-th column (in `defs` order) in row i. */
  at(i: number, j: number): CanonicalValue {
    return this.columns[j].get(i);
  }

  /** The j-th column's distinct values and codes, when it holds its text that way (see TextColumn). */
  dictionary(j: number): TextDictionary | null {
    const c = this.columns[j];
    return c instanceof TextColumn ? c.dictionary() : null;
  }

  /** Row i as an object with every column. */
  row(i: number): CanonicalRow {
    const out: CanonicalRow = {};
    for (let j = 0; j < this.columns.length; j++) out[this.defs[j].name] = this.columns[j].get(i);
    return out;
  }

  rows(): CanonicalRow[] {
    return Array.from({ length: this.length }, (_, i) => this.row(i));
  }

  private widen(j: number): Column {
    const old = this.columns[j];
    const values: CanonicalValue[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) values[i] = old.get(i);
    return (this.columns[j] = new AnyColumn(values));
  }
}
