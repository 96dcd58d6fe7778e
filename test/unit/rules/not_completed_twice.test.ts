import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/not_completed_twice';
import { describeOnEngines, memberYears, pm, unit } from './fixture';

const UNITS = [unit('G', 'co_so'), unit('C1', 'chi_bo', 'G', 'Chi bộ thôn Đông')];

describeOnEngines('not_completed_twice', (h) => {

  it('flags the second and third of three KHTNV years', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: [{ person_id: 'P1', full_name: 'Đỗ Văn Hải' }],
      ratings: [pm(2020, 'P1', 'C1', 'KHTNV'), pm(2021, 'P1', 'C1', 'KHTNV'), pm(2022, 'P1', 'C1', 'KHTNV')]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.unit_id])).toEqual([
      [2021, 'P1', 'C1'],
      [2022, 'P1', 'C1']
    ]);
    expect(flags[0].message).toBe('Đồng chí Đỗ Văn Hải (P1), sinh hoạt tại Chi bộ thôn Đông (C1), hai năm liền 2020 và 2021 xếp loại KHTNV.');
  });

  it('does not flag KHTNV years with a gap, a better year between, or a leader-track KHTNV', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        ...memberYears('P1', 'C1', 2019, ['KHTNV', null, 'KHTNV']),
        ...memberYears('P2', 'C1', 2020, ['KHTNV', 'HTNV', 'KHTNV']),
        ...memberYears('P3', 'C1', 2020, ['KHTNV', 'HTNV']),
        pm(2021, 'P3', 'G', 'KHTNV', { track: 'leader' })
      ]
    });
    expect(flags).toEqual([]);
  });
});
