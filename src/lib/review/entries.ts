/**
 * History entries that are not a reviewer's decision: a unit's explanation brought back from a
 * list sent down (the decision stays as it was), and the return of a flag to open work when the
 * facts it was decided on changed (the decision stays in the history). Pure, append-only.
 */
import { flagId } from '../rules/flag-id';
import type { Flag } from '../rules/types';
import { cleanText, compareEntries, decidingEntry, entryState, OPEN_STATE, stateOf } from './decision';
import { SYSTEM_REVIEWER, type Decision, type FlagRef, type HistoryEntry } from './types';

/**
 * The evidence fingerprint of a flag: what its decision was made on. The same flag (same flag_id)
 * on corrected data has another fingerprint when its figures changed (severity, score, evidence).
 */
export function factsOf(flag: Pick<Flag, 'rule' | 'year' | 'severity' | 'score' | 'evidence'>): string {
  return flagId('facts', flag.year, flag.rule, [flag.severity, flag.score ?? '', flag.evidence.normalize('NFC')].join('\u001f'));
}

function refOf(flag: FlagRef): FlagRef {
  const { flag_id, rule, year, subject_type, subject_id, unit_id } = flag;
  return { flag_id, rule, year, subject_type, subject_id, unit_id: unit_id ?? null };
}

function appended(prev: Decision | undefined, flag: FlagRef, entry: HistoryEntry, state = prev ? stateOf(prev) : OPEN_STATE): Decision {
  return {
    flag_id: flag.flag_id,
    flag: prev?.flag ?? refOf(flag),
    ...state,
    history: [...(prev?.history ?? []), entry].sort(compareEntries),
    conflicts: prev?.conflicts ?? []
  };
}

export interface Explanation {
  text: string;
  attachments: string;
  /** The unit that explained (the one the list was sent to). */
  source: string;
  /** Who recorded it. */
  by: string;
  at: string;
}

/** Records a unit's explanation in the flag's history; the decision is left exactly as it was. */
export function explain(prev: Decision | undefined, flag: FlagRef, x: Explanation): Decision {
  const status = prev?.status ?? 'open';
  const entry: HistoryEntry = {
    at: x.at,
    by: cleanText(x.by),
    from: status,
    to: status,
    note: cleanText(x.text),
    kind: 'explanation',
    ...(cleanText(x.attachments) ? { attachments: cleanText(x.attachments) } : {}),
    ...(x.source ? { source: x.source } : {})
  };
  return appended(prev, flag, entry);
}

/** Whether the history already holds this explanation (same text, attachments and unit). */
export function hasExplanation(d: Decision | undefined, x: Pick<Explanation, 'text' | 'attachments' | 'source'>): boolean {
  const text = cleanText(x.text);
  const attachments = cleanText(x.attachments);
  return !!d?.history.some((e) => e.kind === 'explanation' && e.note === text && (e.attachments ?? '') === attachments && (e.source ?? '') === (x.source ?? ''));
}

/** The facts the current decision was made on changed: the flag went back to open work. */
export function factsChanged(d: Decision | undefined): boolean {
  if (!d) return false;
  return decidingEntry(d)?.kind === 'facts_changed';
}

/**
 * When the flag's facts differ from those its current decision recorded, returns the record with
 * an entry by Soi that takes it back to open (the decision stays in the history); otherwise `prev`.
 * Decisions without a recorded fingerprint (older ones) and open flags are left alone.
 */
export function reopenIfFactsChanged(prev: Decision, flag: FlagRef, facts: string, at: string): Decision {
  if (prev.status === 'open') return prev;
  const made = decidingEntry(prev);
  if (!made?.facts || made.facts === facts) return prev;
  const entry: HistoryEntry = { at, by: SYSTEM_REVIEWER, from: prev.status, to: 'open', note: '', kind: 'facts_changed', facts };
  return appended(prev, flag, entry, entryState(entry));
}
