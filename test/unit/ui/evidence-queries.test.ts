/**
 * The evidence views' queries on real flags: rules run on a small dataset in duckdb-wasm, then each
 * flag's evidence rows are read back; the quota arithmetic must reproduce the breach the rule saw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import type { Engine } from '../../../src/lib/engine/types';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { countedRatingsSql, disciplinesSql, headAndCollectiveSql, quotaArithmetic, subjectRatingsSql, type DisciplineRow, type RatingRow } from '../../../src/lib/ui/evidence/queries';
import { discipline, loadFixture, members, pm, unit, ur } from '../rules/fixture';

let engine: Engine;

beforeAll(async () => {
  engine = await createWasmNodeEngine();
  await loadFixture(engine, {
    units: [unit('H', 'cap_tren', null, 'Huyện ủy Thường Tín'), unit('G', 'co_so', 'H', 'Đảng bộ xã Văn Bình'), unit('C1', 'chi_bo', 'G', 'Chi bộ thôn 1'), unit('C2', 'chi_bo', 'G', 'Chi bộ thôn 2'), unit('X', 'co_so', 'H', 'Đảng bộ xã khác')],
    people: [{ person_id: 'P1', full_name: 'Nguyễn Tiến Minh' }],
    ratings: [
      // G in 2023: 4 excellent against 15 good (seed 002: 26.7%), spread over two cells; X stays within.
      ...members(2023, 'C1', 'HTXSNV', 3, 'a'),
      ...members(2023, 'C2', 'HTXSNV', 1, 'b'),
      ...members(2023, 'C1', 'HTTNV', 8, 'c'),
      ...members(2023, 'C2', 'HTTNV', 7, 'd'),
      ...members(2023, 'X', 'HTTNV', 10, 'x'),
      ur(2022, 'C1', 'HTTNV', { head_id: 'P1' }),
      pm(2022, 'P1', 'C1', 'HTXSNV'),
      pm(2021, 'P1', 'C1', 'HTXSNV')
    ],
    disciplines: [discipline({ subject_type: 'person', subject_id: 'P1', decided_on: '2024-03-01', form: 'canh_cao', violation_from: 2021, violation_to: 2022 })]
  });
}, 120_000);
afterAll(() => engine?.close());

describe('evidence queries', () => {
  it('the quota view counts exactly the members the rule counted, and finds the breach', async () => {
    const all = (await runAudit(engine, { only: ['quota_excellent_members'] })).flags;
    // 2021 and 2022: P1's lone HTXSNV against no HTTNV is a breach too.
    expect(all.map((f) => `${f.subject_id}/${f.year}`)).toEqual(['G/2021', 'G/2022', 'G/2023']);
    const flags = all.filter((f) => f.year === 2023);
    const rows = await engine.query<RatingRow>(countedRatingsSql(flags[0]));
    expect(rows).toHaveLength(19);
    expect(new Set(rows.map((r) => r.unit_id))).toEqual(new Set(['C1', 'C2']));
    const q = quotaArithmetic(rows);
    expect(q).toMatchObject({ excellent: 4, good: 15, limit: 3, breach: true });
    expect(q.share).toBeCloseTo(flags[0].score!, 3);
  });

  it('the head view shows the collective row and the head’s rating that year', async () => {
    const { flags } = await runAudit(engine, { only: ['head_above_collective'] });
    expect(flags).toHaveLength(1);
    const rows = await engine.query<RatingRow>(headAndCollectiveSql(flags[0]));
    expect(rows.map((r) => [r.subject_type, r.subject_id, r.level, r.name])).toEqual([
      ['unit', 'C1', 'HTTNV', 'Chi bộ thôn 1'],
      ['person', 'P1', 'HTXSNV', 'Nguyễn Tiến Minh']
    ]);
  });

  it('the timeline has every rating of the subject and the discipline covering them', async () => {
    const { flags } = await runAudit(engine, { only: ['rated_high_then_disciplined'] });
    expect(flags.map((f) => f.year)).toEqual([2021, 2022]);
    const ratings = await engine.query<RatingRow>(subjectRatingsSql(flags[0]));
    expect(ratings.map((r) => [r.year, r.level])).toEqual([
      [2021, 'HTXSNV'],
      [2022, 'HTXSNV']
    ]);
    const decisions = await engine.query<DisciplineRow>(disciplinesSql(flags[0]));
    expect(decisions).toEqual([expect.objectContaining({ subject_id: 'P1', decided_on: '2024-03-01', form: 'canh_cao', violation_from: 2021, violation_to: 2022 })]);
  });
});
