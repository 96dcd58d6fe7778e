import { describe, expect, it } from 'vitest';
import { decide, decideMany, entryKey, factsOf, openReviewSession, createMemoryDecisionStore, AppendOnlyError, assertAppendOnly, type Decision } from '../../../src/lib/review';
import { FLAGS, testClock } from './helpers';

const [F1, F2, F3, F4] = FLAGS;

describe('decide: one change, one history entry', () => {
  it('stamps the reviewer and the time, and records from → to with the note', () => {
    const d1 = decide(undefined, F1, { status: 'needs_info', note: 'Đề nghị chi bộ gửi biên bản họp', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' })!;
    expect(d1).toMatchObject({ flag_id: F1.flag_id, status: 'needs_info', note: 'Đề nghị chi bộ gửi biên bản họp', decided_by: 'Đỗ Minh Tâm', decided_at: '2024-12-10T08:00:00.000Z' });
    expect(d1.flag).toEqual({ flag_id: F1.flag_id, rule: 'self_level_raised', year: 2023, subject_type: 'person', subject_id: 'P001', unit_id: 'C1' });
    const d2 = decide(d1, F1, { status: 'confirmed', note: 'Biên bản không ghi lý do nâng mức', by: 'Vũ Hoàng Anh', at: '2024-12-11T09:30:00.000Z' });
    expect(d2.history).toEqual([
      { at: '2024-12-10T08:00:00.000Z', by: 'Đỗ Minh Tâm', from: 'open', to: 'needs_info', note: 'Đề nghị chi bộ gửi biên bản họp' },
      { at: '2024-12-11T09:30:00.000Z', by: 'Vũ Hoàng Anh', from: 'needs_info', to: 'confirmed', note: 'Biên bản không ghi lý do nâng mức' }
    ]);
    expect(d2).toMatchObject({ status: 'confirmed', decided_by: 'Vũ Hoàng Anh', decided_at: '2024-12-11T09:30:00.000Z' });
    // The earlier record is a value: deciding again did not touch it.
    expect(d1.history).toHaveLength(1);
    expect(d1.status).toBe('needs_info');
  });

  it('stores names and notes as NFC, so that the same words typed on another machine compare equal', () => {
    const nfd = 'Nguyễn Văn Hùng'.normalize('NFD');
    const d = decide(undefined, F1, { status: 'dismissed', note: '  Đã có giải trình hợp lý '.normalize('NFD'), by: nfd, at: '2024-12-10T08:00:00.000Z' })!;
    expect(d.decided_by).toBe('Nguyễn Văn Hùng'.normalize('NFC'));
    expect(d.note).toBe('Đã có giải trình hợp lý');
    expect(decide(d, F1, { status: 'dismissed', note: 'Đã có giải trình hợp lý', by: 'Nguyễn Văn Hùng', at: '2024-12-12T08:00:00.000Z' })).toBe(d);
  });

  it('records nothing when the change alters nothing', () => {
    expect(decide(undefined, F1, { status: 'open', note: '', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' })).toBeUndefined();
    const d = decide(undefined, F1, { status: 'confirmed', note: 'Vi phạm rõ', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' })!;
    expect(decide(d, F1, { status: 'confirmed', note: 'Vi phạm rõ', by: 'Vũ Hoàng Anh', at: '2024-12-11T08:00:00.000Z' })).toBe(d);
    // A new note alone is a change (from = to).
    const noted = decide(d, F1, { status: 'confirmed', note: 'Vi phạm rõ; đã báo cáo Thường trực', by: 'Vũ Hoàng Anh', at: '2024-12-11T08:00:00.000Z' });
    expect(noted.history.at(-1)).toMatchObject({ from: 'confirmed', to: 'confirmed', note: 'Vi phạm rõ; đã báo cáo Thường trực' });
  });

  it('refuses a change without a reviewer name, with a bad status or a bad time', () => {
    expect(() => decide(undefined, F1, { status: 'confirmed', note: '', by: '  ', at: '2024-12-10T08:00:00.000Z' })).toThrow(/reviewer name/);
    expect(() => decide(undefined, F1, { status: 'approved' as never, note: '', by: 'A', at: '2024-12-10T08:00:00.000Z' })).toThrow(/invalid status/);
    expect(() => decide(undefined, F1, { status: 'confirmed', note: '', by: 'A', at: '10/12/2024' })).toThrow(/ISO/);
    const d = decide(undefined, F1, { status: 'confirmed', note: '', by: 'A', at: '2024-12-10T08:00:00.000Z' })!;
    expect(() => decide(d, F2, { status: 'dismissed', note: '', by: 'A', at: '2024-12-10T08:00:00.000Z' })).toThrow(/flag ids differ/);
  });
});

describe('the history is append-only', () => {
  it('every change through a session appends; earlier entries stay exactly as written', async () => {
    const session = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
    const steps = [
      { status: 'needs_info', note: 'Cần biên bản họp chi bộ' },
      { status: 'confirmed', note: 'Biên bản không ghi lý do' },
      { status: 'open', note: 'Mở lại theo ý kiến Thường trực' },
      { status: 'dismissed', note: 'Chi bộ đã giải trình' }
    ] as const;
    const snapshots: Decision[] = [];
    for (const s of steps) snapshots.push((await session.decide(F1, { ...s, by: 'Đỗ Minh Tâm' }))!);
    const final = session.decisions.get(F1.flag_id)!;
    expect(final.history.map((e) => [e.from, e.to])).toEqual([['open', 'needs_info'], ['needs_info', 'confirmed'], ['confirmed', 'open'], ['open', 'dismissed']]);
    snapshots.forEach((snap, i) => expect(final.history.slice(0, i + 1)).toEqual(snap.history));
  });

  it('the session refuses to save a record that drops or edits an entry', async () => {
    const store = createMemoryDecisionStore();
    const session = await openReviewSession(store, { now: testClock() });
    await session.decide(F1, { status: 'needs_info', note: 'Cần làm rõ', by: 'Đỗ Minh Tâm' });
    const d = (await session.decide(F1, { status: 'confirmed', note: 'Đã rõ', by: 'Đỗ Minh Tâm' }))!;
    const edited: Decision = { ...d, history: [{ ...d.history[0], note: 'sửa lại' }, d.history[1]] };
    expect(() => assertAppendOnly(d, edited)).toThrow(AppendOnlyError);
    expect(() => assertAppendOnly(d, { ...d, history: [d.history[1]] })).toThrow(AppendOnlyError);
    // Through the import path too: a file carrying an edited copy of our history adds to it, never replaces it.
    const file = JSON.parse(session.exportJson());
    file.decisions[0].history[0].note = 'sửa lại';
    await session.importJson(JSON.stringify(file));
    const kept = (await store.get(F1.flag_id))!.history.map(entryKey);
    for (const e of d.history) expect(kept).toContain(entryKey(e));
    expect(kept).toHaveLength(3);
  });
});

describe('bulk decisions', () => {
  it('sets one status and note on many flags, each with its own entry, skipping those already so', async () => {
    const session = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
    await session.decide(F2, { status: 'dismissed', note: 'Đã có giải trình', by: 'Vũ Hoàng Anh' });
    await session.decide(F3, { status: 'needs_info', note: 'Chờ hồ sơ', by: 'Vũ Hoàng Anh' });
    const changed = await session.decideMany([F1, F2, F3, F3], { status: 'dismissed', note: 'Đã có giải trình', by: 'Đỗ Minh Tâm' });
    expect(changed.map((d) => d.flag_id)).toEqual([F1.flag_id, F3.flag_id]);
    const d1 = session.decisions.get(F1.flag_id)!;
    const d3 = session.decisions.get(F3.flag_id)!;
    // Each entry records the evidence fingerprint of the flag it was made on.
    expect(d1.history).toEqual([{ at: d1.decided_at, by: 'Đỗ Minh Tâm', from: 'open', to: 'dismissed', note: 'Đã có giải trình', facts: factsOf(F1) }]);
    expect(d3.history.map((e) => [e.by, e.from, e.to])).toEqual([['Vũ Hoàng Anh', 'open', 'needs_info'], ['Đỗ Minh Tâm', 'needs_info', 'dismissed']]);
    expect(session.decisions.get(F2.flag_id)!.history).toHaveLength(1);
    expect(session.decisions.has(F4.flag_id)).toBe(false);
  });

  it('decideMany is pure: it returns new records and leaves the map alone', () => {
    const before = new Map<string, Decision>();
    const changed = decideMany(before, FLAGS, { status: 'confirmed', note: 'Vượt tỷ lệ', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' });
    expect(changed).toHaveLength(4);
    expect(new Set(changed.map((d) => d.flag_id)).size).toBe(4);
    expect(changed.every((d) => d.history.length === 1 && d.history[0].to === 'confirmed')).toBe(true);
    expect(before.size).toBe(0);
  });
});
