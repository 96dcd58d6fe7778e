/**
 * Tables derived from the loaded data; created once after every load.
 * - unit_years, unit_successors: the tree of each rating year and who answers for a unit that
 *   ceased (src/lib/sql/tree.ts): what every walk of the hierarchy for a year uses.
 * - unit_ancestors(unit_id, ancestor_id, depth): every unit with itself (depth 0) and each superior,
 *   in the tree of each unit's latest placement.
 * - unit_grassroots(unit_id, co_so_id): the nearest `co_so` at or above each unit in that same
 *   latest tree (NULL above grassroots).
 */
import type { Engine } from '../engine/types';
import { createTreeTables, MAX_TREE_DEPTH } from '../sql/tree';

// One row per unit: its latest placement (a version-1 dataset has only that one).
const LATEST_UNITS = `(SELECT * FROM units QUALIFY row_number() OVER (PARTITION BY unit_id ORDER BY valid_from DESC NULLS LAST, valid_to DESC NULLS FIRST) = 1)`;

export const DERIVED_TABLE_SQL: readonly string[] = [
  `CREATE OR REPLACE TABLE unit_ancestors AS
   WITH RECURSIVE latest AS ${LATEST_UNITS},
   anc(unit_id, ancestor_id, depth) AS (
     SELECT unit_id, unit_id, 0 FROM latest
     UNION ALL
     SELECT a.unit_id, u.parent_id, a.depth + 1
     FROM anc a JOIN latest u ON u.unit_id = a.ancestor_id
     WHERE u.parent_id IS NOT NULL AND a.depth < ${MAX_TREE_DEPTH}
   )
   SELECT unit_id, ancestor_id, CAST(depth AS INTEGER) AS depth FROM anc`,
  `CREATE OR REPLACE TABLE unit_grassroots AS
   WITH latest AS ${LATEST_UNITS}
   SELECT u.unit_id, arg_min(a.ancestor_id, a.depth) FILTER (WHERE k.kind = 'co_so') AS co_so_id
   FROM latest u
   JOIN unit_ancestors a ON a.unit_id = u.unit_id
   JOIN latest k ON k.unit_id = a.ancestor_id
   GROUP BY u.unit_id`
];

export async function createDerivedTables(engine: Engine): Promise<void> {
  await createTreeTables(engine);
  for (const sql of DERIVED_TABLE_SQL) await engine.exec(sql);
}
