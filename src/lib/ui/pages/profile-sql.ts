/**
 * SQL of the unit and person pages: one subject's rows from the canonical tables, with names
 * joined in. Pure builders; the pages run them through the worker's query.
 */
import { sql } from '$lib/sql/template';
import { inForceTodaySql, LAST_TREE_YEAR } from '$lib/stats/tree-view';

/** The unit where it last stood (its last year in the data), with its parent then and the years it was in force. */
export const unitSql = (id: string) =>
  sql`SELECT u.unit_id, u.name, u.kind, u.parent_id, p.name AS parent_name, u.year AS last_year, u.first_year, ${inForceTodaySql('u.unit_id')} AS in_force
   FROM (SELECT unit_id, arg_max(name, year) AS name, arg_max(kind, year) AS kind, arg_max(parent_id, year) AS parent_id, max(year) AS year, min(year) AS first_year
         FROM unit_years WHERE unit_id = ${id} GROUP BY unit_id) u
   LEFT JOIN unit_years p ON p.year = u.year AND p.unit_id = u.parent_id`.text;

/** The unit's placements as units.csv gives them (period, name, kind, parent), oldest first. */
export const unitPlacementsSql = (id: string) =>
  sql`SELECT u.valid_from, u.valid_to, u.name, u.kind, u.parent_id, p.name AS parent_name
   FROM units u LEFT JOIN (SELECT unit_id, arg_max(name, year) AS name FROM unit_years GROUP BY unit_id) p ON p.unit_id = u.parent_id
   WHERE u.unit_id = ${id} ORDER BY u.valid_from NULLS FIRST`.text;

/**
 * What became of the unit and what it took over (unit_changes.csv), each other unit named as it
 * last stood: `direction` 'from' for a predecessor (it went into this unit), 'to' for a successor.
 */
export const unitChangesSql = (id: string) =>
  sql`SELECT c.direction, c.other_id, n.name AS other_name, c.effective_on, c.kind, c.decision_no FROM (
     SELECT 'from' AS direction, from_unit_id AS other_id, effective_on, kind, decision_no FROM unit_changes WHERE to_unit_id = ${id} AND from_unit_id <> to_unit_id
     UNION ALL
     SELECT 'to', to_unit_id, effective_on, kind, decision_no FROM unit_changes WHERE from_unit_id = ${id} AND from_unit_id <> to_unit_id
   ) c LEFT JOIN (SELECT unit_id, arg_max(name, year) AS name FROM unit_years GROUP BY unit_id) n ON n.unit_id = c.other_id
   ORDER BY c.effective_on, c.direction, c.other_id`.text;

/** The units in force today that answer for a unit that no longer exists (none for a unit in force). */
export const unitSuccessorsSql = (id: string) =>
  sql`SELECT s.successor_id AS unit_id, y.name FROM unit_successors s
   LEFT JOIN unit_years y ON y.year = ${LAST_TREE_YEAR} AND y.unit_id = s.successor_id
   WHERE s.unit_id = ${id} ORDER BY s.successor_id`.text;

/** The unit's own ratings by year, with its head (the head's name when known). */
export const unitRatingsSql = (id: string) =>
  sql`SELECT r.year, r.level, r.self_level, r.head_id, h.full_name AS head_name, r.score, r.decided_on
   FROM ratings r LEFT JOIN people h ON h.person_id = r.head_id
   WHERE r.subject_type = 'unit' AND r.subject_id = ${id} ORDER BY r.year`.text;

/** Every person rating made in the unit itself (not below it): one row per person, year and track. */
export const unitMembersSql = (id: string) =>
  sql`SELECT r.subject_id AS person_id, p.full_name, r.year, r.track, r.level
   FROM ratings r LEFT JOIN people p ON p.person_id = r.subject_id
   WHERE r.subject_type = 'person' AND r.unit_id = ${id}
   ORDER BY p.full_name, r.subject_id, r.year, r.track`.text;

/** Disciplines of the unit and of the persons rated in it. */
export const unitDisciplinesSql = (id: string) =>
  sql`SELECT d.subject_type, d.subject_id, COALESCE(p.full_name, u.name) AS subject_name, d.decided_on, d.form, d.violation_from, d.violation_to, d.decision_no, d.reason
   FROM disciplines d LEFT JOIN people p ON d.subject_type = 'person' AND p.person_id = d.subject_id
   LEFT JOIN (SELECT unit_id, arg_max(name, year) AS name FROM unit_years GROUP BY unit_id) u ON d.subject_type = 'unit' AND u.unit_id = d.subject_id
   WHERE (d.subject_type = 'unit' AND d.subject_id = ${id})
      OR (d.subject_type = 'person' AND d.subject_id IN (SELECT subject_id FROM ratings WHERE subject_type = 'person' AND unit_id = ${id}))
   ORDER BY d.decided_on, d.subject_id`.text;

export const personSql = (id: string) => sql`SELECT person_id, full_name, birth_year, gender, joined_on, left_on FROM people WHERE person_id = ${id}`.text;

export const personRatingsSql = (id: string) =>
  sql`SELECT r.year, r.track, r.level, r.not_rated, r.note, r.self_level, r.unit_id, u.name AS unit_name, r.position_group, r.score, r.decided_on
   FROM ratings r LEFT JOIN unit_years u ON u.year = r.year AND u.unit_id = r.unit_id
   WHERE r.subject_type = 'person' AND r.subject_id = ${id} ORDER BY r.year, r.track`.text;

export const personDisciplinesSql = (id: string) =>
  sql`SELECT decided_on, form, violation_from, violation_to, decision_no, reason FROM disciplines
   WHERE subject_type = 'person' AND subject_id = ${id} ORDER BY decided_on`.text;

export const personReviewsSql = (id: string) => sql`SELECT person_id, year, text FROM reviews WHERE person_id = ${id} ORDER BY year`.text;

// A type, not an interface: rows must be assignable to the engine's Row (an index signature).
export type MemberRow = {
  person_id: string;
  full_name: string | null;
  year: number;
  track: string | null;
  /** Null on a not-rated row. */
  level: string | null;
};

/**
 * Members × years: each person once, the levels of each year (tracks other than party_member marked,
 * by `trackLabel`; a not-rated row shown as `notRated`).
 */
export function pivotMembers(rows: readonly MemberRow[], trackLabel: (track: string) => string = (t) => t, notRated = '—'): { years: number[]; people: { person_id: string; full_name: string | null; levels: Map<number, string> }[] } {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const people = new Map<string, { person_id: string; full_name: string | null; levels: Map<number, string> }>();
  for (const r of rows) {
    let p = people.get(r.person_id);
    if (!p) people.set(r.person_id, (p = { person_id: r.person_id, full_name: r.full_name, levels: new Map() }));
    const level = r.level ?? notRated;
    const shown = r.track && r.track !== 'party_member' ? `${level} (${trackLabel(r.track)})` : level;
    const before = p.levels.get(r.year);
    p.levels.set(r.year, before ? `${before}, ${shown}` : shown);
  }
  return { years, people: [...people.values()] };
}
