import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/track_mismatch';
import { describeOnEngines, onlyFlag, pm, unit } from './fixture';

const UNITS = [unit('G', 'co_so', null, 'Đảng bộ xã Văn Bình'), unit('C1', 'chi_bo', 'G', 'Chi bộ thôn 1'), unit('UB', 'tap_the', 'G', 'Lãnh đạo UBND xã')];
const PEOPLE = [
  { person_id: 'P1', full_name: 'Nguyễn Tiến Minh' },
  { person_id: 'P2', full_name: 'Tạ Hữu Thọ' },
  { person_id: 'P3', full_name: 'Lê Thị Hòa' },
  { person_id: 'P4', full_name: 'Phạm Văn Sơn' }
];
type Level = Parameters<typeof pm>[3];
const cs = (year: number, id: string, level: Level) => pm(year, id, 'UB', level, { track: 'civil_servant' });
const leader = (year: number, id: string, level: Level) => pm(year, id, 'UB', level, { track: 'leader', position_group: 'chu_tich_xa' });

describeOnEngines('track_mismatch', (h) => {
  it('flags a member rated HTXSNV as a party member and below it as a civil servant', async () => {
    const flags = await h.flags(rule, { units: UNITS, people: PEOPLE, ratings: [pm(2021, 'P1', 'C1', 'HTXSNV'), cs(2021, 'P1', 'HTTNV')] });
    const flag = onlyFlag(flags, {
      rule: 'track_mismatch', year: 2021, subject_type: 'person', subject_id: 'P1', unit_id: 'C1', score: 3, severity: 'medium',
      message: 'Đồng chí Nguyễn Tiến Minh (P1) được xếp loại đảng viên HTXSNV năm 2021, nhưng ở vị trí công tác chỉ được xếp loại HTTNV.',
      evidence: 'Năm 2021: đảng viên: HTXSNV (C1); công chức, viên chức: HTTNV (UB)'
    });
    expect(flag.regulation).toContain('Hướng dẫn 21-HD/BTCTW');
    expect(flag.regulation).toContain('mục 2.3.a');
  });

  it('flags the leader track too, one flag listing both capacities; the parameter narrows it to civil servants', async () => {
    const fx = {
      units: UNITS,
      people: PEOPLE,
      ratings: [pm(2024, 'P2', 'C1', 'HTXSNV'), cs(2024, 'P2', 'HTNV'), leader(2024, 'P2', 'HTTNV'), pm(2024, 'P3', 'C1', 'HTXSNV'), leader(2024, 'P3', 'HTTNV')]
    };
    const flags = await h.flags(rule, fx);
    expect(flags.map((f) => f.subject_id)).toEqual(['P2', 'P3']);
    expect(flags[0]).toMatchObject({ score: 2 });
    expect(flags[0].message).toContain('chỉ được xếp loại HTTNV, HTNV.');
    expect(flags[0].evidence).toBe('Năm 2024: đảng viên: HTXSNV (C1); công chức, viên chức: HTNV (UB); cán bộ lãnh đạo, quản lý: HTTNV (UB)');
    expect(flags[0].regulation).toContain('Quy định 124-QĐ/TW');
    const narrow = await h.flags(rule, fx, { tracks: 'civil_servant' });
    expect(narrow.map((f) => f.subject_id)).toEqual(['P2']);
  });

  it('does not flag HTXSNV in both capacities, a party-member level below HTXSNV, another year, or a capacity not rated', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [
        // Excellent in both.
        pm(2022, 'P1', 'C1', 'HTXSNV'),
        cs(2022, 'P1', 'HTXSNV'),
        // Good as a member, completed as a civil servant: the clause is about HTXSNV only.
        pm(2022, 'P2', 'C1', 'HTTNV'),
        cs(2022, 'P2', 'HTNV'),
        // The civil-servant rating of another year.
        pm(2022, 'P3', 'C1', 'HTXSNV'),
        cs(2021, 'P3', 'HTTNV'),
        // Rated only as a party member.
        pm(2022, 'P4', 'C1', 'HTXSNV')
      ]
    });
    expect(flags).toEqual([]);
  });
});
