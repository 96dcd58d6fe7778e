/** Looking decisions up from the audit list: the status of a flag, flags by status, counts. */
import type { RuleId, Severity } from '../domain/rule-ids';
import { DECISION_STATUSES, type Decision, type DecisionStatus } from './types';

/** The audit list's filters, as its form and its address hold them and the report states them; '' and null mean "any". */
export interface ListQuery {
  rule: RuleId | '';
  severity: Severity | '';
  yearFrom: number | null;
  yearTo: number | null;
  /** The root of the chosen unit subtree. */
  unit: string;
  /** Free text on names and ids. */
  q: string;
  status: DecisionStatus | '';
}


/** Indexes decision records by flag_id. */
export function byFlagId(decisions: Iterable<Decision>): Map<string, Decision> {
  const m = new Map<string, Decision>();
  for (const d of decisions) m.set(d.flag_id, d);
  return m;
}

/** A flag nobody has decided on is open. */
export function statusOf(decisions: ReadonlyMap<string, Decision>, flagId: string): DecisionStatus {
  return decisions.get(flagId)?.status ?? 'open';
}

/** The flags whose current status is one of `statuses`, in the order given. */
export function flagsByStatus<F extends { flag_id: string }>(
  flags: readonly F[],
  decisions: ReadonlyMap<string, Decision>,
  statuses: DecisionStatus | readonly DecisionStatus[]
): F[] {
  const wanted = new Set<DecisionStatus>(typeof statuses === 'string' ? [statuses] : statuses);
  return flags.filter((f) => wanted.has(statusOf(decisions, f.flag_id)));
}

/** How many flags of the list stand in each status. */
export function countByStatus(flags: readonly { flag_id: string }[], decisions: ReadonlyMap<string, Decision>): Record<DecisionStatus, number> {
  const counts = Object.fromEntries(DECISION_STATUSES.map((s) => [s, 0])) as Record<DecisionStatus, number>;
  for (const f of flags) counts[statusOf(decisions, f.flag_id)]++;
  return counts;
}

/**
 * Decisions whose flag is not in the current audit list (the data changed, a rule's threshold
 * moved…): kept, and listed so that nobody's work disappears silently. Ordered by rule, year, subject.
 */
export function findOrphans(decisions: Iterable<Decision>, flags: readonly { flag_id: string }[]): Decision[] {
  const present = new Set(flags.map((f) => f.flag_id));
  const orphans = [...decisions].filter((d) => !present.has(d.flag_id));
  return orphans.sort(
    (a, b) =>
      a.flag.rule.localeCompare(b.flag.rule) ||
      a.flag.year - b.flag.year ||
      a.flag.subject_type.localeCompare(b.flag.subject_type) ||
      (a.flag.subject_id < b.flag.subject_id ? -1 : a.flag.subject_id > b.flag.subject_id ? 1 : 0)
  );
}

/** Decisions with a conflict waiting for the user (see resolveConflict). */
export function pendingConflicts(decisions: Iterable<Decision>): Decision[] {
  return [...decisions].filter((d) => d.conflicts.length > 0).sort((a, b) => (a.flag_id < b.flag_id ? -1 : 1));
}
