/**
 * The subject-year rules (a person's or unit's own rating in a year): the columns their queries
 * return first, the flag fields those columns fill, and the subject as a message names it.
 */
import type { RuleId, Severity } from '../domain/rule-ids';
import { citeClause, subjectRef, type ClausesByRegime } from './format';
import { related } from './related';
import type { SubjectYearRow } from '../sql/per-subject-year';
import type { FlagDraft } from './types';

/** The flag's year and subject, in flags.csv order: spread after `rule` and `severity`. */
export function flagSubject(r: SubjectYearRow): Pick<FlagDraft, 'year' | 'subject_type' | 'subject_id' | 'unit_id'> {
  return { year: r.year, subject_type: r.subject_type, subject_id: r.subject_id, unit_id: r.unit_id };
}

/** "đồng chí Trần Văn Bình (P1)", "Chi bộ Thôn 1 (C1)". */
export function subjectNamed(r: SubjectYearRow): string {
  return subjectRef(r.subject_type, r.name, r.subject_id);
}

/** The records of a subject-year flag: the subject, and the unit it was rated in (a unit's own id). */
export function subjectRelated(r: Pick<SubjectYearRow, 'subject_type' | 'subject_id' | 'unit_id'>): FlagDraft['related'] {
  return r.subject_type === 'unit' ? [related.unit(r.subject_id)] : [related.person(r.subject_id), related.unit(r.unit_id)];
}

/**
 * The flag of a subject-year row whose `rows` are its facts (subjectYearFlagsSql): the year's clause,
 * the facts as evidence ("Năm 2023: …", `evidenceMore` appended), the subject's records.
 */
export function subjectYearFlag(
  rule: RuleId,
  severity: Severity,
  r: SubjectYearRow & { rows: string },
  clauses: ClausesByRegime,
  text: { score: number; message: string; evidenceMore?: string }
): FlagDraft {
  return {
    rule,
    severity,
    ...flagSubject(r),
    score: text.score,
    regulation: citeClause(r.year, clauses),
    message: text.message,
    evidence: `Năm ${r.year}: ${r.rows}${text.evidenceMore ?? ''}`,
    related: subjectRelated(r)
  };
}
