import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/rating_outlier';
import type { LevelCode } from '../../../src/lib/domain/levels';
import { describeOnEngines, members, pm, unit } from './fixture';

const UNITS = [
  unit('H', 'cap_tren'),
  unit('G', 'co_so', 'H', 'Đảng bộ phường Tân Mai'),
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'].map((c) => unit(c, 'chi_bo', 'G', `Chi bộ tổ dân phố ${c}`)),
  unit('T1', 'tap_the', 'G', 'Ban chỉ huy quân sự')
];

/**
 * 20 party-member ratings of a cell over four years ending at lastYear (5 a year): `good` of them
 * HTTNV or better and the rest HTNV. Unless `uniform`, every third good one is HTXSNV, so that no
 * year has one level for all (that is the other signal).
 */
function history(cell: string, good: number, lastYear = 2022, uniform = false) {
  const rows = [];
  for (let i = 0; i < 20; i++) {
    const level: LevelCode = i >= good ? 'HTNV' : !uniform && i % 3 === 0 ? 'HTXSNV' : 'HTTNV';
    rows.push(pm(lastYear - 3 + (i % 4), `${cell}-${i}`, cell, level));
  }
  return rows;
}

function uniformYears(cell: string, levels: Record<number, LevelCode>, n = 5) {
  return Object.entries(levels).flatMap(([y, level]) => members(Number(y), cell, level, n, `${cell}-${y}-`));
}

describeOnEngines('rating_outlier', (h) => {

  it('flags a cell far above the median of its peers, at its last rated year', async () => {
    const flags = await h.flags(rule, { units: UNITS, ratings: [...history('C1', 20, 2023), ...history('C2', 12), ...history('C3', 13), ...history('C4', 14)] });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([[2023, 'C1', 0.35]]);
    expect(flags[0]).toMatchObject({ subject_type: 'unit', unit_id: 'C1', severity: 'low' });
    expect(flags[0].message).toBe(
      'Chi bộ tổ dân phố C1 (C1) có 100% lượt xếp loại đảng viên đạt HTTNV trở lên (2020–2023), cao hơn 35 điểm phần trăm so với trung vị 65% của 3 đơn vị cùng cấp.'
    );
    expect(flags[0].evidence).toContain('20/20 = 100%');
    expect(flags[0].evidence).toContain('C4: 70%, C3: 65%, C2: 60%');
  });

  it('flags a gap of exactly min_gap, not one just below it', async () => {
    // C1 at 85% against a median of 60%: 25 points. C5 at 80% (its own peers' median is 60%): 20 points.
    const flags = await h.flags(rule, { units: UNITS, ratings: [...history('C1', 17), ...history('C2', 12), ...history('C3', 12), ...history('C4', 12), ...history('C5', 16)] });
    expect(flags.map((f) => [f.subject_id, f.score])).toEqual([['C1', 0.25]]);
  });

  it('needs min_peers eligible peers of the same parent and kind, each with min_ratings', async () => {
    const fx = {
      units: UNITS,
      ratings: [
        ...history('C1', 20),
        ...history('C2', 12),
        ...history('C3', 12),
        // C4 has 19 ratings: not a peer. T1 is of another kind: not a peer.
        ...history('C4', 12).slice(1),
        ...members(2022, 'T1', 'HTNV', 25, 'T')
      ]
    };
    expect(await h.flags(rule, fx)).toEqual([]);
    expect((await h.flags(rule, fx, { min_peers: 2 })).map((f) => f.subject_id)).toEqual(['C1']);
    expect((await h.flags(rule, fx, { min_ratings: 19 })).map((f) => f.subject_id)).toEqual(['C1']);
  });

  it('flags identical levels for all members three years running, at each year completing a run', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        ...uniformYears('C5', { 2020: 'HTTNV', 2021: 'HTTNV', 2022: 'HTTNV', 2023: 'HTTNV' }),
        // Four members only: too few to tell.
        ...uniformYears('C6', { 2020: 'HTTNV', 2021: 'HTTNV', 2022: 'HTTNV' }, 4),
        // Uniform each year but not the same level.
        ...uniformYears('C7', { 2020: 'HTTNV', 2021: 'HTXSNV', 2022: 'HTTNV' }),
        // A year missing breaks the run.
        ...uniformYears('C8', { 2019: 'HTTNV', 2020: 'HTTNV', 2022: 'HTTNV', 2023: 'HTTNV' }),
        // One different level in 2021 breaks it too.
        ...uniformYears('C2', { 2020: 'HTTNV', 2021: 'HTTNV', 2022: 'HTTNV' }),
        pm(2021, 'X', 'C2', 'HTNV')
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([
      [2022, 'C5', 3],
      [2023, 'C5', 4]
    ]);
    expect(flags[0].message).toBe('3 năm liền 2020–2022, tất cả đảng viên của Chi bộ tổ dân phố C5 (C5) đều được xếp cùng một mức HTTNV.');
    expect(flags[0].evidence).toBe('Xếp loại đảng viên cùng một mức: 2020: 5/5 HTTNV; 2021: 5/5 HTTNV; 2022: 5/5 HTTNV');
  });

  it('gives one flag when both signals fall on the same unit and year', async () => {
    // C1 rated HTTNV by all 5 members every year 2019–2022 (20 ratings, 100%) among peers at 60–70%.
    const flags = await h.flags(rule, { units: UNITS, ratings: [...history('C1', 20, 2022, true), ...history('C2', 12), ...history('C3', 13), ...history('C4', 14)] });
    expect(flags.map((f) => [f.year, f.subject_id, f.score])).toEqual([
      [2021, 'C1', 3],
      [2022, 'C1', 0.35]
    ]);
    expect(flags[1].message).toContain('; đồng thời 4 năm liền 2019–2022, tất cả đảng viên của đơn vị');
  });
});
