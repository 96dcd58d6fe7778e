/**
 * Where decisions live between sessions. The browser uses IndexedDB (idb-store.ts); tests and
 * Node use the in-memory store. Both keep one record per flag_id, scoped to one workspace (a
 * dataset and its later versions), and hand out copies, never their own objects.
 *
 * Every write is a read-modify-write against the stored records (`update`): several tabs share
 * one store, and a tab's memory may be behind what another tab saved a moment ago.
 */
import { assertAppendOnly } from './append-only';
import type { Decision } from './types';

/**
 * Computes the records to save from the records stored now (absent: never decided). Synchronous:
 * IndexedDB commits a transaction as soon as it waits on anything else.
 */
export type DecisionUpdate = (stored: ReadonlyMap<string, Decision>) => readonly Decision[];

export interface DecisionStore {
  /** Every decision of the workspace. */
  list(): Promise<Decision[]>;
  get(flagId: string): Promise<Decision | undefined>;
  /**
   * Reads the stored records of `flagIds`, saves what `compute` returns (each record must keep
   * every history entry of the stored one, else AppendOnlyError), all in one transaction: all or
   * nothing, and no other write in between. Returns the records of `flagIds` as stored afterwards.
   */
  update(flagIds: readonly string[], compute: DecisionUpdate): Promise<Map<string, Decision>>;
  /** Saves records whole (still append-only against what is stored). */
  put(decisions: readonly Decision[]): Promise<void>;
  /** Forgets every decision of the workspace. */
  clear(): Promise<void>;
  close(): void;
}

/** What `update` does with the stored records, shared by both stores: compute, check, merge. */
export function applyUpdate(stored: ReadonlyMap<string, Decision>, compute: DecisionUpdate): { changed: Decision[]; after: Map<string, Decision> } {
  const changed = compute(stored).map((d) => structuredClone(d));
  for (const d of changed) assertAppendOnly(stored.get(d.flag_id), d);
  const after = new Map(stored);
  for (const d of changed) after.set(d.flag_id, d);
  return { changed, after };
}

export function createMemoryDecisionStore(initial: readonly Decision[] = []): DecisionStore {
  const records = new Map<string, Decision>(initial.map((d) => [d.flag_id, structuredClone(d)]));
  const store: DecisionStore = {
    async list() {
      return [...records.values()].map((d) => structuredClone(d));
    },
    async get(flagId) {
      const d = records.get(flagId);
      return d && structuredClone(d);
    },
    async update(flagIds, compute) {
      const stored = new Map<string, Decision>();
      for (const id of flagIds) {
        const d = records.get(id);
        if (d) stored.set(id, structuredClone(d));
      }
      const { changed, after } = applyUpdate(stored, compute);
      for (const d of changed) records.set(d.flag_id, structuredClone(d));
      return after;
    },
    async put(decisions) {
      await store.update(
        decisions.map((d) => d.flag_id),
        () => decisions
      );
    },
    async clear() {
      records.clear();
    },
    close() {}
  };
  return store;
}
