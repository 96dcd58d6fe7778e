// The statistics in the tree of each year ('then') and in today's tree ('today') across the 2025
// reorganisation (./reorg-fixture.ts), on duckdb-wasm and native DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { levelsByYearSql, peerSharesSql, quotaHeatmapSql, unitChildrenSql, type HeatCell, type PeerRow, type TreeNode, type YearLevels } from '../../../src/lib/stats';
import { ancestrySql, type PathItem } from '../../../src/lib/ui/units/ancestry';
import { ENGINES, loadFixture } from '../rules/fixture';
import { REORG } from './reorg-fixture';

/** Heatmap cells as "unit year excellent/good". */
const cells = (rows: HeatCell[]) => rows.map((c) => `${c.unit_id} ${c.year} ${c.n_excellent}/${c.n_good}`);
const totals = (rows: YearLevels[]) => rows.map((r) => [r.year, r.n_excellent, r.n_good]);

describe.each(ENGINES)('the two tree views on %s', (_name, make) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await make();
    await loadFixture(engine, REORG);
  });
  afterAll(() => engine?.close());

  it('heatmap as the units were then: the merged communes keep their years, the new one starts in 2025', async () => {
    // By name: phường Một, thị trấn, xã Liên Nghĩa, xã Nghĩa Trụ, xã Tân Tiến.
    expect(cells(await engine.query<HeatCell>(quotaHeatmapSql({ view: 'then' })))).toEqual([
      'S1 2025 0/3',
      'XS 2023 1/4', 'XS 2024 1/4',
      'XA 2023 4/10', 'XA 2024 4/10',
      'XN 2025 2/23',
      'XB 2023 1/10', 'XB 2024 1/10'
    ]);
  });

  it('heatmap as today’s units: the past of merged communes summed into their successor, a split unit’s past in each successor', async () => {
    expect(cells(await engine.query<HeatCell>(quotaHeatmapSql({ view: 'today' })))).toEqual([
      'S2 2023 1/4', 'S2 2024 1/4',
      'S1 2023 1/4', 'S1 2024 1/4', 'S1 2025 0/3',
      'XN 2023 5/20', 'XN 2024 5/20', 'XN 2025 2/23'
    ]);
  });

  it('counts a subtree in the view’s tree, a split unit’s past once', async () => {
    expect(totals(await engine.query<YearLevels>(levelsByYearSql({ within: 'XN', view: 'then' })))).toEqual([[2025, 2, 23]]);
    expect(totals(await engine.query<YearLevels>(levelsByYearSql({ within: 'XN', view: 'today' })))).toEqual([
      [2023, 5, 20],
      [2024, 5, 20],
      [2025, 2, 23]
    ]);
    // The district: its communes until 2024, nothing in 2025 (its cells then stood under XN); gone from today's tree.
    expect(totals(await engine.query<YearLevels>(levelsByYearSql({ within: 'H', view: 'then' })))).toEqual([
      [2023, 6, 24],
      [2024, 6, 24]
    ]);
    expect(await engine.query(levelsByYearSql({ within: 'H', view: 'today' }))).toEqual([]);
    // The province holds everything in both views, each rating once (XS's past is in S1 and S2).
    const all = [[2023, 6, 24], [2024, 6, 24], [2025, 2, 26]];
    expect(totals(await engine.query<YearLevels>(levelsByYearSql({ within: 'T', view: 'today' })))).toEqual(all);
    expect(totals(await engine.query<YearLevels>(levelsByYearSql({ within: 'T', view: 'then' })))).toEqual(all);
  });

  it('drills down the tree of any year, or today’s', async () => {
    const children = async (parent: string | null, view: 'then' | 'today') =>
      (await engine.query<TreeNode>(unitChildrenSql(parent, { view }))).map((c) => `${c.unit_id}:${c.n_children}:${c.total}`);
    expect(await children(null, 'then')).toEqual(['T:4:88']);
    expect(await children('T', 'then')).toEqual(['H:3:60', 'S2:0:0', 'S1:0:3', 'XN:2:25']);
    expect(await children('T', 'today')).toEqual(['S2:0:10', 'S1:0:13', 'XN:2:75']);
    expect(await children('H', 'then')).toEqual(['XS:0:10', 'XA:1:28', 'XB:1:22']);
    expect(await children('H', 'today')).toEqual([]);
  });

  it('breadcrumbs and peers where the view shows the unit', async () => {
    const trail = async (id: string, view: 'then' | 'today') => (await engine.query<PathItem>(ancestrySql(id, view))).map((p) => p.unit_id);
    expect(await trail('XA', 'then')).toEqual(['T', 'H', 'XA']);
    expect(await trail('XA', 'today')).toEqual([]);
    expect(await trail('CA', 'then')).toEqual(['T', 'XN', 'CA']);
    const peers = await engine.query<PeerRow>(peerSharesSql('XA', { view: 'then' }));
    expect(peers.map((p) => [p.unit_id, p.is_self, p.total])).toEqual([
      ['XA', true, 28],
      ['XB', false, 22],
      ['XS', false, 10]
    ]);
  });
});
