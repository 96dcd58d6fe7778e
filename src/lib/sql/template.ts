/**
 * SQL assembled at run time, safely: `sql\`SELECT * FROM ratings WHERE subject_id = ${id}\``
 * makes every interpolated value a SQL literal (a string quoted with '' doubled, a number checked
 * finite, a date, a list, NULL), unless it is an identifier (`ident(name)`, double-quoted) or SQL
 * itself (another sql`` result, or `raw(text)` for text the program wrote). A value can therefore
 * never change the statement, whatever a data file holds.
 *
 * An Sql prints as its text, so it can also stand inside a plain template string while code moves
 * over to the tag; an engine takes `.text`.
 */

/** SQL text: the result of the tag, of `ident` or of `raw`. */
export class Sql {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What may be interpolated: a value (made a literal) or SQL. */
export type SqlValue = string | number | bigint | boolean | null | undefined | Date | Sql | readonly SqlValue[];

/** The tag: literals for values, SQL for Sql fragments. */
export function sql(strings: TemplateStringsArray, ...values: readonly SqlValue[]): Sql {
  let text = strings[0];
  values.forEach((v, i) => {
    text += literal(v) + strings[i + 1];
  });
  return new Sql(text);
}

/** A quoted identifier (table, column, alias): "name" with " doubled. */
export function ident(name: string): Sql {
  if (name.includes('\0')) throw new Error('an SQL identifier cannot contain a NUL character');
  return new Sql(`"${name.replace(/"/g, '""')}"`);
}

/** SQL text the program itself wrote (never data): inserted as is. */
export function raw(text: string): Sql {
  return new Sql(text);
}

/** Fragments joined by a separator (", " unless given), for lists of columns or conditions. */
export function join(parts: readonly SqlValue[], separator = ', '): Sql {
  return new Sql(parts.map(literal).join(separator));
}

/**
 * A parenthesised list for `IN`: `(1, 2, 3)`. An empty list has no SQL spelling that keeps the
 * meaning of both IN and NOT IN, so it is refused.
 */
export function inList(values: readonly SqlValue[]): Sql {
  if (values.length === 0) throw new Error('an IN list needs at least one value');
  return new Sql(`(${values.map(literal).join(', ')})`);
}

/** One value as SQL: the fragment's text, or a literal. */
export function literal(v: SqlValue): string {
  if (v instanceof Sql) return v.text;
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'string') return stringLiteral(v);
  if (typeof v === 'number') return numberLiteral(v);
  if (typeof v === 'bigint') return v < 0n ? `(${String(v)})` : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateLiteral(v);
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  throw new Error(`cannot be an SQL value: ${typeof v}`);
}

/**
 * A number as DuckDB reads it back: a short decimal ("0.2", "15") stays a DECIMAL literal, so that
 * arithmetic on it is exact (0.2 × 15 = 3, as the quota needs); a longer one, or one JavaScript
 * writes with an exponent, is cast from its shortest text to DOUBLE, which DuckDB parses exactly
 * (a DECIMAL of 17 digits would not convert to the same double). Parenthesised when negative, so
 * that `x - ${n}` never reads as a comment (`--`).
 */
function numberLiteral(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
  const text = String(v);
  const digits = text.replace(/^-?0*\.?0*/, '').replace('.', '');
  const exact = !/e/.test(text) && digits.length <= 15;
  const out = exact ? text : `CAST('${text}' AS DOUBLE)`;
  return v < 0 && exact ? `(${out})` : out;
}

/**
 * A string literal: single quotes, a quote doubled. DuckDB reads SQL text as a C string, so a NUL
 * character is spliced in as chr(0).
 */
function stringLiteral(s: string): string {
  if (!s.includes('\0')) return `'${s.replace(/'/g, "''")}'`;
  return `(${s.split('\0').map((part) => `'${part.replace(/'/g, "''")}'`).join(' || chr(0) || ')})`;
}

/** A Date at midnight UTC is a DATE; any other instant a TIMESTAMP (UTC). */
function dateLiteral(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new Error('not a valid date');
  const iso = d.toISOString();
  if (iso.length !== 24) throw new Error(`a date outside years 0–9999: ${iso}`);
  return iso.endsWith('T00:00:00.000Z') ? `DATE '${iso.slice(0, 10)}'` : `TIMESTAMP '${iso.slice(0, 10)} ${iso.slice(11, 23)}'`;
}
