/**
 * The audit list with each flag's decision beside it, for the CSV and XLSX exports:
 * flagsToCsv(joinDecisions(flags, decisions), DECISION_COLUMNS).
 */
import type { Decision, DecisionStatus } from '../review/types';
import type { Flag } from '../rules/types';

export const DECISION_COLUMNS = ['status', 'note', 'decided_by', 'decided_at'] as const;

export type FlagWithDecision = Flag & {
  status: DecisionStatus;
  note: string;
  decided_by: string;
  decided_at: string;
};

/** One row per flag, in the flags' order; a flag without a decision is open, with empty fields. */
export function joinDecisions(flags: readonly Flag[], decisions: Iterable<Decision>): FlagWithDecision[] {
  const byId = new Map<string, Decision>();
  for (const d of decisions) byId.set(d.flag_id, d);
  return flags.map((f) => {
    const d = byId.get(f.flag_id);
    return { ...f, status: d?.status ?? 'open', note: d?.note ?? '', decided_by: d?.decided_by ?? '', decided_at: d?.decided_at ?? '' };
  });
}
