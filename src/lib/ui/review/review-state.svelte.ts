/**
 * The review session of this tab, shared by the audit list and the evidence page: the workspace
 * of the loaded dataset and its decisions (IndexedDB, shared with the other tabs of the browser
 * through a BroadcastChannel), the
 * reviewer's name, whether the browser keeps the storage for good, and the last failed write.
 * Browser only.
 */
import { dataset } from '../dataset.svelte';
import { openIdbDecisionStore } from '../../review/idb-store';
import { openReviewSession, type ReviewSession } from '../../review/session';
import type { DecisionStore } from '../../review/store';
import type { Decision } from '../../review/types';
import type { Flag } from '../../rules/types';
import { WORKSPACE_ROOTS_SQL, workspaceOf, type Workspace, type WorkspaceRoot } from '../../review/workspace';

const REVIEWER_KEY = 'soi.reviewer';
/** The names the user gave workspaces on this machine: { [workspace id]: name }. */
const WORKSPACE_NAMES_KEY = 'soi.workspace-names';

function workspaceNames(): Record<string, string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(WORKSPACE_NAMES_KEY) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The browser's answer to navigator.storage.persist(): may it evict the decisions when space runs low? */
export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';

async function askPersistence(): Promise<Persistence> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

class ReviewState {
  session = $state.raw<ReviewSession | null>(null);
  decisions = $state.raw<ReadonlyMap<string, Decision>>(new Map());
  reviewer = $state('');
  /** The store could not be opened. */
  error = $state<string | null>(null);
  /** The last write that failed (nothing of it was saved); cleared by the next write that succeeds. */
  writeError = $state<string | null>(null);
  persistence = $state<Persistence>('unknown');
  /** The loaded dataset's workspace; null until a dataset is loaded. */
  workspace = $state<Workspace | null>(null);
  private opening: Promise<ReviewSession> | null = null;
  private store: DecisionStore | null = null;
  private forLoad: unknown = null;
  private waiting: ((s: ReviewSession) => void)[] = [];

  /** Opens the session of the loaded dataset's workspace, again when another load replaces it. */
  ensure(): Promise<ReviewSession> | undefined {
    const load = dataset.result;
    if (dataset.status !== 'ready' || !load) return undefined;
    if (this.forLoad === load && this.opening) return this.opening;
    this.forLoad = load;
    this.opening = this.start();
    return this.opening;
  }

  /** The session; waits for a dataset when none is loaded yet. */
  open(): Promise<ReviewSession> {
    return this.ensure() ?? this.opening ?? new Promise((resolve) => this.waiting.push(resolve));
  }

  private async start(): Promise<ReviewSession> {
    this.reviewer = localStorage.getItem(REVIEWER_KEY) ?? '';
    if (this.persistence === 'unknown') void askPersistence().then((p) => (this.persistence = p));
    try {
      const base = workspaceOf(await dataset.soi.query<WorkspaceRoot & Record<string, unknown>>(WORKSPACE_ROOTS_SQL));
      const workspace = { id: base.id, name: workspaceNames()[base.id] ?? base.name };
      this.session?.close();
      this.store?.close();
      this.store = await openIdbDecisionStore({ workspace: workspace.id });
      const session = await openReviewSession(this.store, { channel: `soi-review:${workspace.id}`, workspace });
      session.subscribe((d) => (this.decisions = d));
      this.workspace = workspace;
      this.session = session;
      this.error = null;
      for (const resolve of this.waiting.splice(0)) resolve(session);
      return session;
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
      throw err;
    }
  }

  private followed = new WeakMap<readonly Flag[], ReviewSession>();

  /** Sends flags whose facts changed since their decision back to open work, once per audit list and session. */
  followFacts(flags: readonly Flag[]): void {
    const session = this.session;
    if (!session || this.followed.get(flags) === session) return;
    this.followed.set(flags, session);
    void this.write((s) => s.followFacts(flags));
  }

  /** Renames the workspace on this machine (the name travels in the decisions file). */
  rename(name: string): void {
    const ws = this.workspace;
    const clean = name.normalize('NFC').trim();
    if (!ws || !clean) return;
    localStorage.setItem(WORKSPACE_NAMES_KEY, JSON.stringify({ ...workspaceNames(), [ws.id]: clean }));
    this.workspace = { ...ws, name: clean };
  }

  /**
   * Runs a write on the session; a failure is kept in `writeError` for the page to say, and
   * the result is undefined.
   */
  async write<T>(work: (session: ReviewSession) => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work(await this.open());
      this.writeError = null;
      return result;
    } catch (err) {
      this.writeError = err instanceof Error ? err.message : String(err);
      return undefined;
    }
  }

  setReviewer(name: string): void {
    this.reviewer = name;
    localStorage.setItem(REVIEWER_KEY, name);
  }
}

export const review = new ReviewState();
