import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDerivedTables } from '../../data/derived';
import { createWasmNodeEngine } from '../../engine/wasm-node';
import type { Engine } from '../../engine/types';
import { ancestrySql, type PathItem } from './ancestry';
import { buildUnitIndex, PATH_SEPARATOR, type UnitIndex, type UnitRow } from './unit-index';

// The demo's unit tree (data/demo/units.csv), read by the engine the browser uses.
let engine: Engine;
let rows: UnitRow[];
let index: UnitIndex;

beforeAll(async () => {
  engine = await createWasmNodeEngine();
  const file = await engine.registerFile('units.csv', readFileSync(path.resolve('data/demo/units.csv')));
  // A version-1 file: one placement per unit, valid in every year.
  await engine.exec(`CREATE TABLE units AS SELECT *, NULL::DATE AS valid_from, NULL::DATE AS valid_to FROM read_csv('${file}', all_varchar = true)`);
  await createDerivedTables(engine);
  rows = await engine.query<UnitRow>('SELECT unit_id, name, parent_id, kind FROM units');
  index = buildUnitIndex(rows);
});
afterAll(() => engine?.close());

const ids = (r: { matches: { unit: UnitRow }[] }) => r.matches.map((m) => m.unit.unit_id);

describe('buildUnitIndex on the demo units', () => {
  it('has the same subtrees as unit_ancestors', async () => {
    const below = await engine.query<{ ancestor_id: string; unit_id: string }>('SELECT ancestor_id, unit_id FROM unit_ancestors');
    const expected = new Map<string, string[]>();
    for (const r of below) expected.set(r.ancestor_id, [...(expected.get(r.ancestor_id) ?? []), r.unit_id]);
    expect(expected.size).toBe(rows.length);
    for (const [root, units] of expected) expect([...index.subtree(root)].sort(), root).toEqual(units.sort());
    expect(index.subtree('NO-SUCH-UNIT').size).toBe(0);
  });

  it('offers every unit but the collectives, parents before their children', () => {
    expect(index.pickable.length).toBe(rows.filter((r) => r.kind !== 'tap_the').length);
    expect(index.pickable.some((u) => u.kind === 'tap_the')).toBe(false);
    const seen = new Set<string>();
    for (const u of index.pickable) {
      if (u.parent_id && index.get(u.parent_id)?.kind !== 'tap_the') expect(seen.has(u.parent_id), u.unit_id).toBe(true);
      seen.add(u.unit_id);
    }
  });

  it('writes each unit’s path from its root, as the ancestry query does', async () => {
    const cell = index.get('HU01-CQD-CB01')!;
    expect(cell.path.join(PATH_SEPARATOR)).toBe('Đảng bộ huyện Yên Phong › Đảng bộ Cơ quan Đảng huyện Yên Phong › Chi bộ Văn phòng Huyện ủy');
    expect(cell.depth).toBe(2);
    for (const u of index.pickable) {
      const ancestry = await engine.query<PathItem>(ancestrySql(u.unit_id));
      expect(ancestry.map((r) => r.name)).toEqual(u.path);
      expect(index.trail(u.unit_id)).toEqual(ancestry);
    }
    expect(index.trail('NO-SUCH-UNIT')).toEqual([]);
    expect(await engine.query(ancestrySql("no'such"))).toEqual([]);
  });

  it('finds a unit by its id, by part of its name without diacritics, and by words of its path', () => {
    expect(ids(index.search('hu01-cqd-cb01'))[0]).toBe('HU01-CQD-CB01');
    const office = index.search('van phong huyen uy');
    expect(ids(office)[0]).toBe('HU01-CQD-CB01');
    expect(office.matches[0].rank).toBe(2);
    expect(index.search('CHI BO VAN PHONG HUYEN').matches[0]).toMatchObject({ rank: 1, unit: { unit_id: 'HU01-CQD-CB01' } });
    // Words spread over the path, matched at word starts ("uy" is not found inside "quyền").
    const spread = index.search('yen phong van phong huyen uy');
    expect(ids(spread)).toEqual(['HU01-CQD-CB01']);
    expect(spread.matches[0].rank).toBe(4);
    const cells = index.search('co quan dang chi bo');
    expect(cells.total).toBeGreaterThan(1);
    for (const m of cells.matches) expect(m.unit.path.join(' ')).toMatch(/Cơ quan/);
    expect(index.search('không có đơn vị này').total).toBe(0);
    expect(index.search('   ').total).toBe(0);
  });

  it('ranks the id, then names starting with the query, then names holding it, shallower first', () => {
    const r = index.search('Đảng bộ xã', 500);
    const ranks = r.matches.map((m) => m.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(r.matches[0].unit.name.startsWith('Đảng bộ xã')).toBe(true);
    const limited = index.search('chi bo', 5);
    expect(limited.matches).toHaveLength(5);
    expect(limited.total).toBeGreaterThan(5);
  });
});

describe('buildUnitIndex on an awkward tree', () => {
  it('makes a unit with an unknown parent a root and survives a cycle', () => {
    const odd = buildUnitIndex([
      { unit_id: 'A', name: 'Chi bộ A', parent_id: 'GONE', kind: 'chi_bo' },
      { unit_id: 'X', name: 'X', parent_id: 'Y', kind: 'co_so' },
      { unit_id: 'Y', name: 'Y', parent_id: 'X', kind: 'co_so' }
    ]);
    expect(odd.get('A')?.depth).toBe(0);
    // A cycle has no root: its units are not reachable from a root, so they are not offered…
    expect(odd.pickable.map((u) => u.unit_id)).toEqual(['A']);
    // …and their subtree walk ends.
    expect([...odd.subtree('X')].sort()).toEqual([]);
  });
});
