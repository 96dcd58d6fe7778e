import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/quota_excellent_members';
import { describeOnEngines, type Fixture, members, pm, quotaCell, unit } from './fixture';

const UNITS = [
  unit('H', 'cap_tren', null, 'Đảng bộ phường Quyết Thắng cấp trên'),
  unit('G', 'co_so', 'H', 'Đảng bộ phường Quyết Thắng'),
  unit('C1', 'chi_bo', 'G', 'Chi bộ Trường Tiểu học Mạc Đĩnh Chi'),
  unit('C2', 'chi_bo', 'G', 'Chi bộ Khu phố 2'),
  unit('G2', 'co_so', 'H', 'Đảng bộ xã Bình Minh')
];

/** Seed 002: a cell proposes 4 excellent against 15 good (26.7%). */
const SEED_002: Fixture = { units: UNITS, ratings: [...quotaCell(2021, 'C1', 4, 15)] };

describeOnEngines('quota_excellent_members', (h) => {

  it("flags the grassroots organisation above seed 002's cell: 4 excellent against 15 good", async () => {
    const flags = await h.flags(rule, SEED_002);
    expect(flags).toHaveLength(1);
    const [f] = flags;
    expect(f).toMatchObject({ rule: 'quota_excellent_members', severity: 'medium', year: 2021, subject_type: 'unit', subject_id: 'G', unit_id: 'G', score: 0.2667 });
    expect(f.message).toContain('26,7%');
    expect(f.message).toContain('Đảng bộ phường Quyết Thắng (G)');
    expect(f.evidence).toContain('HTXSNV: 4');
    expect(f.evidence).toContain('HTTNV: 15');
    expect(f.evidence).toContain('→ 3 HTXSNV');
    expect(f.regulation).toContain('Hướng dẫn 21-HD/BTCTW');
    expect(f.regulation).toContain('2.3.a');
    expect(f.flag_id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does not flag exactly 20% (3 excellent against 15 good)', async () => {
    const flags = await h.flags(rule, { units: UNITS, ratings: [...quotaCell(2021, 'C1', 3, 15)] });
    expect(flags).toEqual([]);
  });

  it('counts every cell below the organisation and members rated in it directly, year by year', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        // 2022: C1 alone is at 20%, but with C2 and G itself the organisation has 4 against 15.
        ...quotaCell(2022, 'C1', 2, 10, ['A', 'B']),
        ...quotaCell(2022, 'C2', 1, 5, ['C', 'D']),
        pm(2022, 'E1', 'G', 'HTXSNV'),
        // 2023: the same people, within the quota.
        ...quotaCell(2023, 'C1', 3, 15, ['A', 'B']),
        // G2 is another organisation: its members never count for G.
        ...members(2022, 'G2', 'HTTNV', 30, 'F')
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([[2022, 'G', 0.2667]]);
  });

  it('counts only party-member ratings: leader and civil-servant rows, unit rows and other levels do not count', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        ...quotaCell(2021, 'C1', 3, 15),
        ...members(2021, 'C1', 'HTNV', 10, 'N'),
        pm(2021, 'X1', 'C1', 'HTXSNV', { track: 'leader', position_group: 'bi_thu' }),
        pm(2021, 'X2', 'C1', 'HTXSNV', { track: 'civil_servant' }),
        { year: 2021, subject_type: 'unit', subject_id: 'C1', level: 'HTXSNV', rank: 4, track: null }
      ]
    });
    expect(flags).toEqual([]);
  });

  it('treats a person row without a track as a party-member row', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [...members(2021, 'C1', 'HTXSNV', 4, 'X').map((r) => ({ ...r, track: null })), ...members(2021, 'C1', 'HTTNV', 15, 'T')]
    });
    expect(flags.map((f) => f.subject_id)).toEqual(['G']);
  });

  it('flags excellent ratings when nobody is rated good (no denominator): score is empty', async () => {
    const flags = await h.flags(rule, { units: UNITS, ratings: [...members(2021, 'C2', 'HTXSNV', 1, 'X'), ...members(2021, 'C2', 'HTNV', 6, 'N')] });
    expect(flags).toHaveLength(1);
    expect(flags[0].score).toBeNull();
    expect(flags[0].message).toContain('không có đảng viên nào');
  });

  it('uses the denominator parameter: 4 against 16 good breaches `good` but not `good_or_better`', async () => {
    const fx = { units: UNITS, ratings: [...quotaCell(2021, 'C1', 4, 16)] };
    expect((await h.flags(rule, fx)).map((f) => f.score)).toEqual([0.25]);
    expect(await h.flags(rule, fx, { denominator: 'good_or_better' })).toEqual([]);
    // 5 against 16 good: 5 > 0.2 × 21 = 4.2 still breaches with good_or_better; score 5/21.
    const five = { units: UNITS, ratings: [...quotaCell(2021, 'C1', 5, 16)] };
    const flags = await h.flags(rule, five, { denominator: 'good_or_better' });
    expect(flags.map((f) => f.score)).toEqual([0.2381]);
    expect(flags[0].evidence).toContain('mẫu số (HTTNV và HTXSNV): 21');
  });

  it('uses the ratio parameter: with 30% seed 002 is within the quota', async () => {
    expect(await h.flags(rule, SEED_002, { ratio: 0.3 })).toEqual([]);
    expect(await h.flags(rule, SEED_002, { ratio: 0.25 })).toHaveLength(1);
  });

  it('cites the regulation of the rating year', async () => {
    const ratings2023 = SEED_002.ratings!.map((r) => ({ ...r, year: 2023 }));
    const [f] = await h.flags(rule, { units: UNITS, ratings: ratings2023 });
    expect(f.regulation).toContain('Quy định 124-QĐ/TW');
    expect(f.regulation).toContain('Hướng dẫn 25-HD/BTCTW');
  });
});
