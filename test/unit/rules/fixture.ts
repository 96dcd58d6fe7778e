/**
 * Small datasets for the rule tests, loaded the way the app loads data (loadTable + derived tables),
 * on both engines: every rule test runs on duckdb-wasm and native DuckDB and the flags must agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { createNativeEngine } from '../../../src/lib/engine/native';
import type { Engine } from '../../../src/lib/engine/types';
import { loadTable } from '../../../src/lib/data/to-engine';
import type { CanonicalRow } from '../../../src/lib/data/values';
import { createDerivedTables } from '../../../src/lib/data/derived';
import { REQUIRED_TABLES, TABLE_NAMES, type TableName } from '../../../src/lib/data/schema';
import { LEVELS, type LevelCode } from '../../../src/lib/domain/levels';
import { runAudit, type AuditResult } from '../../../src/lib/rules/run-audit';
import type { Flag, Params, Rule } from '../../../src/lib/rules/types';

export const ENGINES = [
  ['wasm', createWasmNodeEngine],
  ['native', createNativeEngine]
] as const;

export type Fixture = Partial<Record<TableName, CanonicalRow[]>>;

/** A rating row with its derived ranks; person rows default to the party-member track. */
export function rating(r: { year: number; subject_type: 'person' | 'unit'; subject_id: string; level: LevelCode; self_level?: LevelCode } & CanonicalRow): CanonicalRow {
  return {
    track: r.subject_type === 'person' ? 'party_member' : null,
    ...r,
    rank: LEVELS[r.level].rank,
    self_rank: r.self_level ? LEVELS[r.self_level].rank : null
  };
}

/** A row saying why a subject was not rated in a year (no level, no rank); person rows on the party-member track unless `extra` says otherwise. */
export function notRated(year: number, subject_type: 'person' | 'unit', subject_id: string, unit_id: string | null, reason: string, extra: CanonicalRow = {}): CanonicalRow {
  return {
    year,
    subject_type,
    subject_id,
    unit_id,
    track: subject_type === 'person' ? 'party_member' : null,
    level: null,
    rank: null,
    self_rank: null,
    not_rated: reason,
    ...extra
  };
}

/** A party member's rating in a cell. */
export function pm(year: number, personId: string, unitId: string, level: LevelCode, extra: CanonicalRow = {}): CanonicalRow {
  return rating({ year, subject_type: 'person', subject_id: personId, unit_id: unitId, level, ...extra });
}

/** A unit's own rating. */
export function ur(year: number, unitId: string, level: LevelCode, extra: CanonicalRow = {}): CanonicalRow {
  return rating({ year, subject_type: 'unit', subject_id: unitId, level, ...extra });
}

/** A unit's own ratings in consecutive years from `from`, one level a year. */
export function unitYears(unitId: string, from: number, levels: readonly LevelCode[]): CanonicalRow[] {
  return levels.map((level, i) => ur(from + i, unitId, level));
}

/** A party member's ratings in one unit in consecutive years from `from`; null: no row that year. */
export function memberYears(personId: string, unitId: string, from: number, levels: readonly (LevelCode | null)[]): CanonicalRow[] {
  return levels.flatMap((level, i) => (level ? [pm(from + i, personId, unitId, level)] : []));
}

/** n party-member ratings of one level in one unit, persons `${prefix}1`… */
export function members(year: number, unitId: string, level: LevelCode, n: number, prefix: string): CanonicalRow[] {
  return Array.from({ length: n }, (_, i) => pm(year, `${prefix}${i + 1}`, unitId, level));
}

/**
 * The quota checks' usual cell: `excellent` HTXSNV and `good` HTTNV party members of one unit,
 * persons `${prefixes[0]}1…` and `${prefixes[1]}1…`.
 */
export function quotaCell(year: number, unitId: string, excellent: number, good: number, prefixes: readonly [string, string] = ['X', 'T']): CanonicalRow[] {
  return [...members(year, unitId, 'HTXSNV', excellent, prefixes[0]), ...members(year, unitId, 'HTTNV', good, prefixes[1])];
}

/** Unit ratings of `unitIds` in order, by level counts: [['HTXSNV', 2], ['HTTNV', 8]] rates the first two HTXSNV, the next eight HTTNV. */
export function unitsByLevel(year: number, unitIds: readonly string[], levels: [LevelCode, number][]): CanonicalRow[] {
  const ids = [...unitIds];
  return levels.flatMap(([level, n]) => ids.splice(0, n).map((id) => ur(year, id, level)));
}

export function unit(unit_id: string, kind: string, parent_id: string | null = null, name = `Đơn vị ${unit_id}`): CanonicalRow {
  return { unit_id, name, parent_id, kind };
}

/** One placement of a unit: its parent, kind and name from `valid_from` to `valid_to` (ISO dates; null: open). */
export function placement(
  unit_id: string,
  kind: string,
  parent_id: string | null,
  valid_from: string | null = null,
  valid_to: string | null = null,
  name = `Đơn vị ${unit_id}`
): CanonicalRow {
  return { unit_id, name, parent_id, kind, valid_from, valid_to };
}

export function discipline(d: { subject_type: 'person' | 'unit'; subject_id: string; decided_on: string; form: string } & CanonicalRow): CanonicalRow {
  return d;
}

/**
 * Replaces whatever the engine holds with the fixture's tables and the derived tables. The required
 * tables are always created (empty when the fixture omits them), as in a real dataset; the optional
 * ones only when given.
 */
export async function loadFixture(engine: Engine, fx: Fixture): Promise<void> {
  for (const t of TABLE_NAMES) await engine.exec(`DROP TABLE IF EXISTS ${t}`);
  for (const t of TABLE_NAMES) {
    const rows = fx[t] ?? (REQUIRED_TABLES.includes(t) ? [] : undefined);
    if (rows) await loadTable(engine, t, rows);
  }
  await createDerivedTables(engine);
}

export async function audit(engine: Engine, rule: Rule<any>, params?: Params): Promise<AuditResult> {
  return runAudit(engine, { rules: [rule], params: params ? { [rule.id]: params } : undefined });
}

/** Loads a fixture and returns the rule's flags (the rule must have run). */
export async function flagsOf(engine: Engine, rule: Rule<any>, fx: Fixture, params?: Params): Promise<Flag[]> {
  await loadFixture(engine, fx);
  const { flags, outcomes } = await audit(engine, rule, params);
  expect(outcomes).toEqual([expect.objectContaining({ rule: rule.id, status: 'ran', flags: flags.length })]);
  return flags;
}

/** The one flag of a list (the test fails unless there is exactly one), matching `fields`. */
export function onlyFlag(flags: readonly Flag[], fields: Partial<Flag>): Flag {
  expect(flags).toHaveLength(1);
  expect(flags[0]).toMatchObject(fields);
  return flags[0];
}

/**
 * One engine for the enclosing describe block (or the file, at top level): made before its tests,
 * closed after them. Read it through `.engine` inside a test or hook.
 */
export function withEngine(make: () => Promise<Engine> = createWasmNodeEngine): { readonly engine: Engine } {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await make();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return {
    get engine(): Engine {
      if (!engine) throw new Error('the engine is made in beforeAll: read it inside a test or hook');
      return engine;
    }
  };
}

/** A rule's flags on fixtures (flagsOf), on one engine for the enclosing describe block (withEngine). */
export function ruleOnEngine(rule: Rule<any>, make?: () => Promise<Engine>): (fx: Fixture, params?: Params) => Promise<Flag[]> {
  const h = withEngine(make);
  return (fx, params) => flagsOf(h.engine, rule, fx, params);
}

/**
 * One engine per describe block, created once per file, plus the record of every flag list each
 * engine produced, compared at the end (`expectEnginesAgree`).
 */
export function engineHarness(name: string, make: () => Promise<Engine>, record: Map<string, Flag[][]>) {
  const h = withEngine(make);
  beforeAll(() => {
    record.set(name, []);
  });
  return {
    get engine() {
      return h.engine;
    },
    /** flagsOf, remembered for the parity check. */
    async flags(rule: Rule<any>, fx: Fixture, params?: Params): Promise<Flag[]> {
      const flags = await flagsOf(h.engine, rule, fx, params);
      record.get(name)!.push(flags);
      return flags;
    }
  };
}

/**
 * A rule's tests, run once on each engine (`body` gets that engine's harness), then the check that
 * both engines gave the very same flags, test by test.
 */
export function describeOnEngines(title: string, body: (h: ReturnType<typeof engineHarness>) => void): void {
  const record = new Map<string, Flag[][]>();
  describe.each(ENGINES)(`${title} on %s`, (name, make) => body(engineHarness(name, make, record)));
  expectEnginesAgree(record);
}

/** The last test of a file: both engines produced the very same flags, test by test. */
export function expectEnginesAgree(record: Map<string, Flag[][]>): void {
  it('gives identical flags on duckdb-wasm and native DuckDB', () => {
    const wasm = record.get('wasm');
    const native = record.get('native');
    expect(wasm?.length).toBeGreaterThan(0);
    expect(native).toEqual(wasm);
  });
}
