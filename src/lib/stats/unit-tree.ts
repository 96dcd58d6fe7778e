/**
 * One level of the unit tree for drill-down: the direct children of a unit (or the roots), each
 * with how many children it has in turn and the level counts of its subtree.
 */
import { sql } from '../sql/template';
import type { LevelCounts } from './level-counts';
import { subtreeCountsSql, type SubtreeOptions } from './subtree-counts';
import { shownUnitsSql, treeLinksSql } from './tree-view';

export type TreeNode = { unit_id: string; name: string; kind: string; n_children: number } & LevelCounts;

/**
 * SQL returning TreeNode rows for the children of `parentId` (null: the root units), by name and id:
 * in the `then` view every unit that was its child in some year (named as it last stood), in the
 * `today` view its children of today.
 */
export function unitChildrenSql(parentId: string | null, options: SubtreeOptions = {}): string {
  const parent = parentId === null ? sql`l.parent_id IS NULL` : sql`l.parent_id = ${parentId}`;
  const links = treeLinksSql(options.view);
  const children = sql`(SELECT DISTINCT s.unit_id, s.name, s.kind FROM ${links} l JOIN ${shownUnitsSql(options.view)} s ON s.unit_id = l.unit_id WHERE ${parent})`;
  return sql`SELECT c.*, CAST(COALESCE(k.n, 0) AS INTEGER) AS n_children
    FROM (${subtreeCountsSql(children, options)}) c
    LEFT JOIN (SELECT parent_id, count(DISTINCT unit_id) AS n FROM ${links} l GROUP BY parent_id) k ON k.parent_id = c.unit_id
    ORDER BY c.name, c.unit_id`.text;
}
