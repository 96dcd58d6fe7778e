import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/quota_excellent_leaders';
import type { LevelCode } from '../../../src/lib/domain/levels';
import { describeOnEngines, onlyFlag, rating, unit } from './fixture';

const UNITS = [unit('H', 'cap_tren'), unit('BTV', 'tap_the', 'H', 'Ban Thường vụ Huyện ủy')];

function leaders(year: number, group: string | null, level: LevelCode, n: number, prefix: string) {
  return Array.from({ length: n }, (_, i) =>
    rating({ year, subject_type: 'person', subject_id: `${prefix}${i + 1}`, unit_id: 'BTV', track: 'leader', position_group: group, level })
  );
}

describeOnEngines('quota_excellent_leaders', (h) => {

  it('flags a position group with 2 excellent against 5 good, not one at exactly 20%', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        ...leaders(2021, 'bi_thu_cap_xa', 'HTXSNV', 2, 'A'),
        ...leaders(2021, 'bi_thu_cap_xa', 'HTTNV', 5, 'B'),
        ...leaders(2021, 'truong_phong', 'HTXSNV', 1, 'C'),
        ...leaders(2021, 'truong_phong', 'HTTNV', 5, 'D')
      ]
    });
    const flag = onlyFlag(flags, { year: 2021, subject_type: 'group', subject_id: 'bi_thu_cap_xa', unit_id: null, score: 0.4 });
    expect(flag.message).toContain('40%');
    expect(flag.regulation).toContain('chức danh tương đương');
  });

  it('ignores leader rows without a position group and party-member rows that carry one', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        ...leaders(2021, null, 'HTXSNV', 3, 'A'),
        ...leaders(2021, '  ', 'HTXSNV', 3, 'E'),
        ...leaders(2021, 'g', 'HTTNV', 5, 'B'),
        rating({ year: 2021, subject_type: 'person', subject_id: 'A1', unit_id: 'BTV', track: 'party_member', position_group: 'g', level: 'HTXSNV' }),
        rating({ year: 2021, subject_type: 'person', subject_id: 'A2', unit_id: 'BTV', track: 'leader', position_group: 'g', level: 'HTXSNV' })
      ]
    });
    expect(flags).toEqual([]);
  });

  it('tests each year on its own', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [...leaders(2023, 'g', 'HTXSNV', 2, 'A'), ...leaders(2023, 'g', 'HTTNV', 5, 'B'), ...leaders(2024, 'g', 'HTXSNV', 1, 'A'), ...leaders(2024, 'g', 'HTTNV', 5, 'B')]
    });
    expect(flags.map((f) => f.year)).toEqual([2023]);
  });
});
