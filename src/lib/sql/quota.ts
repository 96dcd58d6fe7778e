/**
 * The 20% quota test, written once for the three quota rules (docs/rules.md #1–3): in one group and
 * year, n_excellent > ratio × n_den is a breach, where n_den counts HTTNV (`good`, the wording of the
 * guidance) or HTTNV + HTXSNV (`good_or_better`). Exactly the ratio is no breach; n_den = 0 with any
 * excellent is one. The ratio is inlined as a decimal literal, so the comparison is exact (0.2 × 15 = 3).
 */
import type { RuleId } from '../domain/rule-ids';
import type { FlagDraft, ParamSpec } from '../rules/types';
import { citeClause, percentVi, type ClausesByRegime } from '../rules/format';
import { RANK } from './ratings';
import { raw, sql, type Sql } from './template';

export type QuotaParams = { ratio: number; denominator: 'good' | 'good_or_better' };

export const QUOTA_DEFAULTS: QuotaParams = { ratio: 0.2, denominator: 'good' };

export const QUOTA_PARAM_SPEC: { ratio: ParamSpec; denominator: ParamSpec } = {
  ratio: { kind: 'number', min: 0, max: 1, vi: 'Tỷ lệ HTXSNV tối đa so với mẫu số', en: 'Maximum share of excellent against the denominator' },
  denominator: {
    kind: 'choice',
    values: ['good', 'good_or_better'],
    vi: 'Mẫu số: số HTTNV (good) hoặc số HTTNV và HTXSNV (good_or_better)',
    en: 'Denominator: good only, or good and excellent'
  }
};

/** One group-year over the quota. */
export type QuotaBreach = {
  year: number;
  group_id: string;
  n_excellent: number;
  n_good: number;
  n_den: number;
  /** floor(ratio × n_den): the most excellent ratings the quota allows. */
  allowed: number;
  /** n_excellent / n_den rounded to 4 decimals; null when n_den = 0. */
  score: number | null;
};

/** SQL: the quota's denominator over count columns `n_good` and `n_excellent`. */
export function quotaDenominatorSql(denominator: QuotaParams['denominator']): Sql {
  return denominator === 'good_or_better' ? sql`(n_good + n_excellent)` : sql`n_good`;
}

/** The quota's denominator from the two counts, as quotaDenominatorSql says it in SQL. */
export function quotaDenominator(denominator: QuotaParams['denominator'], excellent: number, good: number): number {
  return denominator === 'good_or_better' ? good + excellent : good;
}

/** SQL: the aggregates counting the excellent and the good among rows with a `rank` column. */
export function excellentGoodCountsSql(rank = 'rank'): Sql {
  const r = raw(rank);
  return sql`count(*) FILTER (WHERE ${r} = ${RANK.excellent}) AS n_excellent, count(*) FILTER (WHERE ${r} = ${RANK.good}) AS n_good`;
}

/**
 * SQL: every group-year of `source`, a subquery with columns (year, group_id, rank), one row per
 * rating counted in the group, with the QuotaBreach columns and `breach`, whether it breaches the quota.
 */
export function quotaTestSql(source: Sql, p: QuotaParams): Sql {
  const ratio = p.ratio;
  return sql`WITH counts AS (
      SELECT year, group_id, ${excellentGoodCountsSql()}
      FROM ${source} AS src GROUP BY year, group_id
    ), tested AS (SELECT *, ${quotaDenominatorSql(p.denominator)} AS n_den FROM counts)
    SELECT year, group_id, n_excellent, n_good, n_den,
      CAST(floor(${ratio} * n_den) AS INTEGER) AS allowed,
      CASE WHEN n_den > 0 THEN round(n_excellent / n_den, 4) END AS score,
      n_excellent > ${ratio} * n_den AS breach
    FROM tested`;
}

/** SQL returning the QuotaBreach rows of `source` (as quotaTestSql's). */
export function quotaBreachSql(source: Sql, p: QuotaParams): Sql {
  return sql`SELECT * EXCLUDE (breach) FROM (${quotaTestSql(source, p)}) WHERE breach`;
}

function denominatorVi(p: QuotaParams): string {
  return p.denominator === 'good_or_better' ? 'HTTNV và HTXSNV' : 'HTTNV';
}

/**
 * The part of the message every quota rule shares, e.g. with noun "đảng viên":
 * "4 đảng viên HTXSNV, bằng 26,7% số đảng viên HTTNV (15), vượt tỷ lệ 20%".
 */
export function quotaShareVi(b: QuotaBreach, p: QuotaParams, noun: string): string {
  if (b.n_den === 0) return `${b.n_excellent} ${noun} HTXSNV trong khi không có ${noun} nào được xếp loại ${denominatorVi(p)}`;
  return `${b.n_excellent} ${noun} HTXSNV, bằng ${percentVi(b.n_excellent / b.n_den)} số ${noun} ${denominatorVi(p)} (${b.n_den}), vượt tỷ lệ ${percentVi(p.ratio)}`;
}

/** Both counts, the ratio and the allowed maximum, checkable by hand. */
export function quotaEvidence(b: QuotaBreach, p: QuotaParams): string {
  const share = b.n_den > 0 ? `${b.n_excellent}/${b.n_den} = ${percentVi(b.n_excellent / b.n_den)}` : `${b.n_excellent}/0 (mẫu số bằng 0)`;
  return [
    `HTXSNV: ${b.n_excellent}`,
    `HTTNV: ${b.n_good}`,
    `mẫu số (${denominatorVi(p)}): ${b.n_den}`,
    `tỷ lệ HTXSNV/mẫu số: ${share}`,
    `tối đa cho phép: ${percentVi(p.ratio)} × ${b.n_den} → ${b.allowed} HTXSNV`
  ].join('; ');
}

/**
 * The flag of a breach: medium, on the group (a unit, or a position group without a unit), scored by
 * the ratio (null without a denominator).
 */
export function quotaFlag(
  rule: RuleId,
  b: QuotaBreach,
  subjectType: 'unit' | 'group',
  clauses: ClausesByRegime,
  text: { message: string; evidence: string; related?: FlagDraft['related'] }
): FlagDraft {
  return {
    rule,
    severity: 'medium',
    year: b.year,
    subject_type: subjectType,
    subject_id: b.group_id,
    unit_id: subjectType === 'unit' ? b.group_id : null,
    score: b.score,
    regulation: citeClause(b.year, clauses),
    ...text
  };
}
