/**
 * A unit against its peers: the units with the same parent and the same kind (as rule #15) in the
 * tree where the view shows the unit (its last year, or today's), the unit itself included and marked. Each is counted over its subtree, so grassroots organisations
 * compare on all the members of their cells.
 */
import { sql } from '../sql/template';
import type { LevelCounts } from './level-counts';
import { subtreeCountsSql, type SubtreeOptions } from './subtree-counts';
import { shownUnitsSql } from './tree-view';

export type PeerRow = { unit_id: string; name: string; kind: string; is_self: boolean } & LevelCounts;

/** SQL returning PeerRow rows (none when the unit does not exist), by unit_id. */
export function peerSharesSql(unitId: string, options: SubtreeOptions = {}): string {
  const peers = sql`(SELECT p.unit_id, p.name, p.kind FROM unit_years p JOIN ${shownUnitsSql(options.view)} me ON me.unit_id = ${unitId}
    WHERE p.year = me.year AND p.kind = me.kind AND p.parent_id IS NOT DISTINCT FROM me.parent_id)`;
  return sql`SELECT c.*, c.unit_id = ${unitId} AS is_self FROM (${subtreeCountsSql(peers, options)}) c ORDER BY c.unit_id`.text;
}
