import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/unit_with_disciplined';
import { describeOnEngines, discipline, onlyFlag, pm, unit, ur } from './fixture';

const CELLS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];
const UNITS = [unit('H', 'cap_tren', null, 'Huyện ủy'), unit('G', 'co_so', 'H', 'Đảng bộ xã An Lạc'), ...CELLS.map((c) => unit(c, 'chi_bo', 'G', `Chi bộ ${c}`))];
const PEOPLE = [{ person_id: 'P1', full_name: 'Phạm Văn Cường' }];
const cellRatings = (year: number, cells = CELLS.slice(0, 5)) => cells.map((c) => ur(year, c, 'HTTNV'));
const unitDiscipline = (id: string, decided_on: string, form = 'khien_trach') => discipline({ subject_type: 'unit', subject_id: id, decided_on, form });
const headDiscipline = (decided_on: string, form = 'canh_cao') => discipline({ subject_type: 'person', subject_id: 'P1', decided_on, form, decision_no: '3-QĐ/UBKTHU' });

describeOnEngines('unit_with_disciplined', (h) => {

  it('flags a unit rated HTTNV whose head was disciplined that year', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [ur(2022, 'G', 'HTTNV', { head_id: 'P1' }), ur(2023, 'G', 'HTTNV', { head_id: 'P1' }), ur(2021, 'G', 'KHTNV', { head_id: 'P1' })],
      // 2021: the unit is KHTNV; 2022: flagged; the 2021 decision says nothing about 2023.
      disciplines: [headDiscipline('2022-04-02'), headDiscipline('2021-04-02')]
    });
    const flag = onlyFlag(flags, { year: 2022, subject_type: 'unit', subject_id: 'G', unit_id: 'G', score: 1, severity: 'medium' });
    expect(flag.message).toBe('Năm 2022, Đảng bộ xã An Lạc (G) được xếp loại HTTNV dù người đứng đầu bị kỷ luật trong năm.');
    expect(flag.evidence).toContain('người đứng đầu Phạm Văn Cường (P1): Quyết định 3-QĐ/UBKTHU ngày 02/04/2022: cảnh cáo');
  });

  it('does not flag exactly 20% of rated children disciplined; an unrated child does not count', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [ur(2022, 'G', 'HTXSNV'), ...cellRatings(2022)],
      disciplines: [unitDiscipline('C1', '2022-05-01'), unitDiscipline('C6', '2022-05-01'), unitDiscipline('C2', '2021-05-01')]
    });
    expect(flags).toEqual([]);
  });

  it('flags more than 20% of rated children disciplined, with the share as score', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [ur(2022, 'G', 'HTXSNV'), ...cellRatings(2022)],
      disciplines: [unitDiscipline('C1', '2022-05-01'), unitDiscipline('C2', '2022-10-01', 'canh_cao')]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([[2022, 'G', 0.4]]);
    expect(flags[0].message).toContain('2/5 đơn vị trực thuộc (40%) bị kỷ luật trong năm');
    expect(flags[0].evidence).toContain('C1 — Quyết định (không ghi số) ngày 01/05/2022: khiển trách');
  });

  it('lists both reasons in one flag; the child_ratio and min_form parameters apply', async () => {
    const fx = {
      units: UNITS,
      people: PEOPLE,
      ratings: [ur(2024, 'G', 'HTNV', { head_id: 'P1' }), ...cellRatings(2024)],
      disciplines: [headDiscipline('2024-01-15', 'khien_trach'), unitDiscipline('C3', '2024-05-01'), unitDiscipline('C4', '2024-05-01', 'canh_cao')]
    };
    const both = await h.flags(rule, fx);
    expect(both.map((f) => f.score)).toEqual([0.4]);
    expect(both[0].message).toContain('người đứng đầu bị kỷ luật trong năm và 2/5 đơn vị trực thuộc');
    // Only reprimands and up to warnings: one warned child of five is 20%, the reprimanded head no longer counts.
    expect(await h.flags(rule, fx, { min_form: 'canh_cao' })).toEqual([]);
    // A stricter ratio: head (reprimand) and 2/5 children; with child_ratio 0.5 only the head remains → score 1.
    expect((await h.flags(rule, fx, { child_ratio: 0.5 })).map((f) => f.score)).toEqual([1]);
  });

  it('from 2025 (QĐ 366 Điều 11 khoản 1) flags an excellent unit with any child party organisation disciplined, no share allowed', async () => {
    const ratings = [ur(2024, 'G', 'HTXSNV'), ...cellRatings(2024, CELLS), ur(2025, 'G', 'HTXSNV'), ...cellRatings(2025, CELLS)];
    // One cell of six (16.7%) disciplined in each year: within the 20% before 2025, a breach from 2025.
    const disciplines = [unitDiscipline('C1', '2024-05-01'), unitDiscipline('C2', '2025-05-01')];
    const flags = await h.flags(rule, { units: UNITS, ratings, disciplines });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([[2025, 'G', 1]]);
    expect(flags[0].message).toBe('Năm 2025, Đảng bộ xã An Lạc (G) được xếp loại HTXSNV dù một tổ chức đảng trực thuộc bị kỷ luật trong năm.');
    expect(flags[0].evidence).toContain('tổ chức đảng trực thuộc bị kỷ luật: Chi bộ C2 (C2): Quyết định (không ghi số) ngày 01/05/2025: khiển trách');
    expect(flags[0].regulation).toContain('Quy định 366-QĐ/TW');
    expect(flags[0].regulation).toContain('Điều 11 khoản 1');
    // The regime's first year is a parameter: with 2026, 2025 is tested as before (1/6 is within 20%).
    expect(await h.flags(rule, { units: UNITS, ratings, disciplines }, { qd366_from: 2026 })).toEqual([]);
  });

  it('from 2025 tests units rated HTXSNV only, and counts every member of the leadership', async () => {
    const units = [...UNITS, unit('BTV', 'tap_the', 'G', 'Ban Thường vụ Đảng ủy xã An Lạc'), unit('BTV2', 'tap_the', 'H', 'Ban Thường vụ Huyện ủy')];
    const people = [...PEOPLE, { person_id: 'P2', full_name: 'Lê Văn Tám' }, { person_id: 'P3', full_name: 'Đỗ Thị Hoa' }];
    const leader = (year: number, id: string, unitId: string) => pm(year, id, unitId, 'HTTNV', { track: 'leader' });
    const flags = await h.flags(rule, {
      units,
      people,
      ratings: [
        // 2024, old regime: HTTNV with the head disciplined → flag.
        ur(2024, 'G', 'HTTNV', { head_id: 'P1' }),
        // 2025: G rated HTTNV with its head disciplined → from 2025 only HTXSNV units are tested.
        ur(2025, 'G', 'HTTNV', { head_id: 'P1' }),
        // 2026: G HTXSNV; P2, rated as a leader in G's Ban Thường vụ, is disciplined; P3 leads another
        // unit's collective.
        ur(2026, 'G', 'HTXSNV', { head_id: 'P1' }),
        leader(2026, 'P2', 'BTV'),
        leader(2026, 'P3', 'BTV2'),
        ur(2026, 'BTV', 'HTXSNV')
      ],
      disciplines: [
        headDiscipline('2024-03-01'),
        headDiscipline('2025-03-01'),
        discipline({ subject_type: 'person', subject_id: 'P2', decided_on: '2026-06-01', form: 'khien_trach', decision_no: '9-QĐ/UBKTTU' }),
        discipline({ subject_type: 'person', subject_id: 'P3', decided_on: '2026-06-01', form: 'canh_cao' }),
        // A leadership collective is not a party organisation of G: its own discipline is not G's.
        unitDiscipline('BTV', '2026-02-01')
      ]
    });
    // The Ban Thường vụ, rated HTXSNV with its member P2 disciplined, breaches the clause as well.
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([
      [2024, 'G', 1],
      [2026, 'BTV', 1],
      [2026, 'G', 1]
    ]);
    expect(flags[2].message).toBe('Năm 2026, Đảng bộ xã An Lạc (G) được xếp loại HTXSNV dù một thành viên lãnh đạo, quản lý bị kỷ luật trong năm.');
    expect(flags[2].evidence).toContain('thành viên lãnh đạo Lê Văn Tám (P2): Quyết định 9-QĐ/UBKTTU ngày 01/06/2026: khiển trách');
    expect(flags[2].evidence).not.toContain('P3');
    expect(flags[2].related).toBe('unit:G; decision:9-QĐ/UBKTTU; person:P2');
  });
});
