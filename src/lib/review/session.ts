/**
 * One reviewer's working session over a decision store: what the review pages call. It keeps the
 * decisions in memory for the pages, but every change is computed inside the store's transaction
 * against the record as stored (another tab may have written since this one last read), and
 * runs one at a time (a click during an import waits). Sessions of one workspace in other tabs
 * hear of each change on a BroadcastChannel and re-read the records it names.
 * It is a Svelte store: `$session` is the current Map flag_id → Decision.
 */
import { decideMany } from './bulk';
import { decide } from './decision';
import { decisionsToJson, parseDecisionsJson } from './exchange';
import { byFlagId, findOrphans, pendingConflicts } from './filter';
import { mergeAll, resolveConflict, type MergeReport } from './merge';
import type { DecisionStore, DecisionUpdate } from './store';
import { explain, factsOf, hasExplanation, reopenIfFactsChanged, type Explanation } from './entries';
import type { Flag } from '../rules/types';
import type { Decision, DecisionState, DecisionStatus, DismissReason, FlagRef } from './types';
import { matchWorkspace, WorkspaceMismatchError, type Workspace } from './workspace';

export { AppendOnlyError, assertAppendOnly } from './append-only';

export interface ReviewSessionOptions {
  /** The clock (ISO 8601). */
  now?: () => string;
  /**
   * The BroadcastChannel name shared by the sessions of this workspace in other tabs (e.g.
   * `soi-review:<workspace>`); none: this session neither tells nor hears.
   */
  channel?: string;
  /** The workspace (dataset) of the store: written into exports, checked on imports. */
  workspace?: Workspace;
}

export interface ImportOptions {
  /** Merge a file of another workspace anyway (the user was asked). */
  acceptOtherWorkspace?: boolean;
}

export interface DecisionInput {
  status: DecisionStatus;
  note: string;
  /** The reviewer's name. */
  by: string;
  /** Why no sign of a violation (status dismissed). */
  reason?: DismissReason;
}

/** A flag as the audit list has it: its evidence fingerprint is recorded with each decision on it. */
function factsFor(flag: FlagRef): string | undefined {
  const f = flag as Partial<Flag>;
  return typeof f.evidence === 'string' && typeof f.severity === 'string' ? factsOf(f as Flag) : undefined;
}

/** What a session tells the other tabs of its workspace. */
export type ReviewMessage = { kind: 'changed'; ids: string[] } | { kind: 'cleared' };

export interface ReviewSession {
  subscribe(run: (decisions: ReadonlyMap<string, Decision>) => void): () => void;
  readonly decisions: ReadonlyMap<string, Decision>;
  decide(flag: FlagRef, input: DecisionInput): Promise<Decision | undefined>;
  /** One status and note on many flags; returns the records that changed. */
  decideMany(flags: readonly FlagRef[], input: DecisionInput): Promise<Decision[]>;
  /** Settles a conflict with one of conflictOptions(decision). */
  resolve(flagId: string, choice: DecisionState, by: string): Promise<Decision>;
  /**
   * Flags whose facts changed since their decision go back to open work (an entry by Soi; the
   * decision stays in the history). Returns the records that changed.
   */
  followFacts(flags: readonly Flag[]): Promise<Decision[]>;
  /** Records units' explanations in the flags' histories (each once); no decision changes. */
  explainMany(items: readonly { flag: FlagRef; explanation: Explanation }[]): Promise<Decision[]>;
  /** Merges a decisions file (docs/decisions-format.md) into the store. */
  /** Refuses (WorkspaceMismatchError) a file of another workspace unless told to accept it. */
  importJson(text: string, options?: ImportOptions): Promise<MergeReport>;
  /** The workspace written is the session's unless `meta` names one. */
  exportJson(meta?: { exported_by?: string | null; workspace?: string | null; workspace_name?: string | null }): string;
  /** Decisions whose flag is not in this audit list. */
  orphans(flags: readonly { flag_id: string }[]): Decision[];
  conflicts(): Decision[];
  /** Forgets every decision of the store's workspace. */
  clear(): Promise<void>;
  /** Re-reads the given records (all: none given) from the store: what a message from another tab triggers. */
  refresh(ids?: readonly string[]): Promise<void>;
  /** Stops listening to other tabs (the store stays open: its owner closes it). */
  close(): void;
}

export async function openReviewSession(store: DecisionStore, options: ReviewSessionOptions = {}): Promise<ReviewSession> {
  const now = options.now ?? (() => new Date().toISOString());
  let decisions: ReadonlyMap<string, Decision> = byFlagId(await store.list());
  const listeners = new Set<(d: ReadonlyMap<string, Decision>) => void>();
  let queue: Promise<unknown> = Promise.resolve();
  const channel = options.channel && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(options.channel) : null;

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  function publish(next: ReadonlyMap<string, Decision>): void {
    decisions = next;
    for (const run of listeners) run(decisions);
  }

  /** Takes the records as the store holds them now (absent from `after`: no longer stored). */
  function adopt(ids: readonly string[], after: ReadonlyMap<string, Decision>): void {
    const next = new Map(decisions);
    for (const id of ids) {
      const d = after.get(id);
      if (d) next.set(id, d);
      else next.delete(id);
    }
    publish(next);
  }

  /** A write: computed against the stored records in the store's transaction, then told to the other tabs. */
  async function write(ids: readonly string[], compute: DecisionUpdate): Promise<Map<string, Decision>> {
    let changed: string[] = [];
    const after = await store.update(ids, (stored) => {
      const out = compute(stored);
      changed = out.map((d) => d.flag_id);
      return out;
    });
    adopt(ids, after);
    if (changed.length) channel?.postMessage({ kind: 'changed', ids: changed } satisfies ReviewMessage);
    return after;
  }

  async function reread(ids?: readonly string[]): Promise<void> {
    if (!ids) {
      publish(byFlagId(await store.list()));
      return;
    }
    const after = new Map<string, Decision>();
    for (const id of ids) {
      const d = await store.get(id);
      if (d) after.set(id, d);
    }
    adopt(ids, after);
  }

  if (channel) {
    channel.onmessage = (e: MessageEvent<ReviewMessage>) => {
      const m = e.data;
      void serial(() => reread(m?.kind === 'changed' && Array.isArray(m.ids) ? m.ids : undefined));
    };
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
        const at = now();
        const after = await write([flag.flag_id], (stored) => {
          const prev = stored.get(flag.flag_id);
          const facts = factsFor(flag);
          const next = decide(prev, flag, { ...input, at, ...(facts ? { facts } : {}) });
          return next && next !== prev ? [next] : [];
        });
        return after.get(flag.flag_id);
      });
    },
    decideMany(flags, input) {
      return serial(async () => {
        const at = now();
        let changed: Decision[] = [];
        await write(
          flags.map((f) => f.flag_id),
          (stored) => (changed = decideMany(stored, flags, { ...input, at }, factsFor))
        );
        return changed;
      });
    },
    resolve(flagId, choice, by) {
      return serial(async () => {
        const at = now();
        const after = await write([flagId], (stored) => {
          const d = stored.get(flagId);
          if (!d) throw new Error(`không có quyết định cho ${flagId} (no decision)`);
          return [resolveConflict(d, choice, by, at)];
        });
        return after.get(flagId)!;
      });
    },
    followFacts(flags) {
      return serial(async () => {
        const at = now();
        // Only flags decided here can have changed under their decision; the store has the last word.
        const candidates = flags.filter((f) => (decisions.get(f.flag_id)?.status ?? 'open') !== 'open');
        if (!candidates.length) return [];
        let changed: Decision[] = [];
        await write(
          candidates.map((f) => f.flag_id),
          (stored) =>
            (changed = candidates.flatMap((f) => {
              const prev = stored.get(f.flag_id);
              const next = prev && reopenIfFactsChanged(prev, f, factsOf(f), at);
              return next && next !== prev ? [next] : [];
            }))
        );
        return changed;
      });
    },
    explainMany(items) {
      return serial(async () => {
        let changed: Decision[] = [];
        await write(
          items.map((i) => i.flag.flag_id),
          (stored) => {
            const next = new Map<string, Decision>();
            for (const { flag, explanation } of items) {
              const prev = next.get(flag.flag_id) ?? stored.get(flag.flag_id);
              // The same workbook brought back twice records each explanation once.
              if (!hasExplanation(prev, explanation)) next.set(flag.flag_id, explain(prev, flag, explanation));
            }
            return (changed = [...next.values()]);
          }
        );
        return changed;
      });
    },
    importJson(text, importOptions = {}) {
      return serial(async () => {
        const { meta, decisions: incoming } = parseDecisionsJson(text);
        const ws = options.workspace;
        if (ws && matchWorkspace(meta.workspace, ws.id) === 'other' && !importOptions.acceptOtherWorkspace) {
          throw new WorkspaceMismatchError(meta.workspace!, meta.workspace_name, ws.id);
        }
        let report: MergeReport = { added: 0, updated: 0, unchanged: 0, conflicts: [] };
        await write(
          incoming.map((d) => d.flag_id),
          (stored) => {
            const merged = mergeAll(stored, incoming);
            report = merged.report;
            return merged.changed;
          }
        );
        return report;
      });
    },
    exportJson(meta = {}) {
      const ws = options.workspace;
      return decisionsToJson(decisions.values(), { exported_at: now(), workspace: ws?.id ?? null, workspace_name: ws?.name ?? null, ...meta });
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
        publish(new Map());
        channel?.postMessage({ kind: 'cleared' } satisfies ReviewMessage);
      });
    },
    refresh(ids) {
      return serial(() => reread(ids));
    },
    close() {
      channel?.close();
      listeners.clear();
    }
  };
}
