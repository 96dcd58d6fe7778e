import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '../../data';
import { createWasmNodeEngine } from '../../engine/wasm-node';
import type { Engine } from '../../engine/types';
import { ancestrySql, type PathItem } from './ancestry';
import { buildUnitIndex, PATH_SEPARATOR, type UnitIndex, type UnitRow } from './unit-index';

// The demo's unit trees of every year (data/demo without its reviews), loaded as the browser loads them.
const DEMO = path.resolve('data/demo');
let engine: Engine;
let rows: UnitRow[];
let index: UnitIndex;

beforeAll(async () => {
  engine = await createWasmNodeEngine();
  const files = readdirSync(DEMO)
    .filter((f) => f.endsWith('.csv') && f !== 'reviews.csv' && f !== 'truth.csv')
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(DEMO, name))) }));
  await loadDataset(engine, await parseDataset(files));
  rows = await engine.query<UnitRow>('SELECT year, unit_id, name, parent_id, kind FROM unit_years');
  index = buildUnitIndex(rows);
}, 120_000);
afterAll(() => engine?.close());

const ids = (r: { matches: { unit: UnitRow }[] }) => r.matches.map((m) => m.unit.unit_id);

describe('buildUnitIndex on the demo units', () => {
  it('has the subtrees of each year’s tree (unit_years paths)', async () => {
    const below = await engine.query<{ year: number; ancestor_id: string; unit_id: string }>('SELECT year, unnest(path) AS ancestor_id, unit_id FROM unit_years');
    const expected = new Map<string, Set<string>>();
    for (const r of below) expected.set(`${r.ancestor_id}/${r.year}`, (expected.get(`${r.ancestor_id}/${r.year}`) ?? new Set()).add(r.unit_id));
    const ids = [...new Set(rows.map((r) => r.unit_id))];
    const years = [...new Set(rows.map((r) => r.year!))];
    for (const root of ids) {
      const scope = index.within(root);
      for (const year of years) {
        const want = expected.get(`${root}/${year}`) ?? new Set();
        expect(ids.filter((u) => scope.has(u, year)).sort(), `${root} ${year}`).toEqual([...want].sort());
      }
    }
    expect(index.subtree('NO-SUCH-UNIT').size).toBe(0);
  });

  it('offers every unit but the collectives, parents before their children', () => {
    expect(index.pickable.length).toBe(new Set(rows.filter((r) => r.kind !== 'tap_the').map((r) => r.unit_id)).size);
    expect(index.pickable.some((u) => u.kind === 'tap_the')).toBe(false);
    const seen = new Set<string>();
    for (const u of index.pickable) {
      if (u.parent_id && index.get(u.parent_id)?.kind !== 'tap_the') expect(seen.has(u.parent_id), u.unit_id).toBe(true);
      seen.add(u.unit_id);
    }
  });

  it('writes each unit’s path from its root, as the ancestry query does', async () => {
    const cell = index.get('HU01-CQD-CB01')!;
    // As it last stood: the district's party agencies moved under the province when the district committee ended (2025).
    expect(cell.path.join(PATH_SEPARATOR)).toBe('Đảng bộ tỉnh Hưng Yên › Đảng bộ Cơ quan Đảng huyện Yên Phong › Chi bộ Văn phòng Huyện ủy');
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

describe('buildUnitIndex across the years (the tree of each year)', () => {
  // 2024: the district D holds communes C1 and C2; 2025: D is gone, C1 moved under the province P, C2 merged into C3.
  const rows = [
    ...[2024, 2025].map((year) => ({ year, unit_id: 'P', name: 'Tỉnh ủy', parent_id: null, kind: 'cap_tren' })),
    { year: 2024, unit_id: 'D', name: 'Huyện ủy', parent_id: 'P', kind: 'cap_tren' },
    { year: 2024, unit_id: 'C1', name: 'Đảng bộ xã Một', parent_id: 'D', kind: 'co_so' },
    { year: 2024, unit_id: 'C2', name: 'Đảng bộ xã Hai', parent_id: 'D', kind: 'co_so' },
    { year: 2025, unit_id: 'C1', name: 'Đảng bộ xã Một', parent_id: 'P', kind: 'co_so' },
    { year: 2025, unit_id: 'C3', name: 'Đảng bộ xã Ba', parent_id: 'P', kind: 'co_so' }
  ];
  const idx = buildUnitIndex(rows);

  it('offers each unit once, where it last stood, with the years it was in force', () => {
    // Siblings by name: Đảng bộ xã Ba, Đảng bộ xã Một, Huyện ủy.
    expect(idx.pickable.map((u) => u.unit_id)).toEqual(['P', 'C3', 'C1', 'D', 'C2']);
    expect(idx.get('C1')).toMatchObject({ parent_id: 'P', firstYear: 2024, lastYear: 2025, path: ['Tỉnh ủy', 'Đảng bộ xã Một'] });
    expect(idx.get('C2')).toMatchObject({ parent_id: 'D', firstYear: 2024, lastYear: 2024, path: ['Tỉnh ủy', 'Huyện ủy', 'Đảng bộ xã Hai'] });
    expect(idx.trail('C2').map((t) => t.unit_id)).toEqual(['P', 'D', 'C2']);
  });

  it('takes a subtree in the tree of each year', () => {
    const inD = idx.within('D');
    expect([inD.has('C1', 2024), inD.has('C2', 2024), inD.has('C1', 2025), inD.has('C3', 2025)]).toEqual([true, true, false, false]);
    const inP = idx.within('P');
    expect([inP.has('C1', 2025), inP.has('C3', 2025), inP.has('C2', 2024)]).toEqual([true, true, true]);
    expect([...idx.subtree('D')].sort()).toEqual(['C1', 'C2', 'D']);
    expect(idx.within('NO-SUCH-UNIT').has('C1', 2024)).toBe(false);
  });
});
