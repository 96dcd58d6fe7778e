/**
 * The review session of this tab, shared by the audit list and the evidence page: the decisions
 * (IndexedDB, shared with the other tabs of the browser through a BroadcastChannel), the
 * reviewer's name, whether the browser keeps the storage for good, and the last failed write.
 * Browser only.
 */
import { openIdbDecisionStore } from '../../review/idb-store';
import { openReviewSession, type ReviewSession } from '../../review/session';
import type { Decision } from '../../review/types';

const REVIEWER_KEY = 'soi.reviewer';

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
  private opening: Promise<ReviewSession> | null = null;

  open(): Promise<ReviewSession> {
    this.opening ??= (async () => {
      this.reviewer = localStorage.getItem(REVIEWER_KEY) ?? '';
      void askPersistence().then((p) => (this.persistence = p));
      try {
        const workspace = 'default';
        const session = await openReviewSession(await openIdbDecisionStore({ workspace }), { channel: `soi-review:${workspace}` });
        session.subscribe((d) => (this.decisions = d));
        this.session = session;
        return session;
      } catch (err) {
        this.error = err instanceof Error ? err.message : String(err);
        throw err;
      }
    })();
    return this.opening;
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
