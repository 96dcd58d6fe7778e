// Every statistics builder on the hand-counted district of ./fixture.ts, on duckdb-wasm and native
// DuckDB; at the end both engines must have returned the very same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../../src/lib/engine/types';
import { levelsByYearSql, peerSharesSql, quotaHeatmapSql, unitChildrenSql, peerMedian, type HeatCell, type PeerRow, type TreeNode, type YearLevels } from '../../../src/lib/stats';
import { rule as quotaMembers } from '../../../src/lib/rules/quota_excellent_members';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { ENGINES, loadFixture } from '../rules/fixture';
import { DISTRICT } from './fixture';

const record = new Map<string, Row[][]>();

/** The counts of a row as [HTXSNV, HTTNV, HTNV, KHTNV, total]. */
const counts = (r: YearLevels | HeatCell | PeerRow | TreeNode) => [r.n_excellent, r.n_good, r.n_completed, r.n_not_completed, r.total];

describe.each(ENGINES)('statistics builders on %s', (name, make) => {
  let engine: Engine;
  const q = async <T extends Row>(sql: string): Promise<T[]> => {
    const rows = await engine.query<T>(sql);
    record.get(name)!.push(rows);
    return rows;
  };

  beforeAll(async () => {
    engine = await make();
    record.set(name, []);
    await loadFixture(engine, DISTRICT);
  });
  afterAll(async () => {
    await engine.close();
  });

  describe('levelsByYearSql', () => {
    it('counts the party-member ratings of every year, with the ratios', async () => {
      const rows = await q<YearLevels>(levelsByYearSql());
      expect(rows.map((r) => [r.year, ...counts(r)])).toEqual([
        [2022, 7, 21, 3, 1, 32],
        [2023, 3, 13, 2, 1, 19]
      ]);
      const [y22, y23] = rows;
      expect(y22.n_den).toBe(21);
      expect(y22.quota_ratio).toBeCloseTo(7 / 21, 12);
      expect(y22.excellent_share).toBeCloseTo(7 / 32, 12);
      expect(y22.good_or_better_share).toBeCloseTo(28 / 32, 12);
      expect(y23.quota_ratio).toBeCloseTo(3 / 13, 12);
      expect(y23.excellent_share).toBeCloseTo(3 / 19, 12);
    });

    it('takes HTTNV + HTXSNV as the quota denominator on request', async () => {
      const [y22] = await q<YearLevels>(levelsByYearSql({}, 'good_or_better'));
      expect(y22.n_den).toBe(28);
      expect(y22.quota_ratio).toBeCloseTo(0.25, 12);
    });

    it('restricts to a subtree: the district leaves out the other root, the organisation its siblings', async () => {
      const district = await q<YearLevels>(levelsByYearSql({ within: 'T' }));
      expect(district.map((r) => [r.year, ...counts(r)])).toEqual([
        [2022, 4, 16, 3, 1, 24],
        [2023, 3, 13, 2, 1, 19]
      ]);
      const g1 = await q<YearLevels>(levelsByYearSql({ within: 'G1' }));
      expect(g1.map((r) => [r.year, ...counts(r)])).toEqual([
        [2022, 3, 13, 2, 1, 19],
        [2023, 3, 9, 0, 0, 12]
      ]);
      expect(g1[1].quota_ratio).toBeCloseTo(1 / 3, 12);
    });

    it("gives one cell's level shares over the years (LevelSharesOverYears)", async () => {
      const c3 = await q<YearLevels>(levelsByYearSql({ within: 'C3' }));
      expect(c3.map((r) => [r.year, ...counts(r)])).toEqual([
        [2022, 1, 3, 1, 0, 5],
        [2023, 0, 4, 2, 1, 7]
      ]);
      expect(c3[1].quota_ratio).toBe(0);
      expect(c3[1].good_or_better_share).toBeCloseTo(4 / 7, 12);
    });

    it('limits the years', async () => {
      const rows = await q<YearLevels>(levelsByYearSql({ fromYear: 2023, toYear: 2023 }));
      expect(rows.map((r) => r.year)).toEqual([2023]);
      expect(await q(levelsByYearSql({ toYear: 2021 }))).toEqual([]);
    });

    it('counts leaders and collectives apart from members; a year without HTTNV has no quota ratio', async () => {
      const leaders = await q<YearLevels>(levelsByYearSql({ population: 'leaders' }));
      expect(leaders.map((r) => [r.year, ...counts(r)])).toEqual([
        [2022, 1, 1, 0, 0, 2],
        [2023, 1, 0, 0, 0, 1]
      ]);
      expect(leaders[1].n_den).toBe(0);
      expect(leaders[1].quota_ratio).toBeNull();
      expect(leaders[1].excellent_share).toBe(1);
      const units = await q<YearLevels>(levelsByYearSql({ population: 'units', within: 'T' }));
      expect(units.map((r) => [r.year, ...counts(r)])).toEqual([
        [2022, 1, 3, 1, 0, 5],
        [2023, 1, 2, 0, 0, 3]
      ]);
    });

    it('quotes values: an id with an apostrophe is a value, not SQL', async () => {
      expect(await q(levelsByYearSql({ within: "G1' OR 1=1 --" }))).toEqual([]);
    });
  });

  describe('quotaHeatmapSql', () => {
    it('gives one cell per grassroots organisation and year over all the members below it', async () => {
      const cells = await q<HeatCell>(quotaHeatmapSql());
      expect(cells.map((c) => [c.unit_id, c.name, c.year, ...counts(c)])).toEqual([
        ['G1', 'Đảng bộ xã An Lạc', 2022, 3, 13, 2, 1, 19],
        ['G1', 'Đảng bộ xã An Lạc', 2023, 3, 9, 0, 0, 12],
        ['G2', 'Đảng bộ xã Bình Minh', 2022, 1, 3, 1, 0, 5],
        ['G2', 'Đảng bộ xã Bình Minh', 2023, 0, 4, 2, 1, 7],
        ['G4', 'Đảng bộ xã Tân Kỳ', 2022, 3, 5, 0, 0, 8]
      ]);
      expect(cells.map((c) => c.quota_ratio)).toEqual([3 / 13, 3 / 9, 1 / 3, 0, 3 / 5].map((x) => expect.closeTo(x, 12)));
    });

    it('marks above 20% exactly the organisations and years that quota_excellent_members flags', async () => {
      const cells = await q<HeatCell>(quotaHeatmapSql());
      const { flags } = await runAudit(engine, { rules: [quotaMembers] });
      const over = cells.filter((c) => c.quota_ratio === null ? c.n_excellent > 0 : c.quota_ratio > 0.2).map((c) => `${c.unit_id}/${c.year}`);
      expect(over).toEqual(['G1/2022', 'G1/2023', 'G2/2022', 'G4/2022']);
      expect(flags.map((f) => `${f.subject_id}/${f.year}`).sort()).toEqual(over);
    });

    it('keeps the organisations at or below a unit, and the years asked for', async () => {
      const cells = await q<HeatCell>(quotaHeatmapSql({ within: 'T', fromYear: 2023 }));
      expect(cells.map((c) => [c.unit_id, c.year])).toEqual([
        ['G1', 2023],
        ['G2', 2023]
      ]);
      // Within a cell the organisation above it is not shown with a partial count: no cell at all.
      expect(await q(quotaHeatmapSql({ within: 'C1' }))).toEqual([]);
      expect((await q<HeatCell>(quotaHeatmapSql({ within: 'G2' }))).map((c) => [c.unit_id, c.total])).toEqual([
        ['G2', 5],
        ['G2', 7]
      ]);
    });
  });

  describe('peerSharesSql', () => {
    it('sets an organisation against the organisations of the same kind under the same parent, over all years', async () => {
      const peers = await q<PeerRow>(peerSharesSql('G1'));
      expect(peers.map((p) => [p.unit_id, p.is_self, ...counts(p)])).toEqual([
        ['G1', true, 6, 22, 2, 1, 31],
        ['G2', false, 1, 7, 3, 1, 12],
        ['G3', false, 0, 0, 0, 0, 0]
      ]);
      expect(peers[0].good_or_better_share).toBeCloseTo(28 / 31, 12);
      expect(peers[1].good_or_better_share).toBeCloseTo(8 / 12, 12);
      expect(peers[2].good_or_better_share).toBeNull();
      expect(peers[2].quota_ratio).toBeNull();
      expect(peerMedian(peers, 'good_or_better_share')).toBeCloseTo(8 / 12, 12);
    });

    it('compares cells with cells of the same organisation, one year', async () => {
      const peers = await q<PeerRow>(peerSharesSql('C1', { fromYear: 2022, toYear: 2022 }));
      expect(peers.map((p) => [p.unit_id, p.kind, p.is_self, ...counts(p)])).toEqual([
        ['C1', 'chi_bo', true, 2, 8, 2, 0, 12],
        ['C2', 'chi_bo', false, 1, 4, 0, 1, 6]
      ]);
    });

    it('takes the other roots as the peers of a root, and nothing for an unknown unit', async () => {
      const peers = await q<PeerRow>(peerSharesSql('R2'));
      expect(peers.map((p) => [p.unit_id, p.is_self, p.total])).toEqual([
        ['R2', true, 8],
        ['T', false, 43]
      ]);
      expect(await q(peerSharesSql('NO_SUCH_UNIT'))).toEqual([]);
    });
  });

  describe('unitChildrenSql', () => {
    it('lists the roots, each with its children and the ratings of its subtree', async () => {
      const roots = await q<TreeNode>(unitChildrenSql(null));
      expect(roots.map((n) => [n.unit_id, n.name, n.kind, n.n_children, n.total])).toEqual([
        ['T', 'Huyện ủy Thanh Hà', 'cap_tren', 4, 43],
        ['R2', 'Huyện ủy Tứ Kỳ', 'cap_tren', 1, 8]
      ]);
    });

    it('drills down one level, units without ratings included', async () => {
      const kids = await q<TreeNode>(unitChildrenSql('T'));
      expect(kids.map((n) => [n.unit_id, n.n_children, ...counts(n)])).toEqual([
        ['B', 0, 0, 0, 0, 0, 0],
        ['G3', 0, 0, 0, 0, 0, 0],
        ['G1', 2, 6, 22, 2, 1, 31],
        ['G2', 1, 1, 7, 3, 1, 12]
      ]);
      expect(kids[2].quota_ratio).toBeCloseTo(6 / 22, 12);
      expect(kids[0].excellent_share).toBeNull();
    });

    it('counts the population and years asked for', async () => {
      const leaders = await q<TreeNode>(unitChildrenSql('T', { population: 'leaders' }));
      expect(leaders.map((n) => [n.unit_id, n.total])).toEqual([
        ['B', 3],
        ['G3', 0],
        ['G1', 0],
        ['G2', 0]
      ]);
      const units = await q<TreeNode>(unitChildrenSql('T', { population: 'units', fromYear: 2022, toYear: 2022 }));
      expect(units.map((n) => [n.unit_id, ...counts(n)])).toEqual([
        ['B', 0, 0, 0, 0, 0],
        ['G3', 0, 0, 0, 0, 0],
        ['G1', 1, 2, 0, 0, 3],
        ['G2', 0, 1, 1, 0, 2]
      ]);
      expect(await q(unitChildrenSql('C1'))).toEqual([]);
    });
  });
});

describe('statistics builders', () => {
  it('return identical rows on duckdb-wasm and native DuckDB', () => {
    const wasm = record.get('wasm');
    expect(wasm?.length).toBeGreaterThan(10);
    expect(record.get('native')).toEqual(wasm);
  });
});
