import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/score_level_mismatch';
import { audit, describeOnEngines, loadFixture, pm, unit, ur } from './fixture';

const UNITS = [unit('G', 'co_so', null, 'Đảng bộ xã Tân Lập'), unit('C1', 'chi_bo', 'G'), unit('BCH', 'tap_the', 'G')];
const PEOPLE = [{ person_id: 'P1', full_name: 'Vũ Thị Lan' }];

describeOnEngines('score_level_mismatch', (h) => {

  it('flags HTXSNV with 85 points, and no level that its score allows', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [
        pm(2025, 'P1', 'C1', 'HTXSNV', { score: 85 }),
        pm(2025, 'P2', 'C1', 'HTXSNV', { score: 90 }),
        pm(2025, 'P3', 'C1', 'HTTNV', { score: 70 }),
        pm(2025, 'P4', 'C1', 'HTNV', { score: 95 }),
        pm(2025, 'P5', 'C1', 'HTTNV', { score: 69.99 }),
        pm(2025, 'P6', 'C1', 'HTNV', { score: 49.5 }),
        pm(2025, 'P7', 'C1', 'HTXSNV')
      ]
    });
    expect(flags.map((f) => [f.subject_id, f.score])).toEqual([
      ['P1', 85],
      ['P5', 69.99],
      ['P6', 49.5]
    ]);
    expect(flags[0]).toMatchObject({ year: 2025, subject_type: 'person', unit_id: 'C1', severity: 'medium' });
    expect(flags[0].message).toBe('Năm 2025, đồng chí Vũ Thị Lan (P1) được xếp loại HTXSNV với 85 điểm, trong khi số điểm này chỉ đạt mức HTTNV (HTXSNV cần từ 90 điểm).');
    expect(flags[0].regulation).toContain('Quy định 366-QĐ/TW');
    expect(flags[0].regulation).toContain('Điều 11');
    expect(flags[2].evidence).toContain('đảng viên: HTNV với 49,5 điểm (điểm cho phép tối đa KHTNV)');
  });

  it('checks from from_year on: a 2024 score is ignored unless the parameter says otherwise', async () => {
    const fx = { units: UNITS, ratings: [pm(2024, 'P1', 'C1', 'HTXSNV', { score: 60 })] };
    expect(await h.flags(rule, fx)).toEqual([]);
    expect((await h.flags(rule, fx, { from_year: 2024 })).map((f) => f.year)).toEqual([2024]);
  });

  it('gives one flag per subject-year over all tracks, on the largest gap, and checks unit rows', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        pm(2025, 'P1', 'C1', 'HTTNV', { score: 65 }),
        pm(2025, 'P1', 'BCH', 'HTXSNV', { score: 60, track: 'leader' }),
        ur(2025, 'BCH', 'HTXSNV', { score: 88 })
      ]
    });
    expect(flags.map((f) => [f.subject_type, f.subject_id, f.unit_id, f.score])).toEqual([
      ['person', 'P1', 'BCH', 60],
      ['unit', 'BCH', 'BCH', 88]
    ]);
    expect(flags[0].evidence).toContain('cán bộ lãnh đạo, quản lý: HTXSNV với 60 điểm (điểm cho phép tối đa HTNV); đảng viên: HTTNV với 65 điểm');
  });

  it('uses the threshold parameters and refuses thresholds out of order', async () => {
    const fx = { units: UNITS, ratings: [pm(2025, 'P1', 'C1', 'HTXSNV', { score: 85 })] };
    expect(await h.flags(rule, fx, { excellent: 85 })).toEqual([]);
    await loadFixture(h.engine, fx);
    const { outcomes } = await audit(h.engine, rule, { good: 95 });
    expect(outcomes).toEqual([{ rule: 'score_level_mismatch', status: 'failed', error: expect.stringContaining('giảm dần') }]);
  });
});
