/**
 * Discipline decisions as the rules read them, and the one way a decision is described in evidence.
 */
import { DISCIPLINE_FORMS, DISCIPLINE_LABELS, type DisciplineForm } from '../domain/disciplines';
import type { SubjectYearRow } from './per-subject-year';
import { ratedSql, SUBJECT_NAMES, trackLabelSql, trackSql } from './ratings';
import { inList, join, raw, sql, type Sql } from './template';

/**
 * Decisions with the defaults of docs/data-format.md applied (the loader fills them too; a table loaded another
 * way must mean the same): decided_year, violation_from/to, self_detected.
 */
export const DISCIPLINES = sql`(SELECT subject_type, subject_id, decided_on, CAST(year(decided_on) AS INTEGER) AS decided_year, form,
  CAST(COALESCE(violation_from, year(decided_on)) AS INTEGER) AS violation_from,
  CAST(COALESCE(violation_to, violation_from, year(decided_on)) AS INTEGER) AS violation_to,
  COALESCE(self_detected, FALSE) AS self_detected, decision_no, reason, COALESCE(system, 'dang') AS system
  FROM disciplines)`;

/**
 * SQL condition: rating row `r` is one that decision `d` (an alias of DISCIPLINES) bears on. A unit's
 * decision: its unit row. A person's party discipline (system 'dang'): the party-member and leader
 * rows; an administrative discipline ('chinh_quyen', as cadre, civil servant, public employee): the
 * civil-servant and leader rows.
 */
export function trackOfSystemSql(d: string, r: string): Sql {
  const [dd, rr] = [raw(d), raw(r)];
  return sql`(${rr}.subject_type = 'unit'
    OR (${dd}.system = 'dang' AND ${trackSql(r)} IN ('party_member', 'leader'))
    OR (${dd}.system = 'chinh_quyen' AND ${rr}.track IN ('civil_servant', 'leader')))`;
}

/**
 * Rating rows of every track with a level, with the columns the discipline rules read: a unit row's
 * unit is itself.
 */
export const TRACK_RATINGS = sql`(SELECT year, subject_type, subject_id, track, CASE WHEN subject_type = 'unit' THEN subject_id ELSE unit_id END AS unit_id, level, rank
  FROM ratings WHERE ${ratedSql()})`;

/** SQL: the Vietnamese label of a form code ('khien_trach' → 'khiển trách'); an unknown code as written. */
export function formLabelSql(col: string): Sql {
  const cases = join(DISCIPLINE_FORMS.map((f) => sql`WHEN ${f} THEN ${DISCIPLINE_LABELS[f].vi.toLowerCase()}`), ' ');
  return sql`(CASE ${raw(col)} ${cases} ELSE ${raw(col)} END)`;
}

/** SQL: forms at least as severe as `min` (DISCIPLINE_LABELS severity), as an IN list. */
export function formsFromSql(min: DisciplineForm): Sql {
  const floor = DISCIPLINE_LABELS[min].severity;
  return inList(DISCIPLINE_FORMS.filter((f) => DISCIPLINE_LABELS[f].severity >= floor));
}

/**
 * SQL: one decision as a reader checks it against the file:
 * "Quyết định 15-QĐ/UBKTHU ngày 12/05/2021: khiển trách, vi phạm 2020–2021 (tự phát hiện, khắc phục)".
 * `d` is an alias of DISCIPLINES.
 */
export function decisionTextSql(d: string): Sql {
  const a = raw(d);
  return sql`(COALESCE('Quyết định ' || ${a}.decision_no, 'Quyết định (không ghi số)') || ' ngày ' || strftime(${a}.decided_on, '%d/%m/%Y')
    || ': ' || ${formLabelSql(`${d}.form`)} || ', vi phạm năm ' || ${violationPeriodSql(d)}
    || CASE WHEN ${a}.self_detected THEN ' (tự phát hiện, khắc phục)' ELSE '' END)`;
}

/** SQL: the years of a decision's violation, "2020–2021" or "2021". `d` is an alias of DISCIPLINES. */
export function violationPeriodSql(d: string): Sql {
  const a = raw(d);
  return sql`CASE WHEN ${a}.violation_from = ${a}.violation_to THEN CAST(${a}.violation_from AS VARCHAR) ELSE ${a}.violation_from || '–' || ${a}.violation_to END`;
}

/** A subject-year's rating rows with the decisions that bear on them (decisionsBySubjectYearSql). */
export type DecisionsRow = SubjectYearRow & {
  /** The best level among the rows, and its rank. */
  level: string;
  rank: number;
  /** How many rating rows (tracks) the decisions bear on, and each as "đảng viên: HTTNV". */
  n_rows: number;
  rows: string;
  /** Each row's level with its capacity: "HTTNV (đảng viên), HTXSNV (cán bộ lãnh đạo, quản lý)". */
  levels: string;
  /** The only row's track when n_rows = 1 (NULL for a unit row). */
  track: string | null;
  n_decisions: number;
  decisions: string;
  /** The decisions' numbers joined by '|' (NULL when none has one): their `decision:` items. */
  decision_nos: string | null;
  /** The first decision (by date): its text, date (dd/mm/yyyy) and violation period. */
  first_decision: string;
  first_decided_on: string;
  first_period: string;
};

/**
 * SQL: DecisionsRow rows, one per subject-year of `hits` (a CTE of TRACK_RATINGS rows, each joined to
 * one decision's decided_on, decision_no, decision_text and period), ordered by year and subject.
 * The flag's unit is the party-member row's (a unit's own id), else the first row's.
 */
export function decisionsBySubjectYearSql(hits: string): Sql {
  const h = raw(hits);
  return sql`WITH decisions AS (
      SELECT year, subject_type, subject_id, count(*) AS n_decisions,
        string_agg(decision_text, '; ' ORDER BY decided_on, decision_no) AS decisions,
        string_agg(decision_no, '|' ORDER BY decided_on, decision_no) AS decision_nos,
        first(decision_text ORDER BY decided_on, decision_no) AS first_decision,
        strftime(min(decided_on), '%d/%m/%Y') AS first_decided_on,
        first(period ORDER BY decided_on, decision_no) AS first_period
      FROM (SELECT DISTINCT year, subject_type, subject_id, decided_on, decision_no, decision_text, period FROM ${h})
      GROUP BY year, subject_type, subject_id
    ), tracks AS (
      SELECT year, subject_type, subject_id, count(*) AS n_rows, max(rank) AS rank, arg_max(level, rank) AS level, any_value(track) AS track,
        first(unit_id ORDER BY ${trackSql()} <> 'party_member', track) AS unit_id,
        string_agg(${trackLabelSql('t')} || ': ' || level, '; ' ORDER BY ${trackSql()} <> 'party_member', track) AS rows,
        string_agg(level || ' (' || ${trackLabelSql('t')} || ')', ', ' ORDER BY ${trackSql()} <> 'party_member', track) AS levels
      FROM (SELECT DISTINCT year, subject_type, subject_id, track, unit_id, level, rank FROM ${h}) t
      GROUP BY year, subject_type, subject_id
    )
    SELECT t.year, t.subject_type, t.subject_id, t.unit_id, n.name, t.level, t.rank, t.n_rows, t.rows, t.levels, t.track,
      d.n_decisions, d.decisions, d.decision_nos, d.first_decision, d.first_decided_on, d.first_period
    FROM tracks t
    JOIN decisions d ON d.year = t.year AND d.subject_type = t.subject_type AND d.subject_id = t.subject_id
    LEFT JOIN ${SUBJECT_NAMES} n ON n.subject_type = t.subject_type AND n.subject_id = t.subject_id
    ORDER BY t.year, t.subject_type, t.subject_id`;
}

/**
 * The levels a DecisionsRow's rows carry, as a message says them: "HTTNV" for a party member's or a
 * unit's own row alone, else each with its capacity ("HTTNV (đảng viên), HTXSNV (cán bộ lãnh đạo,
 * quản lý)").
 */
export function levelsSaid(r: Pick<DecisionsRow, 'n_rows' | 'track' | 'level' | 'levels'>): string {
  return ownRowOnly(r) ? r.level : r.levels;
}

/** The same for evidence: "HTTNV", or "đảng viên: HTTNV; cán bộ lãnh đạo, quản lý: HTXSNV". */
export function rowsSaid(r: Pick<DecisionsRow, 'n_rows' | 'track' | 'level' | 'rows'>): string {
  return ownRowOnly(r) ? r.level : r.rows;
}

/** The only row is the subject's own rating as before tracks were compared: a party member's or a unit's. */
function ownRowOnly(r: Pick<DecisionsRow, 'n_rows' | 'track'>): boolean {
  return r.n_rows === 1 && (r.track === null || r.track === 'party_member');
}

/** `decision:` items of numbers joined by '|' (as decision_nos): the case the flags of one decision share. */
export function decisionItems(decisionNos: string | null | undefined): string[] {
  return decisionNos ? decisionNos.split('|').map((no) => `decision:${no}`) : [];
}
