/**
 * One level of the unit tree for drill-down: the direct children of a unit (or the roots), each
 * with how many children it has in turn and the level counts of its subtree.
 */
import { sqlLiteral } from '../engine/types';
import type { LevelCounts } from './level-counts';
import { subtreeCountsSql, type SubtreeOptions } from './subtree-counts';

export type TreeNode = { unit_id: string; name: string; kind: string; n_children: number } & LevelCounts;

/** SQL returning TreeNode rows for the children of `parentId` (null: the root units), by name and id. */
export function unitChildrenSql(parentId: string | null, options: SubtreeOptions = {}): string {
  const parent = parentId === null ? 'parent_id IS NULL' : `parent_id = ${sqlLiteral(parentId)}`;
  const children = `(SELECT unit_id, name, kind FROM units WHERE ${parent})`;
  return `SELECT c.*, CAST(COALESCE(k.n, 0) AS INTEGER) AS n_children
    FROM (${subtreeCountsSql(children, options)}) c
    LEFT JOIN (SELECT parent_id, count(*) AS n FROM units GROUP BY parent_id) k ON k.parent_id = c.unit_id
    ORDER BY c.name, c.unit_id`;
}
