/**
 * The decision store in the browser's IndexedDB: one database, one object store keyed by
 * [workspace, flag_id], so that decisions on different datasets never mix and a newer version
 * of the same dataset (same workspace) finds them again. The IndexedDB factory can be passed in;
 * tests run this very code in Node on fake-indexeddb (`fake-indexeddb/auto` sets the globals).
 */
import type { DecisionStore } from './store';
import type { Decision } from './types';

export const REVIEW_DB_NAME = 'soi-review';
const DB_VERSION = 1;
const STORE = 'decisions';

export interface IdbStoreOptions {
  /** Which dataset the decisions belong to (default "default"). */
  workspace?: string;
  indexedDB?: IDBFactory;
  dbName?: string;
}

type StoredDecision = Decision & { workspace: string };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: ['workspace', 'flag_id'] });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('IndexedDB đang bị khóa bởi một thẻ khác (blocked by another tab)'));
  });
}

function strip(r: StoredDecision): Decision {
  const { workspace: _workspace, ...d } = r;
  return d;
}

export async function openIdbDecisionStore(options: IdbStoreOptions = {}): Promise<DecisionStore> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new Error('Trình duyệt không có IndexedDB (IndexedDB is not available)');
  const workspace = options.workspace ?? 'default';
  const db = await openDb(factory, options.dbName ?? REVIEW_DB_NAME);
  // Every key of this workspace: [workspace, <any string>] sorts between [workspace] and [workspace, []].
  const range = IDBKeyRange.bound([workspace], [workspace, []]);

  return {
    async list() {
      const tx = db.transaction(STORE, 'readonly');
      const rows = (await request(tx.objectStore(STORE).getAll(range))) as StoredDecision[];
      return rows.map(strip);
    },
    async get(flagId) {
      const tx = db.transaction(STORE, 'readonly');
      const row = (await request(tx.objectStore(STORE).get([workspace, flagId]))) as StoredDecision | undefined;
      return row && strip(row);
    },
    async put(decisions) {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const finished = done(tx);
      try {
        for (const d of decisions) store.put({ ...d, workspace } satisfies StoredDecision);
      } catch (err) {
        // put throws at once on a record it cannot store; without abort the earlier ones would commit.
        tx.abort();
        await finished.catch(() => undefined);
        throw err;
      }
      await finished;
    },
    async clear() {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(range);
      await done(tx);
    },
    close() {
      db.close();
    }
  };
}
