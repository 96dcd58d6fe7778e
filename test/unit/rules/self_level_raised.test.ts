import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/self_level_raised';
import { describeOnEngines, pm, unit, ur } from './fixture';

const UNITS = [unit('G', 'co_so', null, 'Đảng bộ xã Yên Hòa'), unit('C1', 'chi_bo', 'G')];

describeOnEngines('self_level_raised', (h) => {

  it('flags a final level above the self-assessment, not an equal or lower one, nor a row without one', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        pm(2023, 'P1', 'C1', 'HTXSNV', { self_level: 'HTTNV' }),
        pm(2023, 'P2', 'C1', 'HTTNV', { self_level: 'HTTNV' }),
        pm(2023, 'P3', 'C1', 'HTNV', { self_level: 'HTXSNV' }),
        pm(2023, 'P4', 'C1', 'HTXSNV'),
        ur(2023, 'G', 'HTTNV', { self_level: 'HTNV' })
      ]
    });
    expect(flags.map((f) => [f.subject_type, f.subject_id, f.unit_id, f.score, f.severity])).toEqual([
      ['person', 'P1', 'C1', 1, 'low'],
      ['unit', 'G', 'G', 1, 'low']
    ]);
    expect(flags[1].message).toBe('Năm 2023, Đảng bộ xã Yên Hòa (G) tự nhận mức HTNV nhưng được xếp loại HTTNV, cao hơn mức tự nhận.');
  });

  it('gives one flag per subject-year over its tracks, with the largest rise', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [pm(2024, 'P1', 'C1', 'HTTNV', { self_level: 'HTNV' }), pm(2024, 'P1', 'G', 'HTXSNV', { self_level: 'HTNV', track: 'leader' })]
    });
    expect(flags.map((f) => [f.subject_id, f.unit_id, f.score])).toEqual([['P1', 'G', 2]]);
    expect(flags[0].evidence).toBe('Năm 2024: cán bộ lãnh đạo, quản lý: tự nhận HTNV, được xếp loại HTXSNV; đảng viên: tự nhận HTNV, được xếp loại HTTNV');
  });
});
