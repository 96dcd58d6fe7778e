/**
 * Tables derived from the loaded data that several rules need; created once after every load.
 * - unit_ancestors(unit_id, ancestor_id, depth): every unit with itself (depth 0) and each superior.
 * - unit_grassroots(unit_id, co_so_id): the nearest `co_so` at or above each unit (NULL above grassroots).
 */
import type { Engine } from '../engine/types';

// Bounded depth guards against a cycle in parent_id (validation reports cycles; this never loops).
const MAX_DEPTH = 64;

export const DERIVED_TABLE_SQL: readonly string[] = [
  `CREATE OR REPLACE TABLE unit_ancestors AS
   WITH RECURSIVE anc(unit_id, ancestor_id, depth) AS (
     SELECT unit_id, unit_id, 0 FROM units
     UNION ALL
     SELECT a.unit_id, u.parent_id, a.depth + 1
     FROM anc a JOIN units u ON u.unit_id = a.ancestor_id
     WHERE u.parent_id IS NOT NULL AND a.depth < ${MAX_DEPTH}
   )
   SELECT unit_id, ancestor_id, CAST(depth AS INTEGER) AS depth FROM anc`,
  `CREATE OR REPLACE TABLE unit_grassroots AS
   SELECT u.unit_id, arg_min(a.ancestor_id, a.depth) FILTER (WHERE k.kind = 'co_so') AS co_so_id
   FROM units u
   JOIN unit_ancestors a ON a.unit_id = u.unit_id
   JOIN units k ON k.unit_id = a.ancestor_id
   GROUP BY u.unit_id`
];

export async function createDerivedTables(engine: Engine): Promise<void> {
  for (const sql of DERIVED_TABLE_SQL) await engine.exec(sql);
}
