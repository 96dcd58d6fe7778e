import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createMemoryDecisionStore,
  decisionsToJson,
  DecisionsFileError,
  openReviewSession,
  parseDecisionsJson
} from '../../../src/lib/review';
import { FLAGS, testClock } from './helpers';

const [F1, F2, F3] = FLAGS;

async function workedSession() {
  const store = createMemoryDecisionStore();
  const session = await openReviewSession(store, { now: testClock() });
  await session.decide(F1, { status: 'needs_info', note: 'Đề nghị chi bộ gửi biên bản, "phiếu biểu quyết"', by: 'Đỗ Minh Tâm' });
  await session.decide(F1, { status: 'confirmed', note: 'Biên bản không ghi lý do nâng mức\nĐề nghị xếp loại lại', by: 'Đỗ Minh Tâm' });
  await session.decide(F2, { status: 'dismissed', note: 'Chi bộ đã giải trình', by: 'Vũ Hoàng Anh' });
  await session.decide(F3, { status: 'needs_info', note: '', by: 'Vũ Hoàng Anh' });
  return { store, session };
}

describe('decisions file: export, import', () => {
  it('export → clear → import loses nothing: every status, note, stamp and history entry comes back', async () => {
    const { store, session } = await workedSession();
    const before = [...session.decisions.values()];
    const text = session.exportJson({ exported_by: 'Đỗ Minh Tâm', workspace: 'demo' });
    await session.clear();
    expect(session.decisions.size).toBe(0);
    expect(await store.list()).toEqual([]);

    const report = await session.importJson(text);
    expect(report).toEqual({ added: 3, updated: 0, unchanged: 0, conflicts: [] });
    expect(new Map(session.decisions)).toEqual(new Map(before.map((d) => [d.flag_id, d])));
    // …and it reached the store, not only memory.
    const reopened = await openReviewSession(store);
    expect(new Map(reopened.decisions)).toEqual(new Map(before.map((d) => [d.flag_id, d])));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { session } = await workedSession();
    const text = session.exportJson();
    const other = await openReviewSession(createMemoryDecisionStore(), { now: testClock(Date.UTC(2025, 0, 5)) });
    await other.decide(F2, { status: 'confirmed', note: 'Theo hồ sơ', by: 'Lê Thị Mai' });
    const first = await other.importJson(text);
    expect(first.added).toBe(2);
    expect(first.updated).toBe(1);
    expect(first.conflicts.map((d) => d.flag_id)).toEqual([F2.flag_id]); // Lê Thị Mai vs Vũ Hoàng Anh
    const after = structuredClone(new Map(other.decisions));
    const second = await other.importJson(text);
    expect(second).toEqual({ added: 0, updated: 0, unchanged: 3, conflicts: [] });
    expect(new Map(other.decisions)).toEqual(after);
    expect(other.conflicts().map((d) => d.conflicts.length)).toEqual([1]);
  });

  it('writes the documented shape, deterministically', async () => {
    const { session } = await workedSession();
    const file = JSON.parse(session.exportJson({ exported_by: 'Đỗ Minh Tâm', workspace: 'demo' }));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exported_at', 'exported_by', 'workspace', 'workspace_name', 'decisions']);
    expect(file).toMatchObject({ format: 'soi-decisions', version: 2, exported_by: 'Đỗ Minh Tâm', workspace: 'demo' });
    expect(Object.keys(file.decisions[0])).toEqual(['flag_id', 'flag', 'status', 'note', 'decided_by', 'decided_at', 'history', 'conflicts']);
    const ids = file.decisions.map((d: { flag_id: string }) => d.flag_id);
    expect(ids).toEqual([...ids].sort());
    const values = [...session.decisions.values()];
    expect(decisionsToJson(values, { exported_at: '2025-01-01T00:00:00.000Z' })).toBe(decisionsToJson([...values].reverse(), { exported_at: '2025-01-01T00:00:00.000Z' }));
  });

  it('rejects a damaged file, naming each problem by its place, and changes nothing', async () => {
    const { session } = await workedSession();
    const good = JSON.parse(session.exportJson());
    const bad = structuredClone(good);
    bad.decisions[0].flag.subject_id = 'P999'; // no longer hashes to its flag_id
    bad.decisions[1].status = 'approved';
    bad.decisions[2].history = [];
    const fresh = await openReviewSession(createMemoryDecisionStore());
    const err = await fresh.importJson(JSON.stringify(bad)).catch((e) => e);
    expect(err).toBeInstanceOf(DecisionsFileError);
    expect(err.problems).toEqual([
      expect.stringMatching(/^\$\.decisions\[0\]\.flag: .*flag_id/),
      expect.stringMatching(/^\$\.decisions\[1\]\.status: .*invalid status/),
      expect.stringMatching(/^\$\.decisions\[2\]\.history: .*empty history/)
    ]);
    expect(fresh.decisions.size).toBe(0);

    expect(() => parseDecisionsJson(JSON.stringify({ ...good, version: 3 }))).toThrow(/unsupported version/);
    expect(() => parseDecisionsJson('{"format":"other"}')).toThrow(/format/);
    expect(() => parseDecisionsJson('not json')).toThrow(/not JSON/);
    const forged = structuredClone(good);
    forged.decisions[0].status = 'dismissed'; // a current decision no history entry made
    expect(() => parseDecisionsJson(JSON.stringify(forged))).toThrow(/not found in its history/);
  });

  it('reads a file saved with a byte-order mark and NFD text', async () => {
    const { session } = await workedSession();
    const text = '\uFEFF' + session.exportJson().normalize('NFD');
    const { decisions } = parseDecisionsJson(text);
    expect(decisions.find((d) => d.flag_id === F2.flag_id)?.note).toBe('Chi bộ đã giải trình');
  });

  it('reads the example of docs/decisions-format.md', () => {
    const doc = readFileSync(new URL('../../../docs/decisions-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1];
    const { meta, decisions } = parseDecisionsJson(example);
    expect(meta).toEqual({ exported_at: '2024-12-12T09:15:00.000Z', exported_by: 'Đỗ Minh Tâm', workspace: 'ba-dinh', workspace_name: null });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ status: 'confirmed', flag: { rule: 'quota_excellent_members', year: 2023, subject_id: 'G1' } });
    expect(decisions[0].history.map((e) => e.to)).toEqual(['needs_info', 'confirmed']);
  });
});
