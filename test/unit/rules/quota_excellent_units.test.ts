import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/quota_excellent_units';
import type { LevelCode } from '../../../src/lib/domain/levels';
import { describeOnEngines, onlyFlag, unit, unitsByLevel, ur } from './fixture';

const CELLS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10'];
const UNITS = [
  unit('H', 'cap_tren', null, 'Huyện ủy Thường Tín'),
  unit('P', 'co_so', 'H', 'Đảng bộ xã Văn Bình'),
  ...CELLS.map((c) => unit(c, 'chi_bo', 'P', `Chi bộ thôn ${c}`)),
  unit('C1a', 'chi_bo', 'C1', 'Tổ đảng thuộc C1'),
  unit('Q', 'co_so', 'H', 'Đảng bộ xã Nhị Khê'),
  unit('Q1', 'chi_bo', 'Q')
];

/** Unit ratings of P's cells in one year, by level counts in order. */
const cells = (year: number, levels: [LevelCode, number][]) => unitsByLevel(year, CELLS, levels);

describeOnEngines('quota_excellent_units', (h) => {

  it('flags the parent whose direct children have 2 excellent against 8 good', async () => {
    const flags = await h.flags(rule, { units: UNITS, ratings: cells(2022, [['HTXSNV', 2], ['HTTNV', 8]]) });
    const flag = onlyFlag(flags, { rule: 'quota_excellent_units', year: 2022, subject_type: 'unit', subject_id: 'P', unit_id: 'P', score: 0.25, severity: 'medium' });
    expect(flag.message).toContain('Đảng bộ xã Văn Bình (P)');
    expect(flag.message).toContain('25%');
    expect(flag.evidence).toContain('đơn vị HTXSNV: C1, C2');
    expect(flag.evidence).toContain('→ 1 HTXSNV');
  });

  it('does not flag exactly 20% (1 excellent against 5 good)', async () => {
    expect(await h.flags(rule, { units: UNITS, ratings: cells(2022, [['HTXSNV', 1], ['HTTNV', 5], ['HTNV', 4]]) })).toEqual([]);
  });

  it("counts direct children only: the parent's own rating, grandchildren and other parents' cells do not count", async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        ...cells(2022, [['HTXSNV', 1], ['HTTNV', 5]]),
        ur(2022, 'P', 'HTXSNV'),
        ur(2022, 'C1a', 'HTXSNV'),
        ur(2022, 'Q1', 'HTXSNV'),
        ur(2022, 'H', 'HTTNV')
      ]
    });
    // P is within the quota; each of C1 (child C1a), H (child P) and Q (child Q1) has one excellent
    // child and none good, so each of them breaches.
    expect(flags.map((f) => [f.subject_id, f.score])).toEqual([
      ['C1', null],
      ['H', null],
      ['Q', null]
    ]);
  });

  it('compares children of one kind: the leadership collective apart from the cells', async () => {
    const units = [...UNITS, unit('BTV', 'tap_the', 'P', 'Ban Thường vụ Đảng ủy xã Văn Bình')];
    // 2022: 1 excellent cell against 4 good (25%); with the collective (HTTNV) counted it would be 1 against 5.
    // 2023: 1 excellent cell against 5 good (20%), and the collective alone HTXSNV with no HTTNV collective.
    const flags = await h.flags(rule, {
      units,
      ratings: [
        ...unitsByLevel(2022, CELLS.slice(0, 6), [['HTXSNV', 1], ['HTTNV', 4], ['HTNV', 1]]),
        ur(2022, 'BTV', 'HTTNV'),
        ...unitsByLevel(2023, CELLS.slice(0, 6), [['HTXSNV', 1], ['HTTNV', 5]]),
        ur(2023, 'BTV', 'HTXSNV')
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([
      [2022, 'P', 0.25],
      [2023, 'P', null]
    ]);
    expect(flags[0].message).toBe('Năm 2022, các đơn vị trực thuộc Đảng bộ xã Văn Bình (P) có 1 chi bộ HTXSNV, bằng 25% số chi bộ HTTNV (4), vượt tỷ lệ 20%.');
    expect(flags[0].evidence).toContain('Chi bộ trực thuộc: HTXSNV: 1; HTTNV: 4');
    expect(flags[1].message).toContain('1 tập thể lãnh đạo, quản lý HTXSNV trong khi không có tập thể lãnh đạo, quản lý nào được xếp loại HTTNV');
  });

  it('uses the denominator parameter', async () => {
    const fx = { units: UNITS, ratings: cells(2021, [['HTXSNV', 2], ['HTTNV', 8]]) };
    expect(await h.flags(rule, fx, { denominator: 'good_or_better' })).toEqual([]);
    expect(await h.flags(rule, fx, { ratio: 0.1, denominator: 'good_or_better' })).toHaveLength(1);
  });
});
