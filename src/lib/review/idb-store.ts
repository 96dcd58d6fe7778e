/**
 * The decision store in the browser's IndexedDB: one database, one object store keyed by
 * [workspace, flag_id], so that decisions on different datasets never mix and a newer version
 * of the same dataset (same workspace) finds them again. The IndexedDB factory can be passed in;
 * tests run this very code in Node on fake-indexeddb (`fake-indexeddb/auto` sets the globals).
 */
import { applyUpdate, type DecisionStore } from './store';
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

  const store: DecisionStore = {
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
    update(flagIds, compute) {
      return new Promise((resolve, reject) => {
        const ids = [...new Set(flagIds)];
        const tx = db.transaction(STORE, 'readwrite');
        const objects = tx.objectStore(STORE);
        const stored = new Map<string, Decision>();
        let failure: unknown;
        let after: Map<string, Decision> | undefined;
        // Called from the last read's success callback, so the transaction is still active for the writes.
        const write = () => {
          try {
            const result = applyUpdate(stored, compute);
            for (const d of result.changed) objects.put({ ...d, workspace } satisfies StoredDecision);
            after = result.after;
          } catch (err) {
            // A refused record or one IndexedDB cannot store: nothing of the batch is saved.
            failure = err;
            tx.abort();
          }
        };
        let unread = ids.length;
        for (const id of ids) {
          const req = objects.get([workspace, id]);
          req.onsuccess = () => {
            if (req.result) stored.set(id, strip(req.result as StoredDecision));
            if (--unread === 0) write();
          };
        }
        if (!ids.length) write();
        tx.oncomplete = () => resolve(after ?? new Map());
        tx.onerror = () => reject(failure ?? tx.error);
        tx.onabort = () => reject(failure ?? tx.error ?? new Error('IndexedDB transaction aborted'));
      });
    },
    async put(decisions) {
      await store.update(
        decisions.map((d) => d.flag_id),
        () => decisions
      );
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
  return store;
}
