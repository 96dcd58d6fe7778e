/** The path from the root down to a unit, for breadcrumbs restored from an address (?unit=). */
import { sqlLiteral } from '../../engine/types';

export type PathItem = { unit_id: string; name: string };

/** SQL returning PathItem rows, the root first and the unit itself last; no row for an unknown unit. */
export const ancestrySql = (unitId: string) =>
  `SELECT a.ancestor_id AS unit_id, u.name FROM unit_ancestors a JOIN units u ON u.unit_id = a.ancestor_id
   WHERE a.unit_id = ${sqlLiteral(unitId)} ORDER BY a.depth DESC`;
