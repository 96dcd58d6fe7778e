/**
 * A table's canonical values held column by column: numbers and booleans in typed arrays, text as
 * codes into a dictionary of its distinct values. A province's 1.1 M ratings as row objects took
 * about half a gigabyte of the browser tab; held like this they take under a hundred megabytes.
 * Every value reads back exactly as it was appended.
 */
import type { ColumnDef } from './schema';
import type { CanonicalRow, CanonicalValue } from './to-engine';

const INITIAL_CAPACITY = 1024;

/** Text longer than this marks a column as free text (reviews, reasons): kept as is, not in a dictionary. */
const DICTIONARY_MAX_CHARS = 64;

/** A column's storage; `push` answers false when the value does not fit it (the table then widens it). */
interface Column {
  push(v: CanonicalValue): boolean;
  get(i: number): CanonicalValue;
  /** Drops the spare capacity once the table is complete. */
  trim(length: number): void;
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, needed: number): T {
  if (needed <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(needed, a.length * 2));
  b.set(a);
  return b;
}

function trimmed<T extends Float64Array | Int32Array | Uint8Array>(a: T, length: number): T {
  return a.length === length ? a : (a.slice(0, length) as T);
}

class NumberColumn implements Column {
  private values = new Float64Array(INITIAL_CAPACITY);
  private nulls = new Uint8Array(INITIAL_CAPACITY);
  private n = 0;

  push(v: CanonicalValue): boolean {
    if (v !== null && typeof v !== 'number') return false;
    this.values = grown(this.values, this.n + 1);
    this.nulls = grown(this.nulls, this.n + 1);
    if (v === null) this.nulls[this.n] = 1;
    else this.values[this.n] = v;
    this.n++;
    return true;
  }

  get(i: number): CanonicalValue {
    return this.nulls[i] ? null : this.values[i];
  }

  trim(length: number): void {
    this.values = trimmed(this.values, length);
    this.nulls = trimmed(this.nulls, length);
  }
}

const FALSE = 0;
const TRUE = 1;
const NULL = 2;

class BooleanColumn implements Column {
  private values = new Uint8Array(INITIAL_CAPACITY);
  private n = 0;

  push(v: CanonicalValue): boolean {
    if (v !== null && typeof v !== 'boolean') return false;
    this.values = grown(this.values, this.n + 1);
    this.values[this.n++] = v === null ? NULL : v ? TRUE : FALSE;
    return true;
  }

  get(i: number): CanonicalValue {
    const v = this.values[i];
    return v === NULL ? null : v === TRUE;
  }

  trim(length: number): void {
    this.values = trimmed(this.values, length);
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
  private codes: Int32Array | null = new Int32Array(INITIAL_CAPACITY);
  private readonly distinct: string[] = [];
  private index: Map<string, number> | null = new Map();
  private plain: (string | null)[] | null = null;
  private n = 0;

  push(v: CanonicalValue): boolean {
    if (v !== null && typeof v !== 'string') return false;
    if (v !== null && v.length > DICTIONARY_MAX_CHARS && !this.plain) this.toPlain();
    if (this.plain) this.plain.push(v);
    else {
      this.codes = grown(this.codes!, this.n + 1);
      this.codes[this.n] = v === null ? -1 : this.codeOf(v);
    }
    this.n++;
    return true;
  }

  get(i: number): CanonicalValue {
    if (this.plain) return this.plain[i];
    const code = this.codes![i];
    return code < 0 ? null : this.distinct[code];
  }

  /** The distinct values and each row's code (-1: NULL); null once the column holds plain strings. */
  dictionary(): { values: readonly string[]; codes: Int32Array } | null {
    return this.plain ? null : { values: this.distinct, codes: this.codes! };
  }

  trim(length: number): void {
    if (this.codes) this.codes = trimmed(this.codes, length);
    this.index = null; // made again from `distinct` if rows are added later
  }

  private codeOf(v: string): number {
    this.index ??= new Map(this.distinct.map((s, k) => [s, k]));
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
    this.index = null;
    this.distinct.length = 0;
  }
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

  trim(): void {}
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
    return t.complete();
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
  dictionary(j: number): { values: readonly string[]; codes: Int32Array } | null {
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

  /** No more rows: spare capacity is given back. */
  complete(): this {
    for (const c of this.columns) c.trim(this.length);
    return this;
  }

  private widen(j: number): Column {
    const old = this.columns[j];
    const values: CanonicalValue[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) values[i] = old.get(i);
    return (this.columns[j] = new AnyColumn(values));
  }
}
