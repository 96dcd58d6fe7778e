/** The path from the root down to a unit, for breadcrumbs restored from an address (?unit=). */
import { sql } from '../../sql/template';
import { shownUnitsSql, type TreeView } from '../../stats/tree-view';

export type PathItem = { unit_id: string; name: string };

/**
 * SQL returning PathItem rows, the root first and the unit itself last, in the tree where the view
 * shows the unit (where it last stood, or today's tree); no row for an unknown unit.
 */
export const ancestrySql = (unitId: string, view: TreeView = 'then') =>
  sql`SELECT p.unit_id, y.name FROM (
     SELECT unnest(u.path) AS unit_id, generate_subscripts(u.path, 1) AS i, u.year FROM ${shownUnitsSql(view)} u WHERE u.unit_id = ${unitId}
   ) p JOIN unit_years y ON y.year = p.year AND y.unit_id = p.unit_id
   ORDER BY p.i`.text;
