/**
 * The 20% quota test, written once for the three quota rules (docs/rules.md #1–3): in one group and
 * year, n_excellent > ratio × n_den is a breach, where n_den counts HTTNV (`good`, the wording of the
 * guidance) or HTTNV + HTXSNV (`good_or_better`). Exactly the ratio is no breach; n_den = 0 with any
 * excellent is one. The ratio is inlined as a decimal literal, so the comparison is exact (0.2 × 15 = 3).
 */
import { RANK } from './ratings';
import { raw, sql, type Sql } from './template';

export type QuotaParams = { ratio: number; denominator: 'good' | 'good_or_better' };

export const QUOTA_DEFAULTS: QuotaParams = { ratio: 0.2, denominator: 'good' };

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
