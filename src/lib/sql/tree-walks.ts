/**
 * Walks of the tree of the rating year (table `unit_years`, src/lib/sql/tree.ts) that several checks
 * share. Every check that needs a unit's place — its parent, kind, grassroots organisation,
 * ancestors or name — takes it from the tree of the year concerned, never from `units`, which holds
 * every placement of every period.
 */
import { sql } from './template';

/** Each unit of each year's tree with each of its ancestors, itself included: (year, unit_id, ancestor_id). */
export const UNIT_YEAR_ANCESTORS = sql`(SELECT year, unit_id, unnest(path) AS ancestor_id FROM unit_years)`;

/**
 * A unit's name as a flag names it whatever the year: the name of its latest placement in units.csv
 * (a unit that ceased keeps its last name).
 */
export const LATEST_UNIT_NAMES = sql`(SELECT unit_id, arg_max(name, COALESCE(valid_from, DATE '0001-01-01')) AS name FROM units GROUP BY unit_id)`;
