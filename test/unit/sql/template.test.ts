/**
 * The tagged SQL template on the real engines: whatever a value holds, it comes back from DuckDB as
 * itself, and it can never change the statement around it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { ident, inList, join, literal, raw, sql, Sql } from '../../../src/lib/sql/template';
import { ENGINES } from '../rules/fixture';

describe('sql`…` as text', () => {
  it('makes values literals and keeps fragments and identifiers as SQL', () => {
    const where = sql`subject_id = ${"O'Brien"}`;
    expect(sql`SELECT ${ident('full name')} FROM ${ident('a"b')} WHERE ${where} AND year >= ${2020}`.text).toBe(
      `SELECT "full name" FROM "a""b" WHERE subject_id = 'O''Brien' AND year >= 2020`
    );
    expect(sql`${null} ${undefined} ${true} ${false} ${12n} ${0.2}`.text).toBe('NULL NULL TRUE FALSE 12 0.2');
    expect(sql`${0.30000000000000004} ${1e-7} ${-2.5}`.text).toBe(`CAST('0.30000000000000004' AS DOUBLE) CAST('1e-7' AS DOUBLE) (-2.5)`);
    expect(sql`${['a', 1, null]} IN ${inList(['x', 'y'])}`.text).toBe(`['a', 1, NULL] IN ('x', 'y')`);
    expect(sql`${new Date(Date.UTC(2025, 6, 1))}, ${new Date(Date.UTC(2025, 6, 1, 8, 30, 5, 7))}`.text).toBe(
      `DATE '2025-07-01', TIMESTAMP '2025-07-01 08:30:05.007'`
    );
    expect(sql`SELECT ${join([raw('a'), ident('b'), 3])}`.text).toBe('SELECT a, "b", 3');
    expect(`${sql`x = ${1}`}`).toBe('x = 1');
  });

  it('parenthesises a negative number, so that `x - ${n}` is no comment', () => {
    expect(sql`x - ${-5}`.text).toBe('x - (-5)');
    expect(sql`x - ${-5n}`.text).toBe('x - (-5)');
  });

  it('refuses what has no literal: NaN, infinities, invalid dates, an empty IN list', () => {
    expect(() => sql`${NaN}`).toThrow(/finite/);
    expect(() => sql`${Infinity}`).toThrow(/finite/);
    expect(() => sql`${new Date(NaN)}`).toThrow(/date/);
    expect(() => inList([])).toThrow(/IN list/);
    expect(() => literal({} as unknown as string)).toThrow(/SQL value/);
  });

  it('a fragment is an Sql, which nothing but the tag, ident and raw make', () => {
    expect(sql`a`).toBeInstanceOf(Sql);
    // A string that looks like SQL stays a value.
    expect(sql`WHERE x = ${"1; DROP TABLE ratings; --"}`.text).toBe(`WHERE x = '1; DROP TABLE ratings; --'`);
  });
});

describe.each(ENGINES)('sql`…` on %s DuckDB', (_name, make) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await make();
  });
  afterAll(async () => {
    await engine.close();
  });
  const one = async (q: Sql): Promise<unknown> => (await engine.query<{ v: unknown }>(q.text))[0].v;

  it('any string round-trips: SELECT ${s} returns s', async () => {
    // Every code point (no lone surrogate: those are no text), quotes, backslashes, NUL, line ends.
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom("'", '"', '\\', '\0', '\n', '\r', '--', '/*', ';', 'Đ', 'ệ', '𝔸', '$$', '?', '$1'), { maxLength: 12 }).map((a) => a.join(''))
    );
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        expect(await one(sql`SELECT ${s} AS v`)).toBe(s);
      }),
      { numRuns: 150 }
    );
  });

  it('any finite number and integer round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), async (n) => {
        expect(await one(sql`SELECT CAST(${n} AS DOUBLE) AS v`)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 150 }
    );
    expect(await one(sql`SELECT 10 - ${-5} AS v`)).toBe(15);
    // A short decimal stays exact, as the quota's comparison needs.
    expect(await one(sql`SELECT ${0.2} * 15 = 3 AS v`)).toBe(true);
  });

  it('any identifier round-trips as a column name', async () => {
    const name = fc.oneof(fc.constant('__proto__'), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\0')));
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        const rows = await engine.query(sql`SELECT 1 AS ${ident(n)}`.text);
        expect(Object.keys(rows[0])).toEqual([n]);
        expect(rows[0][n]).toBe(1);
      }),
      { numRuns: 80 }
    );
  });

  it('dates, lists, booleans and NULL come back as themselves', async () => {
    expect(await one(sql`SELECT ${new Date(Date.UTC(2025, 6, 1))} AS v`)).toBe('2025-07-01');
    expect(await one(sql`SELECT ${['a', "b'c", null]} AS v`)).toEqual(['a', "b'c", null]);
    expect(await one(sql`SELECT ${[1, 2]} AS v`)).toEqual([1, 2]);
    expect(await one(sql`SELECT ${true} AS v`)).toBe(true);
    expect(await one(sql`SELECT ${null} AS v`)).toBeNull();
    expect(await one(sql`SELECT 'x' IN ${inList(['x', 'y'])} AS v`)).toBe(true);
  });
});
