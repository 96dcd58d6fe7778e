import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/missing_rating';
import { describeOnEngines, notRated, placement, pm, unit, ur } from './fixture';

const UNITS = [unit('G', 'co_so', null, 'Đảng bộ xã Hòa Lạc'), unit('C1', 'chi_bo', 'G', 'Chi bộ thôn 1'), unit('C2', 'chi_bo', 'G', 'Chi bộ thôn 2')];
const person = (person_id: string, joined_on: string | null = null, left_on: string | null = null) => ({ person_id, full_name: `Đảng viên ${person_id}`, joined_on, left_on });

describeOnEngines('missing_rating', (h) => {
  it('flags a member for the whole year without a row, and not one with a not-rated row, one admitted or gone during the year', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: [
        person('P1', '2010-03-02'),
        person('P2', '2010-03-02'),
        // Admitted during 2022: not a member for the whole of 2022.
        person('P3', '2022-05-01'),
        // Gone in November 2022.
        person('P4', '2001-01-01', '2022-11-30'),
        // A member for the whole of 2022 whose membership ended on its last day.
        person('P5', '2001-01-01', '2022-12-31')
      ],
      ratings: [
        pm(2021, 'P1', 'C1', 'HTTNV'),
        pm(2023, 'P1', 'C1', 'HTTNV'),
        pm(2021, 'P2', 'C1', 'HTTNV'),
        notRated(2022, 'person', 'P2', 'C1', 'mien'),
        pm(2023, 'P2', 'C1', 'HTTNV'),
        pm(2023, 'P3', 'C1', 'HTNV'),
        pm(2021, 'P4', 'C2', 'HTTNV'),
        pm(2021, 'P5', 'C2', 'HTTNV'),
        pm(2022, 'P0', 'C2', 'HTTNV')
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_type, f.subject_id, f.unit_id])).toEqual([
      [2022, 'person', 'P1', 'C1'],
      [2022, 'person', 'P5', 'C2']
    ]);
    expect(flags[0]).toMatchObject({ rule: 'missing_rating', severity: 'low', score: null, related: 'person:P1; unit:C1' });
    expect(flags[0].message).toBe(
      'Đồng chí Đảng viên P1 (P1) không có kết quả xếp loại đảng viên năm 2022 (không có mức xếp loại, cũng không ghi lý do không xếp loại), dù là đảng viên cả năm 2022 (vào Đảng ngày 02/03/2010).'
    );
    expect(flags[0].evidence).toContain('năm trước gần nhất có xếp loại: 2021; năm sau gần nhất có xếp loại: 2023');
    expect(flags[0].regulation).toContain('Hướng dẫn 21-HD/BTCTW');
  });

  it('without membership dates, flags a year between two rated years only', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: [person('Q1'), person('Q2')],
      ratings: [
        pm(2020, 'Q1', 'C1', 'HTTNV'),
        pm(2023, 'Q1', 'C1', 'HTTNV'),
        // Q2 rated 2020 and 2021 only: later years say nothing without dates.
        pm(2020, 'Q2', 'C1', 'HTTNV'),
        pm(2021, 'Q2', 'C1', 'HTTNV'),
        pm(2022, 'Q9', 'C1', 'HTTNV')
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_id])).toEqual([
      [2021, 'Q1'],
      [2022, 'Q1']
    ]);
    expect(flags[0].message).toContain('dù được xếp loại năm 2020 và năm 2023');
  });

  it('flags a cell in force the whole year when other cells were rated, not one created or closed during the year', async () => {
    const flags = await h.flags(rule, {
      units: [
        unit('G', 'co_so', null, 'Đảng bộ xã Hòa Lạc'),
        unit('C1', 'chi_bo', 'G', 'Chi bộ thôn 1'),
        unit('C2', 'chi_bo', 'G', 'Chi bộ thôn 2'),
        placement('C3', 'chi_bo', 'G', '2023-04-01', null, 'Chi bộ thôn 3'),
        placement('C4', 'chi_bo', 'G', null, '2023-06-30', 'Chi bộ thôn 4'),
        unit('C5', 'chi_bo', 'G', 'Chi bộ thôn 5')
      ],
      people: [],
      ratings: [ur(2022, 'C1', 'HTTNV'), ur(2022, 'C2', 'HTTNV'), ur(2023, 'C1', 'HTTNV'), notRated(2023, 'unit', 'C5', null, 'khac', { note: 'chi bộ mới kiện toàn' })]
    });
    // 2022: C4 and C5 unrated (C3 did not exist yet); G is the only co_so and no co_so was rated.
    // 2023: C2 unrated; C3 and C4 were not in force the whole year; C5's row says why it was not rated
    // (and is no rated cell to compare with).
    expect(flags.map((f) => [f.year, f.subject_id])).toEqual([
      [2022, 'C4'],
      [2022, 'C5'],
      [2023, 'C2']
    ]);
    expect(flags[2].message).toBe('Năm 2023, Chi bộ thôn 2 (C2) không có kết quả xếp loại (không có mức xếp loại, cũng không ghi lý do), dù hoạt động cả năm và 1 chi bộ khác được xếp loại năm đó.');
  });
});
