/**
 * Case review (issue 7): the decision an inspection committee takes on each flag, and its audit
 * trail. Plain data, so that it persists in IndexedDB and travels in a JSON file unchanged.
 */
import type { Label } from '../domain/label';
import type { Flag } from '../rules/types';

export const DECISION_STATUSES = ['open', 'confirmed', 'dismissed', 'needs_info'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** Worded as a screening tool may: it points at signs and proposes an inspection, it concludes nothing. */
export const STATUS_LABELS: Record<DecisionStatus, Label> = {
  open: { vi: 'Chưa xem xét', en: 'not yet reviewed' },
  confirmed: { vi: 'Có dấu hiệu vi phạm, đề nghị kiểm tra', en: 'signs of a violation, inspection proposed' },
  dismissed: { vi: 'Không có dấu hiệu vi phạm', en: 'no sign of a violation' },
  needs_info: { vi: 'Cần xác minh thêm', en: 'needs further verification' }
};

/** Why a flag shows no sign of a violation: the reasons an inspection committee records. */
export const DISMISS_REASONS = ['approved_exception', 'self_remedied', 'already_counted', 'not_rated', 'reorganised', 'data_error', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export const DISMISS_REASON_LABELS: Record<DismissReason, Label> = {
  approved_exception: { vi: 'Trường hợp ngoại lệ đã được cấp có thẩm quyền chấp thuận', en: 'approved exception' },
  self_remedied: { vi: 'Tự phát hiện và đã khắc phục xong hậu quả', en: 'self-detected and remedied' },
  already_counted: { vi: 'Cùng một vi phạm đã được tính ở dấu hiệu khác', en: 'the same violation already counted' },
  not_rated: { vi: 'Không xếp loại năm đó', en: 'not rated that year' },
  reorganised: { vi: 'Đơn vị đã sắp xếp, tổ chức lại', en: 'unit reorganised' },
  data_error: { vi: 'Sai sót số liệu', en: 'data error' },
  other: { vi: 'Lý do khác (ghi rõ trong ghi chú)', en: 'other (say which in the note)' }
};

export function isDismissReason(v: unknown): v is DismissReason {
  return typeof v === 'string' && (DISMISS_REASONS as readonly string[]).includes(v);
}

/**
 * Entries that record something other than a reviewer's decision: the facts of the flag changed
 * after the decision (written by Soi, the flag back to open), or a unit's explanation brought back
 * from a list sent down (the decision unchanged).
 */
export type EntryKind = 'facts_changed' | 'explanation';

/** The name under which Soi itself writes history entries (facts changed). */
export const SYSTEM_REVIEWER = 'Soi';

export function isDecisionStatus(v: unknown): v is DecisionStatus {
  return typeof v === 'string' && (DECISION_STATUSES as readonly string[]).includes(v);
}

/**
 * What a decision is about, kept with it so that a decision whose flag no longer appears (an
 * orphan) still says which rule, year and subject it concerned. flag_id is a hash of the rest.
 */
export type FlagRef = Pick<Flag, 'flag_id' | 'rule' | 'year' | 'subject_type' | 'subject_id' | 'unit_id'>;

/**
 * One decision as it stands: a status, a note, who took it and when (ISO 8601, UTC); empty
 * decided_by and decided_at on a flag nobody decided (whose history holds only explanations).
 */
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
  /** Why no sign of a violation (to = dismissed). */
  reason?: DismissReason;
  /** The evidence fingerprint (factsOf) of the flag when the entry was written. */
  facts?: string;
  /** Not a reviewer's decision: see EntryKind. */
  kind?: EntryKind;
  /** An explanation's attached documents, as the unit listed them. */
  attachments?: string;
  /** An explanation's unit (the unit the list was sent to). */
  source?: string;
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
  /** Required for a dismissal in the page; `other` needs a note. */
  reason?: DismissReason;
  /** The evidence fingerprint of the flag as the reviewer saw it. */
  facts?: string;
}
