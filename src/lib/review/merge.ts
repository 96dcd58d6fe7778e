/**
 * Merging two inspectors' work on the same flags. Histories are united entry by entry (copies of
 * one entry count once), so nothing anybody recorded is lost. The current decision:
 * - one side's history contains the other's: that side is simply ahead, and its record wins whole;
 * - both sides moved on: each reviewer's latest decision stands for that reviewer; if they agree
 *   (same status and note) that is the decision, otherwise it is a conflict: ours stays current,
 *   theirs is kept in `conflicts` until the user picks one with resolveConflict.
 * Merging the same file again changes nothing: its history is by then contained in ours.
 */
import { checkChange, compareEntries, entryKey, entryState, sameSubstance, stateKey, stateOf } from './decision';
import type { Decision, DecisionState, HistoryEntry } from './types';

export type MergeOutcome = 'added' | 'kept' | 'fast_forward' | 'merged' | 'conflict';

export interface MergeResult {
  decision: Decision;
  outcome: MergeOutcome;
}

function keysOf(history: readonly HistoryEntry[]): Set<string> {
  return new Set(history.map(entryKey));
}

function contains(big: Set<string>, small: Set<string>): boolean {
  for (const k of small) if (!big.has(k)) return false;
  return true;
}

function unionHistory(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const e of [...a, ...b]) {
    const k = entryKey(e);
    const seen = byKey.get(k);
    // The same entry may carry `resolves` in one copy only if a file was edited by hand: keep the fuller.
    if (!seen || (e.resolves?.length ?? 0) > (seen.resolves?.length ?? 0)) byKey.set(k, e);
  }
  return [...byKey.values()].sort(compareEntries);
}

function byStateKey(a: DecisionState, b: DecisionState): number {
  const ka = stateKey(a);
  const kb = stateKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function later(a: DecisionState, b: DecisionState): DecisionState {
  if (a.decided_at !== b.decided_at) return a.decided_at > b.decided_at ? a : b;
  return stateKey(a) >= stateKey(b) ? a : b;
}

/**
 * A record that is ahead of ours but still in conflict is shown from our side: if our current
 * decision is one of its options, it stays current and the others are the conflict.
 */
function fromOurSide(d: Decision, ours: DecisionState): Decision {
  if (!d.conflicts.length) return d;
  const oursKey = stateKey(ours);
  const options = conflictOptions(d);
  const mine = options.find((o) => stateKey(o) === oursKey);
  if (!mine || stateKey(stateOf(d)) === oursKey) return d;
  return { ...d, ...mine, conflicts: options.filter((o) => stateKey(o) !== oursKey).sort(byStateKey) };
}

export function mergeDecision(local: Decision | undefined, incoming: Decision): MergeResult {
  if (!local) return { decision: incoming, outcome: 'added' };
  if (local.flag_id !== incoming.flag_id) throw new Error(`flag_id khác nhau (flag ids differ): ${local.flag_id} ≠ ${incoming.flag_id}`);
  const ours = keysOf(local.history);
  const theirs = keysOf(incoming.history);
  if (contains(ours, theirs)) return { decision: local, outcome: 'kept' };
  if (contains(theirs, ours)) return { decision: fromOurSide(incoming, stateOf(local)), outcome: 'fast_forward' };

  const history = unionHistory(local.history, incoming.history);
  const settled = new Set(history.flatMap((e) => e.resolves ?? []));
  const candidates = new Map<string, DecisionState>();
  for (const s of [stateOf(local), stateOf(incoming), ...local.conflicts, ...incoming.conflicts]) {
    const k = stateKey(s);
    if (!settled.has(k)) candidates.set(k, stateOf(s));
  }
  if (candidates.size === 0) {
    // Every side's decision was set aside by some resolution: the newest one stands.
    const newest = later(stateOf(local), stateOf(incoming));
    candidates.set(stateKey(newest), newest);
  }
  // A reviewer's later decision replaces his or her own earlier one.
  const latestByReviewer = new Map<string, DecisionState>();
  for (const s of candidates.values()) {
    const prev = latestByReviewer.get(s.decided_by);
    latestByReviewer.set(s.decided_by, prev ? later(prev, s) : s);
  }
  const standing = [...latestByReviewer.values()];
  const localKey = stateKey(stateOf(local));
  const current = standing.find((s) => stateKey(s) === localKey) ?? standing.reduce(later);
  const conflicts = standing.filter((s) => !sameSubstance(s, current)).sort(byStateKey);
  const flag = stateKey(current) === stateKey(stateOf(incoming)) ? incoming.flag : local.flag;
  return {
    decision: { flag_id: local.flag_id, flag, ...current, history, conflicts },
    outcome: conflicts.length ? 'conflict' : 'merged'
  };
}

export interface MergeReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Records of this import now waiting for the user to settle a conflict. */
  conflicts: Decision[];
}

/** Merges many incoming records into ours; returns the records to save and what happened. */
export function mergeAll(local: ReadonlyMap<string, Decision>, incoming: readonly Decision[]): { changed: Decision[]; report: MergeReport } {
  const changed: Decision[] = [];
  const report: MergeReport = { added: 0, updated: 0, unchanged: 0, conflicts: [] };
  for (const inc of incoming) {
    const { decision, outcome } = mergeDecision(local.get(inc.flag_id), inc);
    if (outcome === 'kept') {
      report.unchanged++;
      continue;
    }
    changed.push(decision);
    if (outcome === 'added') report.added++;
    else report.updated++;
    if (decision.conflicts.length) report.conflicts.push(decision);
  }
  return { changed, report };
}

/** The choices of a conflicted decision: ours (current) first, then the others'. */
export function conflictOptions(d: Decision): DecisionState[] {
  return [stateOf(d), ...d.conflicts];
}

/**
 * Settles a conflict by picking one of conflictOptions(d). The pick becomes the current decision
 * under the resolver's name, recorded as a history entry that names the decisions set aside, so
 * that merging an older file again does not bring the conflict back.
 */
export function resolveConflict(d: Decision, choice: DecisionState, by: string, at: string): Decision {
  if (!d.conflicts.length) throw new Error(`không có xung đột (no conflict to resolve): ${d.flag_id}`);
  const options = conflictOptions(d);
  const pickedKey = stateKey(choice);
  if (!options.some((o) => stateKey(o) === pickedKey)) throw new Error(`lựa chọn không thuộc xung đột (choice is not one of the conflict's options): ${d.flag_id}`);
  const c = checkChange({ status: choice.status, note: choice.note, by, at });
  const entry: HistoryEntry = {
    at: c.at,
    by: c.by,
    from: d.status,
    to: choice.status,
    note: choice.note,
    resolves: options.map(stateKey).filter((k) => k !== pickedKey)
  };
  return { flag_id: d.flag_id, flag: d.flag, ...entryState(entry), history: [...d.history, entry].sort(compareEntries), conflicts: [] };
}
