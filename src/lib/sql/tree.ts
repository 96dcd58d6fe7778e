/**
 * The tree of the year, materialized once after every load, on every engine:
 *
 * - `unit_years(year, unit_id, name, parent_id, kind, grassroots_id, path, depth)`: one row per
 *   unit in the tree of each year from the first to the last rating year. The tree of year Y holds
 *   each unit's placement (row of `units`) in force on 31 December Y, or, for a unit that ceased
 *   during Y, its last placement in Y. `path` lists unit ids from the root down to the unit,
 *   `depth` = its length − 1 (a root has depth 0), `grassroots_id` is the nearest `co_so` at or
 *   above the unit in that year's tree (NULL above the grassroots level). A unit whose parent is
 *   not in force that year starts its own branch (depth 0) but keeps `parent_id` as written.
 * - `unit_successors(unit_id, successor_id)`: for each unit no longer in force on 31 December of
 *   the last rating year, the units in force then that answer for it, reached by following
 *   `unit_changes` merges, splits and renames (through units that ceased in turn).
 *
 * Everything that walks the hierarchy for a year (rules, stats, pages) joins `unit_years` of that
 * year, never `units`, which holds every placement of every period.
 */
import type { Engine } from '../engine/types';

/** A guard against a cycle in parent_id that validation did not see (e.g. Parquet written elsewhere). */
export const MAX_TREE_DEPTH = 64;

const PLACED = 'unit_years_placed';

/** The rating years, first to last, with their first and last day; none without ratings. */
const YEARS_SQL = `SELECT year, make_date(year, 1, 1) AS first_day, make_date(year, 12, 31) AS last_day
  FROM (SELECT CAST(unnest(range(lo, hi + 1)) AS INTEGER) AS year
        FROM (SELECT min(year) AS lo, max(year) AS hi FROM ratings) WHERE lo IS NOT NULL)`;

// Open ends as far dates, so that the join is a plain range join.
const SINCE_EVER = `DATE '0001-01-01'`;
const STILL_IN_FORCE = `DATE '9999-12-31'`;

/** Each year's placement of each unit in force during it: the one that started last (periods do not overlap). */
const PLACED_SQL = `CREATE OR REPLACE TEMP TABLE ${PLACED} AS
  SELECT year, unit_id, p.name AS name, p.parent_id AS parent_id, p.kind AS kind
  FROM (
    SELECT y.year, u.unit_id, arg_max(struct_pack(name := u.name, parent_id := u.parent_id, kind := u.kind), u.from_day) AS p
    FROM (${YEARS_SQL}) y
    JOIN (SELECT *, coalesce(valid_from, ${SINCE_EVER}) AS from_day, coalesce(valid_to, ${STILL_IN_FORCE}) AS to_day FROM units WHERE unit_id IS NOT NULL) u
      ON u.from_day <= y.last_day AND u.to_day >= y.first_day
    GROUP BY y.year, u.unit_id
  )`;

/** Roots first, then children year by year: each unit reached once, from its own year's parent. */
const UNIT_YEARS_SQL = `CREATE OR REPLACE TABLE unit_years AS
  WITH RECURSIVE tree(year, unit_id, name, parent_id, kind, grassroots_id, path, depth) AS (
    SELECT p.year, p.unit_id, p.name, p.parent_id, p.kind,
           CASE WHEN p.kind = 'co_so' THEN p.unit_id END,
           [p.unit_id], 0
    FROM ${PLACED} p
    WHERE p.parent_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM ${PLACED} q WHERE q.year = p.year AND q.unit_id = p.parent_id)
    UNION ALL
    SELECT c.year, c.unit_id, c.name, c.parent_id, c.kind,
           CASE WHEN c.kind = 'co_so' THEN c.unit_id ELSE t.grassroots_id END,
           list_append(t.path, c.unit_id), t.depth + 1
    FROM tree t
    JOIN ${PLACED} c ON c.year = t.year AND c.parent_id = t.unit_id
    WHERE t.depth < ${MAX_TREE_DEPTH}
  )
  SELECT CAST(year AS INTEGER) AS year, unit_id, name, parent_id, kind, grassroots_id,
         CAST(path AS VARCHAR[]) AS path, CAST(depth AS INTEGER) AS depth
  FROM tree
  ORDER BY year, unit_id`;

const NO_SUCCESSORS_SQL = `CREATE OR REPLACE TABLE unit_successors (unit_id VARCHAR, successor_id VARCHAR)`;

/** Units gone by the end of the last rating year → the live units their changes lead to. */
const UNIT_SUCCESSORS_SQL = `CREATE OR REPLACE TABLE unit_successors AS
  WITH RECURSIVE
  last_day AS (SELECT make_date(max(year), 12, 31) AS day FROM ratings),
  live AS (
    SELECT DISTINCT u.unit_id FROM units u, last_day d
    WHERE (u.valid_from IS NULL OR u.valid_from <= d.day) AND (u.valid_to IS NULL OR u.valid_to >= d.day)
  ),
  gone AS (
    SELECT DISTINCT u.unit_id FROM units u, last_day d
    WHERE d.day IS NOT NULL AND u.unit_id IS NOT NULL AND u.unit_id NOT IN (SELECT unit_id FROM live)
  ),
  edges AS (
    SELECT DISTINCT from_unit_id, to_unit_id FROM unit_changes
    WHERE kind IN ('merge', 'split', 'rename') AND from_unit_id <> to_unit_id
  ),
  walk(unit_id, at_id, steps) AS (
    SELECT unit_id, unit_id, 0 FROM gone
    UNION
    SELECT w.unit_id, e.to_unit_id, w.steps + 1
    FROM walk w JOIN edges e ON e.from_unit_id = w.at_id
    WHERE w.at_id NOT IN (SELECT unit_id FROM live) AND w.steps < ${MAX_TREE_DEPTH}
  )
  SELECT DISTINCT w.unit_id, w.at_id AS successor_id
  FROM walk w JOIN live l ON l.unit_id = w.at_id
  ORDER BY w.unit_id, successor_id`;

const EMPTY_UNIT_YEARS_SQL = `CREATE OR REPLACE TABLE unit_years (year INTEGER, unit_id VARCHAR, name VARCHAR, parent_id VARCHAR, kind VARCHAR, grassroots_id VARCHAR, path VARCHAR[], depth INTEGER)`;

/** The statements that build both tables, given which tables the engine holds. */
export function treeTableSql(present: ReadonlySet<string>): string[] {
  if (!present.has('units') || !present.has('ratings')) return [EMPTY_UNIT_YEARS_SQL, NO_SUCCESSORS_SQL];
  return [PLACED_SQL, UNIT_YEARS_SQL, `DROP TABLE ${PLACED}`, present.has('unit_changes') ? UNIT_SUCCESSORS_SQL : NO_SUCCESSORS_SQL];
}

export async function createTreeTables(engine: Engine): Promise<void> {
  const present = new Set(await engine.tables());
  for (const sql of treeTableSql(present)) await engine.exec(sql);
}
