/**
 * The heatmap's cells: one per grassroots organisation (kind `co_so`) and year, over the
 * party-member ratings of persons rated in it or any unit below it — the groups of rule #1, so a
 * cell above 20% is a quota_excellent_members flag.
 */
import { sqlLiteral } from '../engine/types';
import { levelCountColumns, levelRatioColumns, type Denominator, type LevelCounts } from './level-counts';
import { scopedRatingsSql } from './scope';

export type HeatCell = { unit_id: string; name: string; year: number } & LevelCounts;

export interface HeatmapOptions {
  /** Only the organisations at or below this unit (all their ratings count). */
  within?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
  denominator?: Denominator;
}

/** SQL returning HeatCell rows for every (co_so, year) with party-member ratings, by name, id, year. */
export function quotaHeatmapSql(options: HeatmapOptions = {}): string {
  const ratings = scopedRatingsSql({ population: 'members', fromYear: options.fromYear, toYear: options.toYear });
  const within =
    options.within != null ? `AND g.unit_id IN (SELECT unit_id FROM unit_ancestors WHERE ancestor_id = ${sqlLiteral(options.within)})` : '';
  return `WITH counted AS (
      SELECT g.unit_id, g.name, r.year, ${levelCountColumns('r.rank')}
      FROM ${ratings} AS r
      JOIN unit_ancestors a ON a.unit_id = r.unit_id
      JOIN units g ON g.unit_id = a.ancestor_id AND g.kind = 'co_so' ${within}
      GROUP BY g.unit_id, g.name, r.year
    )
    SELECT unit_id, name, year, n_excellent, n_good, n_completed, n_not_completed, total, ${levelRatioColumns(options.denominator)}
    FROM counted ORDER BY name, unit_id, year`;
}
