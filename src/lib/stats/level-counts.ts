/**
 * The one way a group of ratings is summed up: how many of each level, and the three ratios the
 * dashboard plots. The quota ratio is the figure rule #1 tests (`n_excellent / n_den` against 20%),
 * with the same choice of denominator (QuotaParams), so a chart and the audit list agree.
 */
import { quotaDenominatorSql, type QuotaParams } from '../sql/quota';
import { LEVEL_CODES, LEVELS, type LevelCode } from '../domain/levels';
import { join, raw, sql, type Sql } from '../sql/template';

export type Denominator = QuotaParams['denominator'];

// A type, not an interface: rows must be assignable to the engine's Row (an index signature).
export type LevelCounts = {
  n_excellent: number;
  n_good: number;
  n_completed: number;
  n_not_completed: number;
  /** All ratings counted (0 for a unit without any in scope). */
  total: number;
  /** The quota's denominator: n_good, or n_good + n_excellent (`good_or_better`). */
  n_den: number;
  /** n_excellent / n_den; null when n_den = 0. */
  quota_ratio: number | null;
  /** n_excellent / total; null when total = 0. */
  excellent_share: number | null;
  /** (n_excellent + n_good) / total; null when total = 0. */
  good_or_better_share: number | null;
};

/** The count column of each level, by code. */
export const COUNT_COLUMN: Record<LevelCode, 'n_excellent' | 'n_good' | 'n_completed' | 'n_not_completed'> = {
  HTXSNV: 'n_excellent',
  HTTNV: 'n_good',
  HTNV: 'n_completed',
  KHTNV: 'n_not_completed'
};

/**
 * SQL: the aggregate columns counting each level and the total, over a `rank` column that may be
 * NULL (a LEFT JOIN that found no rating counts as nothing).
 */
export function levelCountColumns(rank = 'rank'): Sql {
  const r = raw(rank);
  const perLevel = LEVEL_CODES.map((c) => sql`count(${r}) FILTER (WHERE ${r} = ${LEVELS[c].rank}) AS ${raw(COUNT_COLUMN[c])}`);
  return join([...perLevel, sql`count(${r}) AS total`]);
}

/** SQL: the ratio columns of LevelCounts, over a relation that has the count columns. */
export function levelRatioColumns(denominator: Denominator = 'good'): Sql {
  const den = quotaDenominatorSql(denominator);
  return sql`${den} AS n_den,
    CASE WHEN ${den} > 0 THEN n_excellent / ${den} END AS quota_ratio,
    CASE WHEN total > 0 THEN n_excellent / total END AS excellent_share,
    CASE WHEN total > 0 THEN (n_excellent + n_good) / total END AS good_or_better_share`;
}

/** Each level's share of the total (all 0 when there is nothing): for stacked shares. */
export function levelShares(c: LevelCounts): Record<LevelCode, number> {
  const share = (code: LevelCode) => (c.total > 0 ? c[COUNT_COLUMN[code]] / c.total : 0);
  return { HTXSNV: share('HTXSNV'), HTTNV: share('HTTNV'), HTNV: share('HTNV'), KHTNV: share('KHTNV') };
}
