/**
 * Taking a decision on one flag: pure functions over Decision records. Every real change appends
 * one history entry; nothing already in the history is edited or dropped.
 */
import type { Change, Decision, DecisionState, FlagRef, HistoryEntry } from './types';
import { isDecisionStatus } from './types';

/** The state of a flag nobody has decided on yet. */
export const OPEN_STATE: DecisionState = { status: 'open', note: '', decided_by: '', decided_at: '' };

/** Identity of a history entry: two copies of one entry (from two files) have the same key. */
export function entryKey(e: HistoryEntry): string {
  return JSON.stringify([e.at, e.by, e.from, e.to, e.note]);
}

/** Identity of a decision state (who decided what, when). */
export function stateKey(s: DecisionState): string {
  return JSON.stringify([s.status, s.note, s.decided_by, s.decided_at]);
}

export function stateOf(d: DecisionState): DecisionState {
  return { status: d.status, note: d.note, decided_by: d.decided_by, decided_at: d.decided_at };
}

export function entryState(e: HistoryEntry): DecisionState {
  return { status: e.to, note: e.note, decided_by: e.by, decided_at: e.at };
}

/** Same decision in substance: same status and same reason, whoever took it. */
export function sameSubstance(a: DecisionState, b: DecisionState): boolean {
  return a.status === b.status && a.note === b.note;
}

/**
 * History order: by time, ties broken by content, so that every copy of a history (this machine's,
 * a colleague's, a file's) lists the same entries in the same order even when clocks disagree.
 */
export function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  const ka = entryKey(a);
  const kb = entryKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Text as stored: NFC (so that the same words compare equal), no surrounding blanks. */
export function cleanText(s: string): string {
  return s.normalize('NFC').trim();
}

/** An ISO 8601 time, as new Date().toISOString() writes it (UTC, milliseconds). */
export function isIsoTime(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(s)) return false;
  return !Number.isNaN(Date.parse(s));
}

export function checkChange(change: Change): Change {
  if (!isDecisionStatus(change.status)) throw new Error(`trạng thái không hợp lệ (invalid status): ${String(change.status)}`);
  const by = cleanText(change.by ?? '');
  if (!by) throw new Error('cần tên người xem xét (reviewer name required)');
  if (!isIsoTime(change.at)) throw new Error(`thời điểm không hợp lệ (invalid ISO time): ${String(change.at)}`);
  return { status: change.status, note: cleanText(change.note ?? ''), by, at: change.at };
}

function refOf(flag: FlagRef): FlagRef {
  const { flag_id, rule, year, subject_type, subject_id, unit_id } = flag;
  return { flag_id, rule, year, subject_type, subject_id, unit_id: unit_id ?? null };
}

/**
 * Applies a reviewer's change to one flag's decision (undefined: not decided yet). Returns the new
 * record with one entry appended, or `prev` itself (possibly undefined) when the change alters
 * nothing (same status and note), so that re-applying a change is harmless. Pending conflicts stay
 * until resolved, except a rival decision the change agrees with.
 */
export function decide(prev: Decision, flag: FlagRef, change: Change): Decision;
export function decide(prev: Decision | undefined, flag: FlagRef, change: Change): Decision | undefined;
export function decide(prev: Decision | undefined, flag: FlagRef, change: Change): Decision | undefined {
  if (prev && prev.flag_id !== flag.flag_id) throw new Error(`flag_id khác nhau (flag ids differ): ${prev.flag_id} ≠ ${flag.flag_id}`);
  const c = checkChange(change);
  const current = prev ? stateOf(prev) : OPEN_STATE;
  if (current.status === c.status && current.note === c.note) return prev;
  const entry: HistoryEntry = { at: c.at, by: c.by, from: current.status, to: c.status, note: c.note };
  return {
    flag_id: flag.flag_id,
    flag: refOf(flag),
    ...entryState(entry),
    history: [...(prev?.history ?? []), entry].sort(compareEntries),
    // A rival decision this change now agrees with is no longer a conflict.
    conflicts: (prev?.conflicts ?? []).filter((r) => !sameSubstance(r, entryState(entry)))
  };
}
