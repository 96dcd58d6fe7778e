import { describe, expect, it } from 'vitest';
import { checkDeadlines, rule } from '../../../src/lib/rules/late_rating';
import { describeOnEngines, pm, unit, ur } from './fixture';

const UNITS = [
  unit('HU', 'cap_tren', null, 'Huyện ủy Thường Tín'),
  unit('BTV', 'tap_the', 'HU', 'Ban Thường vụ Huyện ủy'),
  unit('G', 'co_so', 'HU', 'Đảng bộ xã Văn Phú'),
  unit('C1', 'chi_bo', 'G', 'Chi bộ thôn Đông')
];

/** Seed 000: Hà Nội 2023, grassroots before 5/12, district before 20/12. */
const RATINGS_2023 = [
  pm(2023, 'P1', 'C1', 'HTTNV', { decided_on: '2023-12-05' }),
  pm(2023, 'P2', 'C1', 'HTTNV', { decided_on: '2023-12-06' }),
  pm(2023, 'P3', 'G', 'HTTNV', { decided_on: '2023-12-10' }),
  pm(2023, 'P4', 'BTV', 'HTTNV', { decided_on: '2023-12-15', track: 'leader' }),
  pm(2023, 'P5', 'BTV', 'HTTNV', { decided_on: '2023-12-21', track: 'leader' }),
  pm(2023, 'P6', 'C1', 'HTTNV'),
  ur(2023, 'C1', 'HTTNV', { decided_on: '2023-12-10' }),
  ur(2023, 'G', 'HTTNV', { decided_on: '2023-12-10' }),
  ur(2023, 'BTV', 'HTTNV', { decided_on: '2024-01-02' })
];

describeOnEngines('late_rating', (h) => {

  it('applies the grassroots deadline to cells and members rated in them, the district one to the rest', async () => {
    const flags = await h.flags(rule, { units: UNITS, people: [{ person_id: 'P2', full_name: 'Hoàng Văn Nam' }], ratings: RATINGS_2023 });
    expect(flags.map((f) => [f.subject_type, f.subject_id, f.unit_id, f.score])).toEqual([
      ['person', 'P2', 'C1', 1],
      ['person', 'P3', 'G', 5],
      ['person', 'P5', 'BTV', 1],
      ['unit', 'BTV', 'BTV', 13],
      ['unit', 'C1', 'C1', 5]
    ]);
    expect(flags[0]).toMatchObject({ year: 2023, severity: 'low' });
    expect(flags[0].message).toBe('Năm 2023, đồng chí Hoàng Văn Nam (P2) được xếp loại ngày 06/12/2023, chậm 1 ngày so với thời hạn 05/12/2023 của cấp cơ sở.');
    expect(flags[3].evidence).toBe('Năm 2023: tập thể: xếp loại HTTNV ngày 02/01/2024, thời hạn 20/12/2023 (cấp trên cơ sở), chậm 13 ngày');
  });

  it('takes deadlines per year from the parameter, falling back to the default', async () => {
    const deadlines = { default: { district: '12-31' }, '2023': { grassroots: '12-08' }, '2025': { district: '2026-01-15' } };
    const flags = await h.flags(rule, { units: UNITS, ratings: [...RATINGS_2023, ur(2025, 'BTV', 'HTTNV', { decided_on: '2026-01-10' }), ur(2024, 'BTV', 'HTTNV', { decided_on: '2025-01-01' })] }, { deadlines });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([
      [2023, 'P3', 2],
      [2023, 'BTV', 2],
      [2023, 'C1', 2],
      [2024, 'BTV', 1]
    ]);
  });
});

describe('late_rating deadlines parameter', () => {
  it('accepts MM-DD everywhere and a full date for a given year', () => {
    expect(checkDeadlines({ default: { grassroots: '12-05', district: '12-20' }, '2025': { district: '2026-01-15' } })).toEqual([]);
  });
  it('names every wrong entry', () => {
    const errors = checkDeadlines({ default: { grassroots: '2023-12-05', district: '13-01' }, abc: { grassroots: '12-05' }, '2024': { commune: '12-05' }, '2023': 'x' });
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toContain('deadlines["default"].district = "13-01"');
    expect(checkDeadlines([1])).toHaveLength(1);
    expect(checkDeadlines({ '2023': { grassroots: '02-30' } })).toHaveLength(1);
  });
});
