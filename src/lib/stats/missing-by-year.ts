/**
 * How many expected ratings are missing each year, from the flags of check 17 (missing_rating), so
 * that a year without flags is never taken for a year without data. Pure; an honest state when the
 * check did not run (absent tables, failed, or not part of this build's checks).
 */
import type { Flag, RuleOutcome } from '../rules/types';

export const MISSING_RULE = 'missing_rating';

export type MissingOfYear = { year: number; persons: number; units: number };

export type MissingByYear =
  | { status: 'ran'; years: MissingOfYear[] }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: string }
  | { status: 'absent' };

/** One row per year in `years` (the rating years of the data), with the missing persons and units of check 17. */
export function missingByYear(flags: readonly Pick<Flag, 'rule' | 'year' | 'subject_type'>[], outcomes: readonly RuleOutcome[], years: readonly number[]): MissingByYear {
  const outcome = outcomes.find((o) => (o.rule as string) === MISSING_RULE);
  if (!outcome) return { status: 'absent' };
  if (outcome.status === 'skipped') return { status: 'skipped', reason: outcome.reason };
  if (outcome.status === 'failed') return { status: 'failed', error: outcome.error };
  const byYear = new Map(years.map((year) => [year, { year, persons: 0, units: 0 }]));
  for (const f of flags) {
    if ((f.rule as string) !== MISSING_RULE) continue;
    let row = byYear.get(f.year);
    if (!row) byYear.set(f.year, (row = { year: f.year, persons: 0, units: 0 }));
    if (f.subject_type === 'unit') row.units++;
    else row.persons++;
  }
  return { status: 'ran', years: [...byYear.values()].sort((a, b) => a.year - b.year) };
}
