/**
 * Which unit tree a statistic places ratings in (docs/data-format.md, "the tree of the year"):
 * - `then` (the default): each rating in the tree of its own year, as the units were then — a 2024
 *   rating of a commune merged away in 2025 counts in that commune and the district it was under;
 * - `today`: every rating in the tree of the last rating year, a unit that no longer exists summed
 *   into the unit(s) that answer for it today (`unit_successors`, from unit_changes.csv). The past
 *   of a unit split in two counts in each successor, but once in any scope holding both.
 * Every builder of src/lib/stats walks `unit_years` through these relations, never `units`.
 */
import { raw, sql, type Sql } from '../sql/template';

export type TreeView = 'then' | 'today';

export const TREE_VIEWS: readonly TreeView[] = ['then', 'today'];

/** The last rating year: the year of today's tree. */
export const LAST_TREE_YEAR = sql`(SELECT max(year) FROM unit_years)`;

/** SQL condition on a unit id column: the unit is in force on the last day of the last rating year. */
export function inForceTodaySql(unitId: string): Sql {
  return sql`${raw(unitId)} IN (SELECT unit_id FROM units WHERE valid_to IS NULL OR valid_to >= make_date(${LAST_TREE_YEAR}, 12, 31))`;
}

/**
 * SQL relation: today's tree, the rows of unit_years of the last rating year still in force at its
 * end (that year's tree also places the units that ceased during it, such as a commune merged in July).
 */
export const TODAY_TREE = sql`(SELECT * FROM unit_years t WHERE t.year = ${LAST_TREE_YEAR} AND ${inForceTodaySql('t.unit_id')})`;

/** SQL relation (unit_id, today_id): each unit that ever was, and the unit(s) of today's tree that answer for it. */
const TODAY_UNITS = sql`(SELECT unit_id, unit_id AS today_id FROM ${TODAY_TREE}
  UNION SELECT unit_id, successor_id AS today_id FROM unit_successors)`;

/**
 * SQL relation (year, unit_id, ancestor_id, tree_year): for a rating of `year` made in `unit_id`,
 * each unit at or above it (itself included) in the view's tree, which is that of `tree_year`.
 */
export function placedAncestorsSql(view: TreeView = 'then'): Sql {
  if (view === 'then') return sql`(SELECT year, unit_id, unnest(path) AS ancestor_id, year AS tree_year FROM unit_years)`;
  return sql`(SELECT DISTINCT y.year, m.unit_id, a.ancestor_id, a.tree_year
    FROM (SELECT DISTINCT year FROM unit_years) y
    CROSS JOIN ${TODAY_UNITS} m
    JOIN (SELECT unit_id, unnest(path) AS ancestor_id, year AS tree_year FROM ${TODAY_TREE}) a ON a.unit_id = m.today_id)`;
}

/**
 * SQL relation (unit_id, name, kind, parent_id, year, path): one row per unit as the view shows it
 * — `then`: where it last stood (a unit merged away keeps its last name and parent); `today`: the
 * tree of the last rating year only.
 */
export function shownUnitsSql(view: TreeView = 'then'): Sql {
  if (view === 'today') return sql`(SELECT unit_id, name, kind, parent_id, year, path FROM ${TODAY_TREE})`;
  return sql`(SELECT unit_id, arg_max(name, year) AS name, arg_max(kind, year) AS kind, arg_max(parent_id, year) AS parent_id,
      max(year) AS year, arg_max(path, year) AS path
    FROM unit_years GROUP BY unit_id)`;
}

/**
 * SQL relation (unit_id, parent_id): the parent links of the view's tree — `then`: every link of
 * any year (a unit that moved is a child of both parents, each for its own years); `today`: today's.
 */
export function treeLinksSql(view: TreeView = 'then'): Sql {
  if (view === 'today') return sql`(SELECT unit_id, parent_id FROM ${TODAY_TREE})`;
  return sql`(SELECT DISTINCT unit_id, parent_id FROM unit_years)`;
}

/** SQL condition: the rating alias `r` (year, unit_id) is at or below `unitId` in the view's tree. */
export function placedWithinSql(unitId: string, view: TreeView = 'then', r = 'r'): Sql {
  const a = raw(r);
  return sql`EXISTS (SELECT 1 FROM ${placedAncestorsSql(view)} w WHERE w.ancestor_id = ${unitId} AND w.year = ${a}.year AND w.unit_id = ${a}.unit_id)`;
}
