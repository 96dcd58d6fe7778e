import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/excellent_unit_criteria';
import type { LevelCode } from '../../../src/lib/domain/levels';
import { describeOnEngines, members, onlyFlag, pm, unit, unitsByLevel, ur } from './fixture';

const CELLS = Array.from({ length: 10 }, (_, i) => `C${i + 1}`);
const UNITS = [unit('H', 'cap_tren'), unit('G', 'co_so', 'H', 'Đảng bộ phường Hòa Bình'), ...CELLS.map((c) => unit(c, 'chi_bo', 'G', `Chi bộ khu phố ${c}`))];

/** Unit ratings of the cells in one year, by level counts in order. */
const cells = (year: number, levels: [LevelCode, number][]) => unitsByLevel(year, CELLS, levels);

describeOnEngines('excellent_unit_criteria', (h) => {

  it('passes an excellent unit with exactly 80% of its cells good or better and none failed', async () => {
    expect(await h.flags(rule, { units: UNITS, ratings: [ur(2022, 'G', 'HTXSNV'), ...cells(2022, [['HTXSNV', 2], ['HTTNV', 6], ['HTNV', 2]])] })).toEqual([]);
  });

  it('flags an excellent unit with 70% of its cells good or better, listing the failing cells', async () => {
    const flags = await h.flags(rule, { units: UNITS, ratings: [ur(2022, 'G', 'HTXSNV'), ...cells(2022, [['HTTNV', 7], ['HTNV', 3]])] });
    const flag = onlyFlag(flags, { year: 2022, subject_type: 'unit', subject_id: 'G', unit_id: 'G', score: 0.7, severity: 'medium' });
    expect(flag.message).toBe('Năm 2022, Đảng bộ phường Hòa Bình (G) được xếp loại HTXSNV nhưng chỉ 7/10 tổ chức đảng trực thuộc (70%) đạt HTTNV trở lên, dưới mức 80%.');
    expect(flag.evidence).toContain('Chi bộ khu phố C10 (C10): HTNV; Chi bộ khu phố C8 (C8): HTNV; Chi bộ khu phố C9 (C9): HTNV');
  });

  it('flags one KHTNV component even when 90% are good or better', async () => {
    const flags = await h.flags(rule, { units: UNITS, ratings: [ur(2022, 'G', 'HTXSNV'), ...cells(2022, [['HTTNV', 9], ['KHTNV', 1]])] });
    expect(flags.map((f) => f.score)).toEqual([0.9]);
    expect(flags[0].message).toContain('có 1 tổ chức đảng trực thuộc KHTNV');
    expect(flags[0].message).not.toContain('dưới mức');
  });

  it('uses the members rated in a unit without rated children; no components, no flag; only HTXSNV units', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        // C1 has no children: its members are the components, 3 of 5 good (60%).
        ur(2023, 'C1', 'HTXSNV'),
        ...members(2023, 'C1', 'HTTNV', 3, 'A'),
        ...members(2023, 'C1', 'HTNV', 2, 'B'),
        // C2: excellent with nobody rated in it → nothing to check.
        ur(2023, 'C2', 'HTXSNV'),
        // C3: rated HTTNV, not excellent → not checked.
        ur(2023, 'C3', 'HTTNV'),
        ...members(2023, 'C3', 'KHTNV', 3, 'K')
      ]
    });
    expect(flags.map((f) => [f.subject_id, f.score])).toEqual([['C1', 0.6]]);
    expect(flags[0].message).toContain('3/5 đảng viên (60%)');
  });

  it('counts the child party organisations and the members rated directly in the unit, not its leadership collective', async () => {
    const units = [...UNITS, unit('BTV', 'tap_the', 'G', 'Ban Thường vụ Đảng ủy phường Hòa Bình')];
    const flags = await h.flags(rule, {
      units,
      ratings: [
        // 2024: 5 of 6 cells good (83%); the collective rated HTNV would make it 5/7 (71%) if it counted.
        ur(2024, 'G', 'HTXSNV'),
        ...unitsByLevel(2024, CELLS.slice(0, 6), [['HTTNV', 5], ['HTNV', 1]]),
        ur(2024, 'BTV', 'HTNV'),
        // 2025: 4 cells good, and a member rated directly in G is KHTNV: a component too.
        ur(2025, 'G', 'HTXSNV'),
        ...unitsByLevel(2025, CELLS.slice(0, 4), [['HTTNV', 4]]),
        pm(2025, 'M1', 'G', 'KHTNV')
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([[2025, 'G', 0.8]]);
    expect(flags[0].message).toContain('có 1 thành phần KHTNV');
    expect(flags[0].evidence).toContain('4 tổ chức đảng trực thuộc, 1 đảng viên sinh hoạt trực tiếp');
    expect(flags[0].evidence).toContain('M1: KHTNV');
  });

  it('uses the min_good_share parameter', async () => {
    const fx = { units: UNITS, ratings: [ur(2022, 'G', 'HTXSNV'), ...cells(2022, [['HTTNV', 7], ['HTNV', 3]])] };
    expect(await h.flags(rule, fx, { min_good_share: 0.7 })).toEqual([]);
  });
});
