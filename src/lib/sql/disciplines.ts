/**
 * Discipline decisions as the rules read them, and the one way a decision is described in evidence.
 */
import { DISCIPLINE_FORMS, DISCIPLINE_LABELS, type DisciplineForm } from '../domain/disciplines';
import { sqlLiteral } from '../engine/types';
import type { SubjectYearRow } from '../rules/subject';
import { SUBJECT_NAMES } from './ratings';

/**
 * Decisions with the defaults of docs/data-format.md applied (the loader fills them too; a table loaded another
 * way must mean the same): decided_year, violation_from/to, self_detected.
 */
export const DISCIPLINES = `(SELECT subject_type, subject_id, decided_on, CAST(year(decided_on) AS INTEGER) AS decided_year, form,
  CAST(COALESCE(violation_from, year(decided_on)) AS INTEGER) AS violation_from,
  CAST(COALESCE(violation_to, violation_from, year(decided_on)) AS INTEGER) AS violation_to,
  COALESCE(self_detected, FALSE) AS self_detected, decision_no, reason
  FROM disciplines)`;

/** SQL: the Vietnamese label of a form code ('khien_trach' → 'khiển trách'); an unknown code as written. */
export function formLabelSql(col: string): string {
  const cases = DISCIPLINE_FORMS.map((f) => `WHEN ${sqlLiteral(f)} THEN ${sqlLiteral(DISCIPLINE_LABELS[f].vi.toLowerCase())}`).join(' ');
  return `(CASE ${col} ${cases} ELSE ${col} END)`;
}

/** SQL: forms at least as severe as `min` (DISCIPLINE_LABELS severity), as an IN list. */
export function formsFromSql(min: DisciplineForm): string {
  const floor = DISCIPLINE_LABELS[min].severity;
  return `(${DISCIPLINE_FORMS.filter((f) => DISCIPLINE_LABELS[f].severity >= floor).map(sqlLiteral).join(', ')})`;
}

/**
 * SQL: one decision as a reader checks it against the file:
 * "Quyết định 15-QĐ/UBKTHU ngày 12/05/2021: khiển trách, vi phạm 2020–2021 (tự phát hiện, khắc phục)".
 * `d` is an alias of DISCIPLINES.
 */
export function decisionTextSql(d: string): string {
  return `(COALESCE('Quyết định ' || ${d}.decision_no, 'Quyết định (không ghi số)') || ' ngày ' || strftime(${d}.decided_on, '%d/%m/%Y')
    || ': ' || ${formLabelSql(`${d}.form`)} || ', vi phạm năm ' || ${violationPeriodSql(d)}
    || CASE WHEN ${d}.self_detected THEN ' (tự phát hiện, khắc phục)' ELSE '' END)`;
}

/** SQL: the years of a decision's violation, "2020–2021" or "2021". `d` is an alias of DISCIPLINES. */
export function violationPeriodSql(d: string): string {
  return `CASE WHEN ${d}.violation_from = ${d}.violation_to THEN CAST(${d}.violation_from AS VARCHAR) ELSE ${d}.violation_from || '–' || ${d}.violation_to END`;
}

/** A subject-year's own rating with the decisions that bear on it (decisionsBySubjectYearSql). */
export type DecisionsRow = SubjectYearRow & { level: string; rank: number; n_decisions: number; decisions: string };

/**
 * SQL: DecisionsRow rows, one per subject-year of `hits` (a CTE of SUBJECT_RATINGS rows, each with one
 * decision's decided_on, decision_no and decision_text), the decisions listed by date, plus the
 * aggregate `columns` over alias h.
 */
export function decisionsBySubjectYearSql(hits: string, columns: string): string {
  return `SELECT h.year, h.subject_type, h.subject_id, any_value(h.unit_id) AS unit_id, any_value(n.name) AS name,
      any_value(h.level) AS level, any_value(h.rank) AS rank, count(*) AS n_decisions,
      ${columns},
      string_agg(h.decision_text, '; ' ORDER BY h.decided_on, h.decision_no) AS decisions
    FROM ${hits} h
    LEFT JOIN ${SUBJECT_NAMES} n ON n.subject_type = h.subject_type AND n.subject_id = h.subject_id
    GROUP BY h.year, h.subject_type, h.subject_id
    ORDER BY h.year, h.subject_type, h.subject_id`;
}
