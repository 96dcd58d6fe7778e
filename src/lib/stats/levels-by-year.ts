/**
 * Ratings per year by level, with the excellent share and the quota ratio: the level distribution
 * per year (LevelDistributionChart), the excellent share against the 20% line (ExcellentShareChart),
 * and, with `scope.within` = a unit, that unit's level shares over the years (LevelSharesOverYears).
 */
import { levelCountColumns, levelRatioColumns, type Denominator, type LevelCounts } from './level-counts';
import { scopedRatingsSql, type StatsScope } from './scope';
import { sql } from '../sql/template';

export type YearLevels = { year: number } & LevelCounts;

/** SQL returning YearLevels rows, one per year that has ratings in scope, by year. */
export function levelsByYearSql(scope: StatsScope = {}, denominator: Denominator = 'good'): string {
  return sql`SELECT year, n_excellent, n_good, n_completed, n_not_completed, total, ${levelRatioColumns(denominator)}
    FROM (SELECT year, ${levelCountColumns()} FROM ${scopedRatingsSql(scope)} AS r GROUP BY year)
    ORDER BY year`.text;
}
