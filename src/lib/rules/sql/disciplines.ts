/**
 * Discipline decisions as the rules read them, and the one way a decision is described in evidence.
 */
import { DISCIPLINE_FORMS, DISCIPLINE_LABELS, type DisciplineForm } from '../../domain/disciplines';
import { sqlLiteral } from '../../engine/types';

/**
 * Decisions with the defaults of FORMAT.md applied (the loader fills them too; a table loaded another
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
    || ': ' || ${formLabelSql(`${d}.form`)} || ', vi phạm năm '
    || CASE WHEN ${d}.violation_from = ${d}.violation_to THEN CAST(${d}.violation_from AS VARCHAR) ELSE ${d}.violation_from || '–' || ${d}.violation_to END
    || CASE WHEN ${d}.self_detected THEN ' (tự phát hiện, khắc phục)' ELSE '' END)`;
}
