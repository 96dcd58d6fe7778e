/**
 * The tree of the year (src/lib/sql/tree.ts) on both engines: unit_years holds, for every year from
 * the first to the last rating year, each unit's placement in force on 31 December (or its last
 * placement in a year it ceased), with path, depth and grassroots organisation in that year's tree;
 * unit_successors names, for each unit gone by the end of the last year, the units answering for it.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import type { CanonicalRow } from '../../../src/lib/data/values';
import { ENGINES, loadFixture, placement, pm, withEngine, type Fixture } from '../rules/fixture';

const change = (from_unit_id: string, to_unit_id: string, effective_on: string, kind: string, decision_no: string | null = null): CanonicalRow => ({ from_unit_id, to_unit_id, effective_on, kind, decision_no });

/**
 * A province P with district H1 dissolved on 2025-06-30 (merged into P); G1 moved from H1 to P
 * (and renamed); X1, X2 merged into X3 from 2025; S split into S1, S2 in 2024, S2 merged into X3
 * when H1 went; cell R renamed R2 (new id) on 2024-06-01. Ratings in 2023 and 2025 only.
 */
const REORGANISED: Fixture = {
  units: [
    placement('P', 'cap_tren', null),
    placement('H1', 'cap_tren', 'P', null, '2025-06-30'),
    placement('G1', 'co_so', 'H1', null, '2025-06-30', 'Đảng bộ xã A'),
    placement('G1', 'co_so', 'P', '2025-07-01', null, 'Đảng bộ xã A (sau sắp xếp)'),
    placement('C1', 'chi_bo', 'G1'),
    placement('X1', 'co_so', 'H1', null, '2024-12-31'),
    placement('X2', 'co_so', 'H1', null, '2024-12-31'),
    placement('X3', 'co_so', 'P', '2025-01-01'),
    placement('S', 'co_so', 'H1', null, '2023-12-31'),
    placement('S1', 'co_so', 'H1', '2024-01-01', '2025-06-30'),
    placement('S1', 'co_so', 'P', '2025-07-01'),
    placement('S2', 'co_so', 'H1', '2024-01-01', '2025-06-30'),
    placement('R', 'chi_bo', 'G1', null, '2024-05-31', 'Chi bộ cũ'),
    placement('R2', 'chi_bo', 'G1', '2024-06-01', null, 'Chi bộ mới')
  ],
  unit_changes: [
    change('H1', 'P', '2025-07-01', 'merge', '125-QĐ/TU'),
    change('G1', 'G1', '2025-07-01', 'transfer'),
    change('X1', 'X3', '2025-01-01', 'merge'),
    change('X2', 'X3', '2025-01-01', 'merge'),
    change('S', 'S1', '2024-01-01', 'split'),
    change('S', 'S2', '2024-01-01', 'split'),
    change('S2', 'X3', '2025-07-01', 'merge'),
    change('R', 'R2', '2024-06-01', 'rename')
  ],
  people: [{ person_id: 'M1', full_name: 'Nguyễn Văn A' }],
  ratings: [pm(2023, 'M1', 'C1', 'HTTNV'), pm(2025, 'M1', 'C1', 'HTNV')]
};

type TreeRow = { year: number; unit_id: string; name: string; parent_id: string | null; kind: string; grassroots_id: string | null; path: string[]; depth: number };

/** REORGANISED's tree in 2023, one line per unit: path | grassroots organisation | depth. */
const TREE_2023 = {
  C1: 'P>H1>G1>C1 | G1 | 3',
  G1: 'P>H1>G1 | G1 | 2',
  H1: 'P>H1 | - | 1',
  P: 'P | - | 0',
  R: 'P>H1>G1>R | G1 | 3',
  S: 'P>H1>S | S | 2',
  X1: 'P>H1>X1 | X1 | 2',
  X2: 'P>H1>X2 | X2 | 2'
};

async function treeOf(engine: Engine, year: number): Promise<Record<string, string>> {
  const rows = await engine.query<TreeRow>(`SELECT * FROM unit_years WHERE year = ${year} ORDER BY unit_id`);
  // One line per unit: path / grassroots / depth, easy to read in a failure.
  return Object.fromEntries(rows.map((r) => [r.unit_id, `${r.path.join('>')} | ${r.grassroots_id ?? '-'} | ${r.depth}`]));
}

describe.each(ENGINES)('the tree of the year on %s', (_name, make) => {
  const h = withEngine(make);

  it('a version-1 unit list (no dates) gives the same tree in every rating year', async () => {
    await loadFixture(h.engine, {
      units: [
        { unit_id: 'H', name: 'Huyện ủy', parent_id: null, kind: 'cap_tren' },
        { unit_id: 'G', name: 'Đảng bộ xã', parent_id: 'H', kind: 'co_so' },
        { unit_id: 'C', name: 'Chi bộ thôn', parent_id: 'G', kind: 'chi_bo' },
        { unit_id: 'T', name: 'Ban Thường vụ', parent_id: 'H', kind: 'tap_the' }
      ],
      people: [],
      ratings: [pm(2021, 'M', 'C', 'HTTNV'), pm(2023, 'M', 'C', 'HTTNV')]
    });
    const expected = { C: 'H>G>C | G | 2', G: 'H>G | G | 1', H: 'H | - | 0', T: 'H>T | - | 1' };
    for (const year of [2021, 2022, 2023]) expect(await treeOf(h.engine, year), String(year)).toEqual(expected);
    expect(await h.engine.query('SELECT DISTINCT year FROM unit_years ORDER BY year')).toEqual([{ year: 2021 }, { year: 2022 }, { year: 2023 }]);
    expect(await h.engine.query(`SELECT * FROM unit_years WHERE year = 2022 AND unit_id = 'C'`)).toEqual([
      { year: 2022, unit_id: 'C', name: 'Chi bộ thôn', parent_id: 'G', kind: 'chi_bo', grassroots_id: 'G', path: ['H', 'G', 'C'], depth: 2 }
    ]);
    expect(await h.engine.query('SELECT count(*) AS n FROM unit_successors')).toEqual([{ n: 0 }]);
  });

  it('before the reorganisation: the district, its communes, the unit later split and the old cell', async () => {
    await loadFixture(h.engine, REORGANISED);
    expect(await treeOf(h.engine, 2023)).toEqual(TREE_2023);
  });

  it('a year without ratings between rating years has its tree: the split and a cell renamed mid-year (its last placement kept)', async () => {
    await loadFixture(h.engine, REORGANISED);
    // As in 2023, but S split into S1 and S2, and R2 beside R (renamed on 2024-06-01).
    const { S: _split, ...unchanged } = TREE_2023;
    expect(await treeOf(h.engine, 2024)).toEqual({ ...unchanged, R2: 'P>H1>G1>R2 | G1 | 3', S1: 'P>H1>S1 | S1 | 2', S2: 'P>H1>S2 | S2 | 2' });
  });

  it('after: G1 moved under the province with its new name, merged communes gone, units that ceased mid-year keep their last placement', async () => {
    await loadFixture(h.engine, REORGANISED);
    expect(await treeOf(h.engine, 2025)).toEqual({
      C1: 'P>G1>C1 | G1 | 2',
      G1: 'P>G1 | G1 | 1',
      // Ceased on 2025-06-30: in the 2025 tree with their last placement.
      H1: 'P>H1 | - | 1',
      S2: 'P>H1>S2 | S2 | 2',
      P: 'P | - | 0',
      R2: 'P>G1>R2 | G1 | 2',
      S1: 'P>S1 | S1 | 1',
      X3: 'P>X3 | X3 | 1'
    });
    expect(await h.engine.query(`SELECT year, name, parent_id FROM unit_years WHERE unit_id = 'G1' ORDER BY year`)).toEqual([
      { year: 2023, name: 'Đảng bộ xã A', parent_id: 'H1' },
      { year: 2024, name: 'Đảng bộ xã A', parent_id: 'H1' },
      { year: 2025, name: 'Đảng bộ xã A (sau sắp xếp)', parent_id: 'P' }
    ]);
  });

  it('names the units answering today for each unit gone: merges, splits, renames, through chains', async () => {
    await loadFixture(h.engine, REORGANISED);
    expect(await h.engine.query('SELECT unit_id, successor_id FROM unit_successors ORDER BY unit_id, successor_id')).toEqual([
      { unit_id: 'H1', successor_id: 'P' },
      { unit_id: 'R', successor_id: 'R2' },
      { unit_id: 'S', successor_id: 'S1' },
      { unit_id: 'S', successor_id: 'X3' },
      { unit_id: 'S2', successor_id: 'X3' },
      { unit_id: 'X1', successor_id: 'X3' },
      { unit_id: 'X2', successor_id: 'X3' }
    ]);
  });

  it('without unit_changes no successor is guessed; with no rating there is no year to build', async () => {
    const { unit_changes: _, ...noChanges } = REORGANISED;
    await loadFixture(h.engine, noChanges);
    expect(await h.engine.query('SELECT count(*) AS n FROM unit_successors')).toEqual([{ n: 0 }]);
    expect(await h.engine.query('SELECT count(DISTINCT year) AS n FROM unit_years')).toEqual([{ n: 3 }]);
    await loadFixture(h.engine, { units: REORGANISED.units });
    expect(await h.engine.query('SELECT count(*) AS n FROM unit_years')).toEqual([{ n: 0 }]);
  });

  it('the latest placement answers for the older derived tables (one row per unit)', async () => {
    await loadFixture(h.engine, REORGANISED);
    expect(await h.engine.query(`SELECT unit_id, co_so_id FROM unit_grassroots WHERE unit_id IN ('C1', 'G1') ORDER BY 1`)).toEqual([
      { unit_id: 'C1', co_so_id: 'G1' },
      { unit_id: 'G1', co_so_id: 'G1' }
    ]);
    expect(await h.engine.query(`SELECT ancestor_id FROM unit_ancestors WHERE unit_id = 'C1' ORDER BY depth`)).toEqual([{ ancestor_id: 'C1' }, { ancestor_id: 'G1' }, { ancestor_id: 'P' }]);
  });
});
