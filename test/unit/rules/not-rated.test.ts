/**
 * Not rated is not a level: a row with `not_rated` (no level) counts in no quota, share or
 * level-based check. Each case below changes its check's result if the not-rated rows were counted.
 */
import { expect, it } from 'vitest';
import { rule as criteria } from '../../../src/lib/rules/excellent_unit_criteria';
import { rule as outlier } from '../../../src/lib/rules/rating_outlier';
import { rule as head } from '../../../src/lib/rules/head_above_collective';
import { rule as twice } from '../../../src/lib/rules/not_completed_twice';
import { rule as membersQuota } from '../../../src/lib/rules/quota_excellent_members';
import { describeOnEngines, members, notRated, pm, unit, ur } from './fixture';

const UNITS = [
  unit('H', 'cap_tren', null, 'Huyện ủy'),
  unit('G', 'co_so', 'H', 'Đảng bộ xã Đông Hội'),
  ...['C1', 'C2', 'C3', 'C4'].map((c) => unit(c, 'chi_bo', 'G', `Chi bộ thôn ${c}`))
];

describeOnEngines('not-rated rows', (h) => {
  it('are no component of an excellent unit (#8): 4 of 5 rated members good passes, whatever the members not rated', async () => {
    const flags = await h.flags(criteria, {
      units: UNITS,
      ratings: [
        ur(2024, 'C1', 'HTXSNV'),
        ...members(2024, 'C1', 'HTTNV', 4, 'A'),
        pm(2024, 'B1', 'C1', 'HTNV'),
        // Counted as components these would make it 4/7 (57%).
        notRated(2024, 'person', 'N1', 'C1', 'mien'),
        notRated(2024, 'person', 'N2', 'C1', 'om_dau')
      ]
    });
    expect(flags).toEqual([]);
  });

  it('count in no share of the peer comparison (#15): a cell with many members not rated keeps its share of rated members', async () => {
    const history = (cell: string, good: number) =>
      // Every third good rating HTXSNV, so that no year has one level for all (the other signal).
      Array.from({ length: 20 }, (_, i) => pm(2019 + (i % 4), `${cell}-${i}`, cell, i >= good ? 'HTNV' : i % 3 === 0 ? 'HTXSNV' : 'HTTNV'));
    const flags = await h.flags(outlier, {
      units: UNITS,
      ratings: [
        // C1: 20 of 20 rated members good (100%) against peers at 60%; 12 more rows not rated that
        // would bring it to 20/32 (62.5%) if counted.
        ...history('C1', 20),
        ...Array.from({ length: 12 }, (_, i) => notRated(2019 + (i % 4), 'person', `C1-n${i}`, 'C1', 'chua_du_thoi_gian')),
        ...history('C2', 12),
        ...history('C3', 12),
        ...history('C4', 12)
      ]
    });
    expect(flags.map((f) => [f.subject_id, f.score])).toEqual([['C1', 0.4]]);
    expect(flags[0].evidence).toContain('20/20 = 100%');
  });

  it('give a head no level to compare (#4): the party-member level decides when the leader row is not rated', async () => {
    const flags = await h.flags(head, {
      units: UNITS,
      people: [{ person_id: 'P1', full_name: 'Trịnh Văn Lực' }],
      ratings: [ur(2024, 'G', 'HTTNV', { head_id: 'P1' }), notRated(2024, 'person', 'P1', 'G', 'om_dau', { track: 'leader' }), pm(2024, 'P1', 'C1', 'HTXSNV')]
    });
    expect(flags.map((f) => [f.subject_id, f.unit_id, f.score])).toEqual([['P1', 'G', 1]]);
    expect(flags[0].evidence).toContain('xếp loại đảng viên');
  });

  it('break a run of not-completed years (#9) and add nothing to a quota (#1)', async () => {
    const twiceFlags = await h.flags(twice, {
      units: UNITS,
      ratings: [pm(2021, 'K1', 'C1', 'KHTNV'), notRated(2022, 'person', 'K1', 'C1', 'dinh_chi'), pm(2023, 'K1', 'C1', 'KHTNV')]
    });
    expect(twiceFlags).toEqual([]);
    // 3 excellent against 15 good is exactly 20%; not-rated rows are neither.
    const quotaFlags = await h.flags(membersQuota, {
      units: UNITS,
      ratings: [
        ...members(2023, 'C1', 'HTXSNV', 3, 'X'),
        ...members(2023, 'C2', 'HTTNV', 15, 'T'),
        ...Array.from({ length: 6 }, (_, i) => notRated(2023, 'person', `M${i}`, 'C3', 'mien'))
      ]
    });
    expect(quotaFlags).toEqual([]);
  });
});
