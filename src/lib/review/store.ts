/**
 * Where decisions live between sessions. The browser uses IndexedDB (idb-store.ts); tests and
 * Node use the in-memory store. Both keep one record per flag_id, scoped to one workspace (a
 * dataset and its later versions), and hand out copies, never their own objects.
 */
import type { Decision } from './types';

export interface DecisionStore {
  /** Every decision of the workspace. */
  list(): Promise<Decision[]>;
  get(flagId: string): Promise<Decision | undefined>;
  /** Saves records (replacing those with the same flag_id) all together or not at all. */
  put(decisions: readonly Decision[]): Promise<void>;
  /** Forgets every decision of the workspace. */
  clear(): Promise<void>;
  close(): void;
}

export function createMemoryDecisionStore(initial: readonly Decision[] = []): DecisionStore {
  const records = new Map<string, Decision>(initial.map((d) => [d.flag_id, structuredClone(d)]));
  return {
    async list() {
      return [...records.values()].map((d) => structuredClone(d));
    },
    async get(flagId) {
      const d = records.get(flagId);
      return d && structuredClone(d);
    },
    async put(decisions) {
      const copies = decisions.map((d) => structuredClone(d));
      for (const d of copies) records.set(d.flag_id, d);
    },
    async clear() {
      records.clear();
    },
    close() {}
  };
}
