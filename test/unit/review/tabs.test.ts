// Several tabs of one browser on one workspace: the real IndexedDB code on fake-indexeddb, each tab
// its own database connection and session, as two pages of one profile have.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { AppendOnlyError, decide, openIdbDecisionStore, openReviewSession, type Decision } from '../../../src/lib/review';
import { FLAGS, freshBrowser } from './helpers';

const [F1, F2] = FLAGS;
const TAM = 'Đỗ Minh Tâm';
const ANH = 'Vũ Hoàng Anh';

async function tab(indexedDB: IDBFactory, now: () => string, channel?: string) {
  const store = await openIdbDecisionStore({ indexedDB, workspace: 'demo' });
  const session = await openReviewSession(store, { now, channel });
  return { store, session, close: () => (session.close(), store.close()) };
}

/** One browser profile: its own IndexedDB and clock; `open()` opens one more tab on it. */
function profile(channel?: string) {
  const { indexedDB, clock } = freshBrowser();
  return { clock, open: () => tab(indexedDB, clock, channel) };
}

describe('two tabs deciding on the same flag', () => {
  it('keeps both decisions when the second tab decides from a stale copy: the merge is against the stored record', async () => {
    const { open } = profile();
    // Both tabs open before either decides, and neither hears of the other (no channel).
    const a = await open();
    const b = await open();
    await a.session.decide(F1, { status: 'confirmed', note: 'Vượt tỷ lệ', by: TAM });
    expect(b.session.decisions.get(F1.flag_id)).toBeUndefined(); // B's copy is stale
    const bs = await b.session.decide(F1, { status: 'needs_info', note: 'Cần biên bản họp', by: ANH });
    // B's entry starts from A's decision, which B never saw in memory.
    expect(bs!.history.map((e) => [e.by, e.from, e.to])).toEqual([
      [TAM, 'open', 'confirmed'],
      [ANH, 'confirmed', 'needs_info']
    ]);
    // A third tab opened afterwards finds both entries, the later one current.
    const c = await open();
    const seen = c.session.decisions.get(F1.flag_id)!;
    expect(seen.history).toHaveLength(2);
    expect(seen.status).toBe('needs_info');
    expect(seen.decided_by).toBe(ANH);
    for (const t of [a, b, c]) t.close();
  });

  it('keeps both when the two tabs write at the same moment', async () => {
    const { open } = profile();
    const a = await open();
    const b = await open();
    await Promise.all([
      a.session.decide(F1, { status: 'confirmed', note: '', by: TAM }),
      b.session.decide(F1, { status: 'dismissed', note: 'Số liệu nhập sai', by: ANH }),
      a.session.decideMany([F2], { status: 'needs_info', note: '', by: TAM }),
      b.session.decideMany([F2], { status: 'dismissed', note: '', by: ANH })
    ]);
    const stored = new Map((await a.store.list()).map((d) => [d.flag_id, d]));
    expect(stored.get(F1.flag_id)!.history.map((e) => e.by).sort()).toEqual([ANH, TAM].sort());
    expect(stored.get(F2.flag_id)!.history).toHaveLength(2);
    // Each entry starts where the one before it ended: the second was computed from the first as stored.
    for (const d of stored.values()) expect(d.history[1].from).toBe(d.history[0].to);
    a.close();
    b.close();
  });

  it('refuses, inside the transaction, a record that would drop an entry stored by another tab; nothing of the batch is saved', async () => {
    const { clock, open } = profile();
    const a = await open();
    const b = await open();
    await a.session.decide(F1, { status: 'confirmed', note: '', by: TAM });
    // B builds its record from its own (empty) memory, as the old code did, and tries to save it whole.
    const stale: Decision = decide(undefined, F1, { status: 'dismissed', note: '', by: ANH, at: clock() })!;
    const other: Decision = decide(undefined, F2, { status: 'dismissed', note: '', by: ANH, at: clock() })!;
    await expect(b.store.update([F2.flag_id, F1.flag_id], () => [other, stale])).rejects.toThrow(AppendOnlyError);
    expect((await b.store.list()).map((d) => d.flag_id)).toEqual([F1.flag_id]);
    expect((await b.store.get(F1.flag_id))!.decided_by).toBe(TAM);
    a.close();
    b.close();
  });

  it('tells the other tabs of the workspace: they show the change without a reload, and a clear too', async () => {
    const { open } = profile(`soi-review-test-${Math.random()}`);
    const a = await open();
    const b = await open();
    const seenByB: number[] = [];
    b.session.subscribe((d) => seenByB.push(d.size));
    await a.session.decide(F1, { status: 'confirmed', note: 'Vượt tỷ lệ', by: TAM });
    await vi.waitFor(() => expect(b.session.decisions.get(F1.flag_id)?.status).toBe('confirmed'));
    expect(seenByB.at(-1)).toBe(1);
    await b.session.decide(F1, { status: 'needs_info', note: '', by: ANH });
    await vi.waitFor(() => expect(a.session.decisions.get(F1.flag_id)?.history).toHaveLength(2));
    await a.session.clear();
    await vi.waitFor(() => expect(b.session.decisions.size).toBe(0));
    a.close();
    b.close();
  });
});
