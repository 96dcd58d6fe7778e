/**
 * How rules write their messages and evidence: Vietnamese number, percent and date formats, the
 * way a person or unit is named, and the clause a rule cites under each regulation regime.
 * Pure functions; the SQL returns facts, these turn them into sentences.
 */
import { citation, regulationFor, type Regulation } from '../domain/regulations';

/** 26.666… → "26,7" (Vietnamese decimal comma, at most `digits` decimals, no trailing zeros). */
export function decimalVi(x: number, digits = 1): string {
  const fixed = x.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed.replace('.', ',');
}

/** 0.26666… → "26,7%". */
export function percentVi(share: number, digits = 1): string {
  return `${decimalVi(share * 100, digits)}%`;
}

/** '2021-05-12' → '12/05/2021' (the form used in Vietnamese documents). */
export function dateVi(iso: string | null | undefined): string {
  if (!iso) return '(không rõ ngày)';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "đồng chí Nguyễn Văn A (P001)", or "đảng viên P001" when people.csv has no name for the id. */
export function personRef(name: string | null | undefined, id: string): string {
  return name ? `đồng chí ${name} (${id})` : `đảng viên ${id}`;
}

/** "Chi bộ Thôn 1 (C1)", or "đơn vị C1" when units.csv has no name for the id. */
export function unitRef(name: string | null | undefined, id: string): string {
  return name ? `${name} (${id})` : `đơn vị ${id}`;
}

export function subjectRef(subjectType: string, name: string | null | undefined, id: string): string {
  return subjectType === 'unit' ? unitRef(name, id) : personRef(name, id);
}

/**
 * The clause a rule cites, chosen by the regime in force for the rating year: an entry for the
 * regime's id when the rule knows the clause of that regime, else `default`.
 */
export type ClausesByRegime = Partial<Record<Regulation['id'], string>> & { default: string };

export function citeClause(year: number, clauses: ClausesByRegime): string {
  return citation(year, clauses[regulationFor(year).id] ?? clauses.default);
}

/** Upper-cases the first letter: a sentence that begins with a reference ("đồng chí …"). */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
