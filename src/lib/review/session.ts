/**
 * One reviewer's working session over a decision store: what the review pages call. It keeps the
 * decisions in memory, writes every change through to the store, refuses any write that would
 * drop a history entry, and runs changes one at a time (a click during an import waits).
 * It is a Svelte store: `$session` is the current Map flag_id → Decision.
 */
import { decideMany } from './bulk';
import { decide, entryKey } from './decision';
import { decisionsToJson, parseDecisionsJson } from './exchange';
import { byFlagId, findOrphans, pendingConflicts } from './filter';
import { mergeAll, resolveConflict, type MergeReport } from './merge';
import type { DecisionStore } from './store';
import type { Decision, DecisionState, DecisionStatus, FlagRef } from './types';

export interface ReviewSessionOptions {
  /** The clock (ISO 8601). */
  now?: () => string;
}

export interface DecisionInput {
  status: DecisionStatus;
  note: string;
  /** The reviewer's name. */
  by: string;
}

export interface ReviewSession {
  subscribe(run: (decisions: ReadonlyMap<string, Decision>) => void): () => void;
  readonly decisions: ReadonlyMap<string, Decision>;
  decide(flag: FlagRef, input: DecisionInput): Promise<Decision | undefined>;
  /** One status and note on many flags; returns the records that changed. */
  decideMany(flags: readonly FlagRef[], input: DecisionInput): Promise<Decision[]>;
  /** Settles a conflict with one of conflictOptions(decision). */
  resolve(flagId: string, choice: DecisionState, by: string): Promise<Decision>;
  /** Merges a decisions file (docs/decisions-format.md) into the store. */
  importJson(text: string): Promise<MergeReport>;
  exportJson(meta?: { exported_by?: string | null; workspace?: string | null }): string;
  /** Decisions whose flag is not in this audit list. */
  orphans(flags: readonly { flag_id: string }[]): Decision[];
  conflicts(): Decision[];
  /** Forgets every decision of the store's workspace. */
  clear(): Promise<void>;
}

export class AppendOnlyError extends Error {
  constructor(flagId: string) {
    super(`Lịch sử quyết định chỉ được ghi thêm (history is append-only): ${flagId}`);
    this.name = 'AppendOnlyError';
  }
}

/** Throws unless `next` keeps every history entry of `prev`. */
export function assertAppendOnly(prev: Decision | undefined, next: Decision): void {
  if (!prev) return;
  const kept = new Set(next.history.map(entryKey));
  if (prev.history.some((e) => !kept.has(entryKey(e)))) throw new AppendOnlyError(next.flag_id);
}

export async function openReviewSession(store: DecisionStore, options: ReviewSessionOptions = {}): Promise<ReviewSession> {
  const now = options.now ?? (() => new Date().toISOString());
  let decisions: ReadonlyMap<string, Decision> = byFlagId(await store.list());
  const listeners = new Set<(d: ReadonlyMap<string, Decision>) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  async function save(changed: readonly Decision[]): Promise<void> {
    if (!changed.length) return;
    for (const d of changed) assertAppendOnly(decisions.get(d.flag_id), d);
    await store.put(changed);
    const next = new Map(decisions);
    for (const d of changed) next.set(d.flag_id, d);
    decisions = next;
    for (const run of listeners) run(decisions);
  }

  return {
    subscribe(run) {
      run(decisions);
      listeners.add(run);
      return () => listeners.delete(run);
    },
    get decisions() {
      return decisions;
    },
    decide(flag, input) {
      return serial(async () => {
        const prev = decisions.get(flag.flag_id);
        const next = decide(prev, flag, { ...input, at: now() });
        if (next && next !== prev) await save([next]);
        return next;
      });
    },
    decideMany(flags, input) {
      return serial(async () => {
        const changed = decideMany(decisions, flags, { ...input, at: now() });
        await save(changed);
        return changed;
      });
    },
    resolve(flagId, choice, by) {
      return serial(async () => {
        const d = decisions.get(flagId);
        if (!d) throw new Error(`không có quyết định cho ${flagId} (no decision)`);
        const next = resolveConflict(d, choice, by, now());
        await save([next]);
        return next;
      });
    },
    importJson(text) {
      return serial(async () => {
        const { decisions: incoming } = parseDecisionsJson(text);
        const { changed, report } = mergeAll(decisions, incoming);
        await save(changed);
        return report;
      });
    },
    exportJson(meta = {}) {
      return decisionsToJson(decisions.values(), { exported_at: now(), ...meta });
    },
    orphans(flags) {
      return findOrphans(decisions.values(), flags);
    },
    conflicts() {
      return pendingConflicts(decisions.values());
    },
    clear() {
      return serial(async () => {
        await store.clear();
        decisions = new Map();
        for (const run of listeners) run(decisions);
      });
    }
  };
}
