/**
 * Case review (issue 7): the decision an inspection committee takes on each flag, and its audit
 * trail. Plain data, so that it persists in IndexedDB and travels in a JSON file unchanged.
 */
import type { Flag } from '../rules/types';

export const DECISION_STATUSES = ['open', 'confirmed', 'dismissed', 'needs_info'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const STATUS_LABELS: Record<DecisionStatus, { vi: string; en: string }> = {
  open: { vi: 'Chưa xử lý', en: 'open' },
  confirmed: { vi: 'Xác nhận vi phạm', en: 'confirmed' },
  dismissed: { vi: 'Không vi phạm', en: 'dismissed' },
  needs_info: { vi: 'Cần làm rõ', en: 'needs information' }
};

export function isDecisionStatus(v: unknown): v is DecisionStatus {
  return typeof v === 'string' && (DECISION_STATUSES as readonly string[]).includes(v);
}

/**
 * What a decision is about, kept with it so that a decision whose flag no longer appears (an
 * orphan) still says which rule, year and subject it concerned. flag_id is a hash of the rest.
 */
export type FlagRef = Pick<Flag, 'flag_id' | 'rule' | 'year' | 'subject_type' | 'subject_id' | 'unit_id'>;

/** One decision as it stands: a status, a reason, who took it and when (ISO 8601, UTC). */
export interface DecisionState {
  status: DecisionStatus;
  note: string;
  decided_by: string;
  decided_at: string;
}

/** One line of the audit trail. Entries are appended, never edited or removed. */
export interface HistoryEntry {
  at: string;
  by: string;
  from: DecisionStatus;
  to: DecisionStatus;
  note: string;
  /** Set when this entry settled a conflict: the keys (stateKey) of the decisions set aside. */
  resolves?: string[];
}

export interface Decision extends DecisionState {
  flag_id: string;
  flag: FlagRef;
  /** Oldest first (by `at`). The current state is always the state of one of these entries. */
  history: HistoryEntry[];
  /**
   * Other reviewers' current decisions on this flag, met when merging a colleague's file, that
   * differ from this one: a conflict for the user to settle (resolveConflict). Empty when none.
   */
  conflicts: DecisionState[];
}

/** A change a reviewer makes to one or many flags. `at` is an ISO 8601 time. */
export interface Change {
  status: DecisionStatus;
  note: string;
  by: string;
  at: string;
}
