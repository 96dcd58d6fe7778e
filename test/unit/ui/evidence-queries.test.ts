/**
 * The evidence views' queries on real flags: rules run on a small dataset in duckdb-wasm, then each
 * flag's evidence rows are read back; the quota arithmetic must reproduce the breach the rule saw.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { agreesWithFlag, countedRatingsSql, criteriaArithmetic, disciplinesSql, headAndCollectiveSql, quotaArithmetic, quotaByKind, subjectRatingsSql, type DisciplineRow, type RatingRow } from '../../../src/lib/ui/evidence/queries';
import { loadDataset, parseDataset } from '../../../src/lib/data';
import { readDatasetFolder } from '../../../src/lib/data/read-folder';
import { RULES } from '../../../src/lib/rules/registry';
import { QUOTA_DEFAULTS, type QuotaParams } from '../../../src/lib/sql/quota';
import { effectiveParams } from '../../../src/lib/settings/rule-settings';
import { discipline, loadFixture, members, pm, quotaCell, unit, ur, withEngine } from '../rules/fixture';

const h = withEngine();

beforeAll(async () => {
  await loadFixture(h.engine, {
    units: [unit('H', 'cap_tren', null, 'Huyện ủy Thường Tín'), unit('G', 'co_so', 'H', 'Đảng bộ xã Văn Bình'), unit('C1', 'chi_bo', 'G', 'Chi bộ thôn 1'), unit('C2', 'chi_bo', 'G', 'Chi bộ thôn 2'), unit('X', 'co_so', 'H', 'Đảng bộ xã khác')],
    people: [{ person_id: 'P1', full_name: 'Nguyễn Tiến Minh' }],
    ratings: [
      // G in 2023: 4 excellent against 15 good (seed 002: 26.7%), spread over two cells; X stays within.
      ...quotaCell(2023, 'C1', 3, 8, ['a', 'c']),
      ...quotaCell(2023, 'C2', 1, 7, ['b', 'd']),
      ...members(2023, 'X', 'HTTNV', 10, 'x'),
      // Excused from party activity: no level, counted in no quota.
      { year: 2023, subject_type: 'person', subject_id: 'NR1', unit_id: 'C1', track: 'party_member', level: null, rank: null, not_rated: 'mien' },
      ur(2022, 'C1', 'HTTNV', { head_id: 'P1' }),
      pm(2022, 'P1', 'C1', 'HTXSNV'),
      pm(2021, 'P1', 'C1', 'HTXSNV')
    ],
    disciplines: [discipline({ subject_type: 'person', subject_id: 'P1', decided_on: '2024-03-01', form: 'canh_cao', violation_from: 2021, violation_to: 2022 })]
  });
}, 120_000);

describe('evidence queries', () => {
  it('the quota view counts exactly the members the rule counted, and finds the breach', async () => {
    const all = (await runAudit(h.engine, { only: ['quota_excellent_members'] })).flags;
    // 2021 and 2022: P1's lone HTXSNV against no HTTNV is a breach too.
    expect(all.map((f) => `${f.subject_id}/${f.year}`)).toEqual(['G/2021', 'G/2022', 'G/2023']);
    const flags = all.filter((f) => f.year === 2023);
    const rows = await h.engine.query<RatingRow>(countedRatingsSql(flags[0]));
    expect(rows).toHaveLength(19);
    expect(rows.map((r) => r.subject_id)).not.toContain('NR1');
    expect(new Set(rows.map((r) => r.unit_id))).toEqual(new Set(['C1', 'C2']));
    const q = quotaArithmetic(rows, QUOTA_DEFAULTS);
    expect(q).toMatchObject({ excellent: 4, good: 15, den: 15, limit: 3, breach: true });
    expect(q.share).toBeCloseTo(flags[0].score!, 3);
    expect(agreesWithFlag(flags[0], q.share)).toBe(true);
  });

  it('recomputes with the parameters the audit ran with, not a fixed 20%', async () => {
    // Settings: ratio 25%, excellent counted in the denominator: 4 > 0.25 × 19 = 4.75 is no breach…
    const lenient = { quota_excellent_members: { ratio: 0.25, denominator: 'good_or_better' } };
    const none = (await runAudit(h.engine, { only: ['quota_excellent_members'], params: lenient })).flags.filter((f) => f.year === 2023);
    expect(none).toEqual([]);
    const G2023 = { rule: 'quota_excellent_members', year: 2023, subject_id: 'G' } as const;
    const rows = await h.engine.query<RatingRow>(countedRatingsSql(G2023));
    const params = effectiveParams(lenient, 'quota_excellent_members') as QuotaParams;
    expect(quotaArithmetic(rows, params)).toMatchObject({ excellent: 4, den: 19, limit: 4.75, breach: false });
    // …while 25% of the good alone (3.75) is one, and the page's share is the flag's score.
    const stricter = { quota_excellent_members: { ratio: 0.25 } };
    const [flag] = (await runAudit(h.engine, { only: ['quota_excellent_members'], params: stricter })).flags.filter((f) => f.year === 2023);
    const q = quotaArithmetic(rows, effectiveParams(stricter, 'quota_excellent_members') as QuotaParams);
    expect(q).toMatchObject({ ratio: 0.25, den: 15, limit: 3.75, breach: true });
    expect(agreesWithFlag(flag, q.share)).toBe(true);
    // Exactly the ratio is no breach, in binary floating point too (0.1 × 30 = 3.0000000000000004).
    expect(quotaArithmetic([...Array(3)].map(() => ({ level: 'HTXSNV' })).concat([...Array(30)].map(() => ({ level: 'HTTNV' }))), { ratio: 0.1, denominator: 'good' }).breach).toBe(false);
  });

  it('tests the excellent-unit criteria against the configured minimum share', () => {
    const rows = [{ level: 'HTXSNV' }, ...[...Array(6)].map(() => ({ level: 'HTTNV' })), ...[...Array(3)].map(() => ({ level: 'HTNV' }))];
    expect(criteriaArithmetic(rows, 0.8)).toMatchObject({ total: 10, goodShare: 0.7, completedShare: 1, failsGood: true, failsCompleted: false });
    expect(criteriaArithmetic(rows, 0.7)).toMatchObject({ failsGood: false, failsCompleted: false });
    expect(criteriaArithmetic([...rows, { level: 'KHTNV' }, { level: null }], 0.5)).toMatchObject({ total: 11, failsCompleted: true, failsGood: false });
  });

  it('the head view shows the collective row and the head’s rating that year', async () => {
    const { flags } = await runAudit(h.engine, { only: ['head_above_collective'] });
    expect(flags).toHaveLength(1);
    const rows = await h.engine.query<RatingRow>(headAndCollectiveSql(flags[0]));
    expect(rows.map((r) => [r.subject_type, r.subject_id, r.level, r.name])).toEqual([
      ['unit', 'C1', 'HTTNV', 'Chi bộ thôn 1'],
      ['person', 'P1', 'HTXSNV', 'Nguyễn Tiến Minh']
    ]);
  });

  it('the timeline has every rating of the subject and the discipline covering them', async () => {
    const { flags } = await runAudit(h.engine, { only: ['rated_high_then_disciplined'] });
    expect(flags.map((f) => f.year)).toEqual([2021, 2022]);
    const ratings = await h.engine.query<RatingRow>(subjectRatingsSql(flags[0]));
    expect(ratings.map((r) => [r.year, r.level])).toEqual([
      [2021, 'HTXSNV'],
      [2022, 'HTXSNV']
    ]);
    const decisions = await h.engine.query<DisciplineRow>(disciplinesSql(flags[0]));
    expect(decisions).toEqual([expect.objectContaining({ subject_id: 'P1', decided_on: '2024-03-01', form: 'canh_cao', violation_from: 2021, violation_to: 2022 })]);
  });
});

describe('the quota view of every rule that has one, on the demo', () => {
  const demo = withEngine();

  it('reads back, for each flag, the ratings its rule counted: the page recomputes the flag\'s own score', async () => {
    const parsed = await parseDataset((await readDatasetFolder('data/demo')).filter((f) => f.name !== 'truth.csv' && f.name !== 'README.md'));
    await loadDataset(demo.engine, parsed);
    const quotaRules = RULES.filter((r) => r.evidenceView.kind === 'quota').map((r) => r.id);
    expect(quotaRules).toEqual(['quota_excellent_members', 'quota_excellent_units', 'quota_excellent_leaders', 'excellent_unit_criteria']);
    const { flags } = await runAudit(demo.engine, { only: quotaRules });
    const byRule = new Map<string, number>();
    for (const flag of flags) {
      byRule.set(flag.rule, (byRule.get(flag.rule) ?? 0) + 1);
      const rows = await demo.engine.query<RatingRow>(countedRatingsSql(flag));
      // As the evidence page judges it (QuotaEvidence.svelte): the criteria's good share, or a breach whose share is the score.
      const agrees =
        flag.rule === 'excellent_unit_criteria'
          ? agreesWithFlag(flag, criteriaArithmetic(rows, 0.8).goodShare)
          : (flag.rule === 'quota_excellent_units' ? quotaByKind(rows, QUOTA_DEFAULTS) : [{ kind: null, q: quotaArithmetic(rows, QUOTA_DEFAULTS) }]).some(
              (g) => g.q.breach && agreesWithFlag(flag, g.q.share)
            );
      expect(agrees, `${flag.rule} ${flag.year} ${flag.subject_id}: ${rows.length} rows`).toBe(true);
    }
    // The demo's planted cases of these rules (data/demo/truth.csv).
    expect(Object.fromEntries(byRule)).toEqual({ quota_excellent_members: 5, quota_excellent_units: 3, quota_excellent_leaders: 3, excellent_unit_criteria: 7 });
  }, 120_000);
});
