/**
 * Which ratings a statistic counts: the population (party members, leaders or collectives), the
 * part of the unit tree, and the years. Every builder in src/lib/stats starts from `scopedRatingsSql`,
 * so a chart and the table beside it always count the same rows.
 */
import { placedWithinSql, type TreeView } from './tree-view';
import { LEADER_RATINGS, PARTY_MEMBER_RATINGS, UNIT_RATINGS } from '../sql/ratings';
import { join, sql, type Sql } from '../sql/template';

/**
 * - `members`: party-member ratings of persons (the quota of rule #1 counts these);
 * - `leaders`: ratings of persons as leaders, managers (`leader` track);
 * - `units`: the collectives' and organisations' own ratings.
 */
export type Population = 'members' | 'leaders' | 'units';

export interface StatsScope {
  population?: Population;
  /** Only ratings in this unit or any unit below it (a person is "in" the unit he or she was rated in; a unit row is in its own unit), in the view's tree. */
  within?: string | null;
  /** The tree a rating is placed in: that of its year (default) or today's (tree-view.ts). */
  view?: TreeView;
  /** First and last year counted, inclusive. */
  fromYear?: number | null;
  toYear?: number | null;
}

const SOURCES: Record<Population, Sql> = {
  members: sql`(SELECT year, unit_id, rank FROM ${PARTY_MEMBER_RATINGS})`,
  leaders: sql`(SELECT year, unit_id, rank FROM ${LEADER_RATINGS})`,
  units: sql`(SELECT year, subject_id AS unit_id, rank FROM ${UNIT_RATINGS})`
};

/** SQL subquery: the ratings in scope, columns (year, unit_id, rank). */
export function scopedRatingsSql(scope: StatsScope = {}): Sql {
  const where: Sql[] = [];
  if (scope.within != null)
    where.push(placedWithinSql(scope.within, scope.view));
  if (scope.fromYear != null) where.push(sql`r.year >= ${scope.fromYear}`);
  if (scope.toYear != null) where.push(sql`r.year <= ${scope.toYear}`);
  const source = SOURCES[scope.population ?? 'members'];
  return where.length ? sql`(SELECT r.year, r.unit_id, r.rank FROM ${source} r WHERE ${join(where, ' AND ')})` : source;
}
