/** The Overview's missing ratings by year: counted from check 17's flags, or an honest state when it did not run. */
import { describe, expect, it } from 'vitest';
import { missingByYear } from '../../../src/lib/stats/missing-by-year';
import type { Flag, RuleOutcome } from '../../../src/lib/rules/types';

const flag = (rule: string, year: number, subject_type: Flag['subject_type']) => ({ rule, year, subject_type }) as Pick<Flag, 'rule' | 'year' | 'subject_type'>;
const ran = (rule: string): RuleOutcome => ({ rule, status: 'ran', flags: 0, ms: 1 }) as unknown as RuleOutcome;

describe('missingByYear', () => {
  it('counts persons and units per year, every rating year shown, a year without flags as zero', () => {
    const flags = [flag('missing_rating', 2023, 'person'), flag('missing_rating', 2023, 'person'), flag('missing_rating', 2024, 'unit'), flag('late_rating', 2022, 'person')];
    expect(missingByYear(flags, [ran('missing_rating'), ran('late_rating')], [2022, 2023, 2024])).toEqual({
      status: 'ran',
      years: [
        { year: 2022, persons: 0, units: 0 },
        { year: 2023, persons: 2, units: 0 },
        { year: 2024, persons: 0, units: 1 }
      ]
    });
  });

  it('says the check did not run rather than reporting zeros', () => {
    const flags = [flag('late_rating', 2022, 'person')];
    expect(missingByYear(flags, [ran('late_rating')], [2022])).toEqual({ status: 'absent' });
    expect(missingByYear(flags, [{ rule: 'missing_rating', status: 'skipped', reason: 'thiếu bảng people' } as unknown as RuleOutcome], [2022])).toEqual({ status: 'skipped', reason: 'thiếu bảng people' });
    expect(missingByYear(flags, [{ rule: 'missing_rating', status: 'failed', error: 'boom' } as unknown as RuleOutcome], [2022])).toEqual({ status: 'failed', error: 'boom' });
  });
});
