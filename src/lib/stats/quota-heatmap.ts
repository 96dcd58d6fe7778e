/**
 * The heatmap's cells: one per grassroots organisation (kind `co_so`) and year, over the
 * party-member ratings of persons rated in it or any unit below it — the groups of rule #1 in the
 * tree of each year, so a cell over the quota is a quota_excellent_members flag. In the `today`
 * view (tree-view.ts) the past of merged organisations is summed into today's.
 */
import { sql } from '../sql/template';
import { levelCountColumns, levelRatioColumns, type Denominator, type LevelCounts } from './level-counts';
import { scopedRatingsSql } from './scope';
import { placedAncestorsSql, shownUnitsSql, type TreeView } from './tree-view';

export type HeatCell = { unit_id: string; name: string; year: number } & LevelCounts;

export interface HeatmapOptions {
  /** Only the organisations at or below this unit (all their ratings count). */
  within?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
  denominator?: Denominator;
  view?: TreeView;
}

/** SQL returning HeatCell rows for every (co_so, year) with party-member ratings, by name, id, year. */
export function quotaHeatmapSql(options: HeatmapOptions = {}): string {
  const ratings = scopedRatingsSql({ population: 'members', fromYear: options.fromYear, toYear: options.toYear });
  const within = options.within != null ? sql`AND list_contains(g.path, ${options.within})` : sql``;
  return sql`WITH counted AS (
      SELECT g.unit_id, r.year, ${levelCountColumns('r.rank')}
      FROM ${ratings} AS r
      JOIN ${placedAncestorsSql(options.view)} a ON a.year = r.year AND a.unit_id = r.unit_id
      JOIN unit_years g ON g.year = a.tree_year AND g.unit_id = a.ancestor_id AND g.kind = 'co_so' ${within}
      GROUP BY g.unit_id, r.year
    )
    SELECT c.unit_id, n.name, c.year, n_excellent, n_good, n_completed, n_not_completed, total, ${levelRatioColumns(options.denominator)}
    FROM counted c JOIN ${shownUnitsSql(options.view)} n ON n.unit_id = c.unit_id ORDER BY n.name, c.unit_id, c.year`.text;
}
