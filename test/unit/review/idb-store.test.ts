// The real IndexedDB code, on fake-indexeddb's implementation of the IndexedDB API.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbDecisionStore, openReviewSession, type Decision } from '../../../src/lib/review';
import { FLAGS, testClock } from './helpers';

const [F1, F2, F3] = FLAGS;

describe('IndexedDB decision store', () => {
  it('decisions survive a reload: close the database, open it again, everything is there', async () => {
    const indexedDB = new IDBFactory();
    const store = await openIdbDecisionStore({ indexedDB, workspace: 'demo' });
    const session = await openReviewSession(store, { now: testClock() });
    await session.decide(F1, { status: 'needs_info', note: 'Đề nghị chi bộ gửi biên bản họp', by: 'Đỗ Minh Tâm' });
    await session.decide(F1, { status: 'confirmed', note: 'Biên bản không ghi lý do nâng mức', by: 'Đỗ Minh Tâm' });
    await session.decideMany([F2, F3], { status: 'dismissed', note: 'Đã có giải trình', by: 'Vũ Hoàng Anh' });
    const before = new Map(session.decisions);
    store.close();

    const reloaded = await openIdbDecisionStore({ indexedDB, workspace: 'demo' });
    const again = await openReviewSession(reloaded);
    expect(new Map(again.decisions)).toEqual(before);
    expect(again.decisions.get(F1.flag_id)!.history.map((e) => e.to)).toEqual(['needs_info', 'confirmed']);
    expect(await reloaded.get(F2.flag_id)).toEqual(before.get(F2.flag_id));
    expect(await reloaded.get('0000000000000000')).toBeUndefined();
    reloaded.close();
  });

  it('keeps each workspace (dataset) apart; clearing one leaves the others', async () => {
    const indexedDB = new IDBFactory();
    const demo = await openIdbDecisionStore({ indexedDB, workspace: 'demo' });
    const hanoi = await openIdbDecisionStore({ indexedDB, workspace: 'Hà Nội 2024' });
    const d1 = await (await openReviewSession(demo)).decide(F1, { status: 'confirmed', note: 'Vi phạm', by: 'Đỗ Minh Tâm' });
    const d2 = await (await openReviewSession(hanoi)).decide(F1, { status: 'dismissed', note: 'Không vi phạm', by: 'Vũ Hoàng Anh' });
    expect(await demo.list()).toEqual([d1]);
    expect(await hanoi.list()).toEqual([d2]);
    await demo.clear();
    expect(await demo.list()).toEqual([]);
    expect(await hanoi.list()).toEqual([d2]);
    demo.close();
    hanoi.close();
  });

  it('saves a batch in one transaction: all or nothing', async () => {
    const indexedDB = new IDBFactory();
    const store = await openIdbDecisionStore({ indexedDB });
    const session = await openReviewSession(store, { now: testClock() });
    const [ok] = await session.decideMany([F1], { status: 'confirmed', note: '', by: 'Đỗ Minh Tâm' });
    // A record IndexedDB cannot store (a function is not cloneable) aborts the whole batch.
    const broken = { ...ok, flag_id: F2.flag_id, flag: { ...ok.flag, flag_id: F2.flag_id }, note: (() => 'x') as unknown as string } as Decision;
    await expect(store.put([{ ...ok, flag_id: F3.flag_id }, broken])).rejects.toThrow();
    expect((await store.list()).map((d) => d.flag_id)).toEqual([F1.flag_id]);
    store.close();
  });
});
