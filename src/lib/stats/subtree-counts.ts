/**
 * Level counts of a set of units, each over its whole subtree (the unit and every unit below it, in
 * the view's tree of each rating's year): what the peer comparison and the unit tree show. A unit with no rating in scope still appears,
 * with zero counts and null ratios.
 */
import { levelCountColumns, levelRatioColumns, type Denominator } from './level-counts';
import { scopedRatingsSql, type StatsScope } from './scope';
import { placedAncestorsSql } from './tree-view';
import { sql, type Sql } from '../sql/template';

export type SubtreeOptions = Omit<StatsScope, 'within'> & { denominator?: Denominator };

/**
 * SQL: `units` is a subquery with columns (unit_id, name, kind); returns them with LevelCounts,
 * grouped by those three columns.
 */
export function subtreeCountsSql(units: Sql, options: SubtreeOptions = {}): Sql {
  return sql`SELECT unit_id, name, kind, n_excellent, n_good, n_completed, n_not_completed, total, ${levelRatioColumns(options.denominator)}
    FROM (
      SELECT s.unit_id, s.name, s.kind, ${levelCountColumns('r.rank')}
      FROM ${units} AS s
      LEFT JOIN ${placedAncestorsSql(options.view)} a ON a.ancestor_id = s.unit_id
      LEFT JOIN ${scopedRatingsSql(options)} AS r ON r.unit_id = a.unit_id AND r.year = a.year
      GROUP BY s.unit_id, s.name, s.kind
    )`;
}
