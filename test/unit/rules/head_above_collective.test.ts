import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/head_above_collective';
import { describeOnEngines, onlyFlag, pm, unit, ur } from './fixture';

const UNITS = [unit('H', 'cap_tren', null, 'Huyện ủy Thường Tín'), unit('BTV', 'tap_the', 'H', 'Ban Thường vụ Huyện ủy'), unit('G', 'co_so', 'H', 'Đảng bộ xã Văn Bình'), unit('C1', 'chi_bo', 'G', 'Chi bộ thôn 1')];
const PEOPLE = [{ person_id: 'P1', full_name: 'Nguyễn Tiến Minh' }, { person_id: 'P2', full_name: 'Tạ Hữu Thọ' }];
const leader = (year: number, id: string, level: Parameters<typeof pm>[3]) => pm(year, id, 'BTV', level, { track: 'leader', position_group: 'bi_thu' });

describeOnEngines('head_above_collective', (h) => {

  it("flags a head whose leader rating is above the collective's", async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [ur(2023, 'BTV', 'HTTNV', { head_id: 'P1' }), leader(2023, 'P1', 'HTXSNV'), pm(2023, 'P1', 'C1', 'HTXSNV')]
    });
    const flag = onlyFlag(flags, { year: 2023, subject_type: 'person', subject_id: 'P1', unit_id: 'BTV', score: 1, severity: 'medium' });
    expect(flag.message).toBe('Năm 2023, người đứng đầu đồng chí Nguyễn Tiến Minh (P1) được xếp loại HTXSNV, cao hơn mức HTTNV của tập thể do mình đứng đầu.');
    expect(flag.evidence).toContain('Ban Thường vụ Huyện ủy (BTV): HTTNV');
    expect(flag.evidence).toContain('cán bộ lãnh đạo, quản lý');
    expect(flag.regulation).toContain('Quy định 124-QĐ/TW');
  });

  it('does not flag a head rated equal to the collective', async () => {
    const flags = await h.flags(rule, { units: UNITS, people: PEOPLE, ratings: [ur(2023, 'BTV', 'HTTNV', { head_id: 'P1' }), leader(2023, 'P1', 'HTTNV')] });
    expect(flags).toEqual([]);
  });

  it('prefers the leader row over the party-member row, and falls back to the party-member row', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [
        // P1: leader row equal to the collective, party-member row above: the leader row decides, no flag.
        ur(2022, 'BTV', 'HTTNV', { head_id: 'P1' }),
        leader(2022, 'P1', 'HTTNV'),
        pm(2022, 'P1', 'C1', 'HTXSNV'),
        // P2 heads a cell and has only a party-member row, two levels above the cell's: flag.
        ur(2022, 'C1', 'HTNV', { head_id: 'P2' }),
        pm(2022, 'P2', 'C1', 'HTXSNV'),
        // A head not rated that year, and a head rated in another year only: nothing to compare.
        ur(2022, 'G', 'KHTNV', { head_id: 'P9' }),
        ur(2021, 'G', 'KHTNV', { head_id: 'P2' })
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.unit_id, f.score])).toEqual([[2022, 'P2', 'C1', 2]]);
    expect(flags[0].evidence).toContain('xếp loại đảng viên');
  });

  it('gives one flag for a head above two collectives, on the larger gap, listing both', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [ur(2021, 'BTV', 'HTTNV', { head_id: 'P1' }), ur(2021, 'G', 'HTNV', { head_id: 'P1' }), leader(2021, 'P1', 'HTXSNV')]
    });
    const f = onlyFlag(flags, { subject_id: 'P1', unit_id: 'G', score: 2 });
    expect(f.message).toContain('2 tập thể');
    expect(f.evidence).toContain('Ban Thường vụ Huyện ủy (BTV): HTTNV; Đảng bộ xã Văn Bình (G): HTNV');
  });
});
