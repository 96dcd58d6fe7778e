import { describe, expect, it } from 'vitest';
import {
  conflictOptions,
  createMemoryDecisionStore,
  decide,
  entryKey,
  mergeDecision,
  openReviewSession,
  stateOf,
  type Decision
} from '../../../src/lib/review';
import { FLAGS, testClock } from './helpers';

const [F1, F2, F3, F4] = FLAGS;
const TAM = 'Đỗ Minh Tâm';
const ANH = 'Vũ Hoàng Anh';

/** Two inspectors: Tâm starts, hands his file to Anh; both go on working on their own copies. */
async function twoInspectors() {
  const clock = testClock(); // one wall clock for both
  const tam = await openReviewSession(createMemoryDecisionStore(), { now: clock });
  await tam.decide(F1, { status: 'needs_info', note: 'Cần biên bản họp chi bộ', by: TAM });
  await tam.decide(F2, { status: 'dismissed', note: 'Đã có giải trình', by: TAM });
  await tam.decide(F3, { status: 'needs_info', note: 'Chờ hồ sơ kỷ luật', by: TAM });
  const handover = tam.exportJson({ exported_by: TAM });

  const anh = await openReviewSession(createMemoryDecisionStore(), { now: clock });
  expect(await anh.importJson(handover)).toMatchObject({ added: 3 });
  await anh.decide(F1, { status: 'dismissed', note: 'Biên bản ghi rõ lý do nâng mức', by: ANH });
  await anh.decide(F3, { status: 'confirmed', note: 'Quyết định kỷ luật số 15-QĐ/UBKTTU', by: ANH });
  await anh.decide(F4, { status: 'confirmed', note: 'Không có biên bản', by: ANH });

  await tam.decide(F1, { status: 'confirmed', note: 'Biên bản không ghi lý do', by: TAM });
  return { tam, anh };
}

describe('merging two inspectors’ files', () => {
  it('reports a conflict on a flag both decided differently, keeps both histories, and overwrites nothing', async () => {
    const { tam, anh } = await twoInspectors();
    const tamF1Before = tam.decisions.get(F1.flag_id)!;
    const anhF1 = anh.decisions.get(F1.flag_id)!;

    const report = await tam.importJson(anh.exportJson({ exported_by: ANH }));
    expect(report).toMatchObject({ added: 1, updated: 2, unchanged: 1 });
    expect(report.conflicts.map((d) => d.flag_id)).toEqual([F1.flag_id]);

    const f1 = tam.decisions.get(F1.flag_id)!;
    // Ours stays current; theirs waits in `conflicts`.
    expect(stateOf(f1)).toEqual(stateOf(tamF1Before));
    expect(f1.conflicts).toEqual([stateOf(anhF1)]);
    // Both histories, each shared entry once.
    const keys = f1.history.map(entryKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining([...tamF1Before.history, ...anhF1.history].map(entryKey)));
    expect(f1.history).toHaveLength(3);
    expect(f1.history.map((e) => e.at)).toEqual([...f1.history.map((e) => e.at)].sort());

    // Anh's other work: F3 was only moved on by him (taken whole), F4 is new, F2 untouched.
    expect(tam.decisions.get(F3.flag_id)).toEqual(anh.decisions.get(F3.flag_id));
    expect(tam.decisions.get(F4.flag_id)).toEqual(anh.decisions.get(F4.flag_id));
    expect(tam.conflicts().map((d) => d.flag_id)).toEqual([F1.flag_id]);
  });

  it('the user settles a conflict by picking a side; the pick is recorded, and the old file does not bring it back', async () => {
    const { tam, anh } = await twoInspectors();
    const anhFile = anh.exportJson();
    await tam.importJson(anhFile);
    const f1 = tam.decisions.get(F1.flag_id)!;
    const [ours, theirs] = conflictOptions(f1);
    expect(ours).toMatchObject({ status: 'confirmed', decided_by: TAM });
    expect(theirs).toMatchObject({ status: 'dismissed', decided_by: ANH });

    const settled = await tam.resolve(F1.flag_id, theirs, TAM);
    expect(settled).toMatchObject({ status: 'dismissed', note: 'Biên bản ghi rõ lý do nâng mức', decided_by: TAM, conflicts: [] });
    expect(settled.history).toHaveLength(f1.history.length + 1);
    expect(settled.history.at(-1)).toMatchObject({ by: TAM, from: 'confirmed', to: 'dismissed', resolves: [expect.any(String)] });
    expect(tam.conflicts()).toEqual([]);

    expect(await tam.importJson(anhFile)).toMatchObject({ updated: 0, added: 0, conflicts: [] });
    expect(tam.decisions.get(F1.flag_id)).toEqual(settled);

    // Anh takes Tâm's settled file: he is simply behind, so he gets the settlement, no conflict.
    expect(await anh.importJson(tam.exportJson())).toMatchObject({ conflicts: [] });
    expect(anh.decisions.get(F1.flag_id)).toEqual(settled);
  });

  it('a conflict seen from the other side keeps that side’s own decision current', async () => {
    const { tam, anh } = await twoInspectors();
    await tam.importJson(anh.exportJson());
    // Tâm sends his merged (unsettled) file back: Anh's decision stays current on Anh's machine.
    const report = await anh.importJson(tam.exportJson());
    expect(report.conflicts.map((d) => d.flag_id)).toEqual([F1.flag_id]);
    const f1 = anh.decisions.get(F1.flag_id)!;
    expect(f1).toMatchObject({ status: 'dismissed', decided_by: ANH });
    expect(f1.conflicts).toEqual([expect.objectContaining({ status: 'confirmed', decided_by: TAM })]);
    expect(f1.history).toHaveLength(3);
  });

  it('picking our own side also records who settled it, and nothing else changes', async () => {
    const { tam, anh } = await twoInspectors();
    await tam.importJson(anh.exportJson());
    const f1 = tam.decisions.get(F1.flag_id)!;
    const settled = await tam.resolve(F1.flag_id, conflictOptions(f1)[0], TAM);
    expect(settled).toMatchObject({ status: 'confirmed', note: 'Biên bản không ghi lý do', conflicts: [] });
    expect(settled.history.at(-1)).toMatchObject({ from: 'confirmed', to: 'confirmed', by: TAM });
    await expect(tam.resolve(F1.flag_id, conflictOptions(f1)[1], TAM)).rejects.toThrow(/no conflict/);
  });

  it('deciding the way the other side did ends the conflict; deciding a third way keeps it', async () => {
    const { tam, anh } = await twoInspectors();
    await tam.importJson(anh.exportJson());
    const third = await tam.decide(F1, { status: 'needs_info', note: 'Hỏi lại Thường trực', by: TAM });
    expect(third!.conflicts).toHaveLength(1);
    const agreed = await tam.decide(F1, { status: 'dismissed', note: 'Biên bản ghi rõ lý do nâng mức', by: TAM });
    expect(agreed!.conflicts).toEqual([]);
    expect(await tam.importJson(anh.exportJson())).toMatchObject({ unchanged: 4, conflicts: [] });
  });

  it('agreeing decisions are no conflict, and one reviewer’s later decision replaces his earlier one', () => {
    const base = decide(undefined, F1, { status: 'needs_info', note: 'Cần làm rõ', by: TAM, at: '2024-12-10T08:00:00.000Z' })!;
    const onLaptop = decide(base, F1, { status: 'confirmed', note: 'Vi phạm', by: TAM, at: '2024-12-11T08:00:00.000Z' });
    const onDesktop = decide(base, F1, { status: 'dismissed', note: 'Không vi phạm', by: TAM, at: '2024-12-12T08:00:00.000Z' });
    const sameReviewer = mergeDecision(onLaptop, onDesktop);
    expect(sameReviewer.outcome).toBe('merged');
    expect(sameReviewer.decision).toMatchObject({ status: 'dismissed', decided_at: '2024-12-12T08:00:00.000Z', conflicts: [] });
    expect(sameReviewer.decision.history).toHaveLength(3);

    const anhAgrees = decide(base, F1, { status: 'confirmed', note: 'Vi phạm', by: ANH, at: '2024-12-13T08:00:00.000Z' });
    const agreed = mergeDecision(onLaptop, anhAgrees);
    expect(agreed.outcome).toBe('merged');
    expect(agreed.decision.conflicts).toEqual([]);
    expect(agreed.decision.status).toBe('confirmed');

    const anhDiffers = decide(base, F1, { status: 'confirmed', note: 'Vi phạm nghiêm trọng', by: ANH, at: '2024-12-13T08:00:00.000Z' });
    const differ = mergeDecision(onLaptop, anhDiffers);
    expect(differ.outcome).toBe('conflict'); // same status, another reason: the user decides which stands
    expect(differ.decision.note).toBe('Vi phạm');

    // Merge is symmetric in what it keeps.
    const ab = mergeDecision(onLaptop, anhDiffers).decision;
    const ba = mergeDecision(anhDiffers, onLaptop).decision;
    expect(ab.history).toEqual(ba.history);
    expect(new Set([stateOf(ab), ...ab.conflicts].map((s) => JSON.stringify(s)))).toEqual(new Set([stateOf(ba), ...ba.conflicts].map((s) => JSON.stringify(s))));
  });

  it('three inspectors: every differing decision is kept until one is picked', () => {
    const base = decide(undefined, F2, { status: 'needs_info', note: 'Cần làm rõ', by: TAM, at: '2024-12-10T08:00:00.000Z' })!;
    const a = decide(base, F2, { status: 'confirmed', note: 'Vi phạm', by: TAM, at: '2024-12-11T08:00:00.000Z' });
    const b = decide(base, F2, { status: 'dismissed', note: 'Không vi phạm', by: ANH, at: '2024-12-12T08:00:00.000Z' });
    const c = decide(base, F2, { status: 'needs_info', note: 'Cần thêm hồ sơ', by: 'Lê Thị Mai', at: '2024-12-13T08:00:00.000Z' });
    const ab: Decision = mergeDecision(a, b).decision;
    const abc = mergeDecision(ab, c).decision;
    expect(stateOf(abc)).toEqual(stateOf(a));
    expect(abc.conflicts.map((s) => s.decided_by).sort()).toEqual([ANH, 'Lê Thị Mai'].sort());
    expect(abc.history).toHaveLength(4);
  });

  it('machines whose clocks disagree still hold the same history in the same order as the file', async () => {
    const tam = await openReviewSession(createMemoryDecisionStore(), { now: testClock(Date.UTC(2024, 11, 20)) });
    const anh = await openReviewSession(createMemoryDecisionStore(), { now: testClock(Date.UTC(2024, 11, 1)) }); // ten days slow
    await tam.decide(F1, { status: 'needs_info', note: 'Cần biên bản', by: TAM });
    await anh.importJson(tam.exportJson());
    await anh.decide(F1, { status: 'confirmed', note: 'Đã xem biên bản', by: ANH }); // stamped "before" Tâm's entry
    await tam.importJson(anh.exportJson());
    const f1 = tam.decisions.get(F1.flag_id)!;
    expect(f1).toMatchObject({ status: 'confirmed', decided_by: ANH, conflicts: [] }); // Anh was ahead: taken whole
    expect(f1.history.map((e) => e.by)).toEqual([ANH, TAM]); // by time as stamped
    const roundTrip = await openReviewSession(createMemoryDecisionStore());
    await roundTrip.importJson(tam.exportJson());
    expect(roundTrip.decisions.get(F1.flag_id)).toEqual(f1);
  });
});

