/**
 * "One flag per (rule, year, subject)" for rules that look at every rating row of a subject-year
 * (all tracks): keep the row that matters most and list every row's fact in the evidence.
 * Ordered aggregates per group are slow when there are ~10⁵ groups (duckdb-wasm especially); a window
 * picks the top row, and only the rare groups of several rows are aggregated.
 */
import { SUBJECT_NAMES } from './ratings';
import { raw, sql, type Sql } from './template';

/** The columns a subject-year query returns first: the flag's year and subject, and its name. */
export type SubjectYearRow = {
  year: number;
  subject_type: 'person' | 'unit';
  subject_id: string;
  unit_id: string | null;
  name: string | null;
};

/**
 * SQL over `source` (a subquery with year, subject_type, subject_id and a `fact` text column):
 * one row per (year, subject_type, subject_id) — the first by `bestOrder` — with its columns and
 * `facts`, every fact of the group joined by "; " in `factOrder`.
 */
function onePerSubjectYear(source: string, bestOrder: Sql, factOrder: Sql): Sql {
  return sql`(WITH ranked AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.year, s.subject_type, s.subject_id ORDER BY ${bestOrder}) AS k_,
        count(*) OVER (PARTITION BY s.year, s.subject_type, s.subject_id) AS m_
      FROM ${raw(source)} s
    ), several AS (
      SELECT year, subject_type, subject_id, string_agg(fact, '; ' ORDER BY ${factOrder}) AS facts
      FROM ranked WHERE m_ > 1 GROUP BY year, subject_type, subject_id
    )
    SELECT r.* EXCLUDE (k_, m_), COALESCE(v.facts, r.fact) AS facts
    FROM ranked r LEFT JOIN several v ON v.year = r.year AND v.subject_type = r.subject_type AND v.subject_id = r.subject_id
    WHERE r.k_ = 1)`;
}

/**
 * SQL: the SubjectYearRow rows of such a rule. `source` (a CTE name) has year, subject_type,
 * subject_id, unit_id, track and `fact`; per subject-year it keeps the row of the largest `largest`
 * (the party-member row first on a tie) with its unit (a unit's own id), its name, `columns` (over
 * alias x) and `rows`: every fact, the party-member row first.
 */
export function subjectYearFlagsSql(source: string, largest: string, columns: string): Sql {
  return sql`SELECT x.year, x.subject_type, x.subject_id, CASE WHEN x.subject_type = 'unit' THEN x.subject_id ELSE x.unit_id END AS unit_id,
    ${raw(columns)}, n.name, x.facts AS rows
  FROM ${onePerSubjectYear(source, sql`${raw(largest)} DESC, track NULLS FIRST`, sql`track NULLS FIRST`)} x
  LEFT JOIN ${SUBJECT_NAMES} n ON n.subject_type = x.subject_type AND n.subject_id = x.subject_id
  ORDER BY x.year, x.subject_type, x.subject_id`;
}
