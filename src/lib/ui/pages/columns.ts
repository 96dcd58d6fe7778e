/** Columns that more than one record page shows in a DataTable. */
import type { Lang } from '$lib/domain/label';
import type { Row } from '$lib/engine/types';
import type { PageWords } from '$lib/i18n/messages/pages';
import { formLabel, violationYears } from '../labels';

/** A DataTable column: the row's value under `key` (or `show`'s text), right-aligned when `num`, a link when `href` gives one. */
export interface Column {
  key: string;
  label: string;
  num?: boolean;
  /** The cell's text (default: the value as is). */
  show?: (row: Row) => string;
  href?: (row: Row) => string | null;
}

/** A disciplines table: the decision, its form (named), the violation's years; `subject` after the date where the page lists several people. */
export function disciplineColumns(w: PageWords, lang: Lang, subject?: Column): Column[] {
  return [
    { key: 'decided_on', label: w.col.decidedOn },
    ...(subject ? [subject] : []),
    { key: 'form', label: w.col.form, show: (r: Row) => formLabel(r.form, lang) },
    { key: 'violation_from', label: w.col.violation, show: (r: Row) => violationYears(r.violation_from, r.violation_to) },
    { key: 'decision_no', label: w.col.decisionNo },
    { key: 'reason', label: w.col.reason }
  ];
}
