/**
 * Taking a decision on one flag: pure functions over Decision records. Every real change appends
 * one history entry; nothing already in the history is edited or dropped.
 */
import type { Change, Decision, DecisionState, FlagRef, HistoryEntry } from './types';
import { isDecisionStatus, isDismissReason } from './types';

/** The state of a flag nobody has decided on yet. */
export const OPEN_STATE: DecisionState = { status: 'open', note: '', decided_by: '', decided_at: '' };

/**
 * Identity of a history entry: two copies of one entry (from two files) have the same key. The
 * fields added later (reason, facts, kind, attachments, source) join the key only when present, so
 * that entries written before them keep their keys.
 */
export function entryKey(e: HistoryEntry): string {
  const base = [e.at, e.by, e.from, e.to, e.note];
  const extra = [e.reason ?? null, e.facts ?? null, e.kind ?? null, e.attachments ?? null, e.source ?? null];
  return JSON.stringify(extra.some((x) => x !== null) ? [...base, extra] : base);
}

/** The entry that made the current decision (the newest one whose result it is); none for a flag never decided. */
export function decidingEntry(d: Decision): HistoryEntry | undefined {
  const key = stateKey(stateOf(d));
  for (let i = d.history.length - 1; i >= 0; i--) {
    const e = d.history[i];
    if (e.kind !== 'explanation' && stateKey(entryState(e)) === key) return e;
  }
  return undefined;
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

/**
 * An ISO 8601 time, as new Date().toISOString() writes it (UTC, milliseconds), on a real calendar
 * day: Date.parse takes 2024-02-31 for 2 March, so the time must read back as written.
 */
export function isIsoTime(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(s)) return false;
  const ms = Date.parse(s);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === s.slice(0, 19);
}

export function checkChange(change: Change): Change {
  if (!isDecisionStatus(change.status)) throw new Error(`trạng thái không hợp lệ (invalid status): ${String(change.status)}`);
  const by = cleanText(change.by ?? '');
  if (!by) throw new Error('cần tên người xem xét (reviewer name required)');
  if (!isIsoTime(change.at)) throw new Error(`thời điểm không hợp lệ (invalid ISO time): ${String(change.at)}`);
  const note = cleanText(change.note ?? '');
  const checked: Change = { status: change.status, note, by, at: change.at };
  if (change.reason !== undefined && change.status === 'dismissed') {
    if (!isDismissReason(change.reason)) throw new Error(`lý do không hợp lệ (invalid dismissal reason): ${String(change.reason)}`);
    if (change.reason === 'other' && !note) throw new Error('lý do khác: cần ghi rõ trong ghi chú (reason "other" needs a note)');
    checked.reason = change.reason;
  }
  if (change.facts) checked.facts = change.facts;
  return checked;
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
  const currentReason = prev ? decidingEntry(prev)?.reason : undefined;
  if (current.status === c.status && current.note === c.note && currentReason === c.reason) return prev;
  const entry: HistoryEntry = {
    at: c.at,
    by: c.by,
    from: current.status,
    to: c.status,
    note: c.note,
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.facts ? { facts: c.facts } : {})
  };
  return {
    flag_id: flag.flag_id,
    flag: refOf(flag),
    ...entryState(entry),
    history: [...(prev?.history ?? []), entry].sort(compareEntries),
    // A rival decision this change now agrees with is no longer a conflict.
    conflicts: (prev?.conflicts ?? []).filter((r) => !sameSubstance(r, entryState(entry)))
  };
}
