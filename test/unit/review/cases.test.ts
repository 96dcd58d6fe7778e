// Reasons and cases: a dismissal's reason, and flags of one violation grouped by their `related` column.
import { describe, expect, it } from 'vitest';
import { createMemoryDecisionStore, decide, decidingEntry, groupCases, openReviewSession, parseDecisionsJson, type Decision } from '../../../src/lib/review';
import type { Flag } from '../../../src/lib/rules/types';
import { withFlagId } from '../../../src/lib/rules/run-audit';
import { FLAGS, testClock } from './helpers';

const [F1, F2] = FLAGS;
const AT = '2024-12-10T08:00:00.000Z';

function flag(rule: Flag['rule'], year: number, subject_id: string, related: string): Flag & { related: string } {
  const f = withFlagId({ rule, severity: 'high', year, subject_type: 'person', subject_id, unit_id: 'C1', score: null, regulation: '', message: '', evidence: '' });
  return { ...f, related };
}

describe('dismissal reasons', () => {
  it('records the reason with the entry, refuses an unknown one, and asks a note for "other"', () => {
    const d = decide(undefined, F1, { status: 'dismissed', note: '', by: 'Đỗ Minh Tâm', at: AT, reason: 'self_remedied' })!;
    expect(d.history[0].reason).toBe('self_remedied');
    expect(decidingEntry(d)!.reason).toBe('self_remedied');
    // Another reason is a new decision, the same one is not.
    expect(decide(d, F1, { status: 'dismissed', note: '', by: 'Đỗ Minh Tâm', at: '2024-12-11T08:00:00.000Z', reason: 'self_remedied' })).toBe(d);
    expect(decide(d, F1, { status: 'dismissed', note: '', by: 'Đỗ Minh Tâm', at: '2024-12-11T08:00:00.000Z', reason: 'data_error' }).history).toHaveLength(2);
    expect(() => decide(undefined, F1, { status: 'dismissed', note: '', by: 'X', at: AT, reason: 'bored' as never })).toThrow(/invalid dismissal reason/);
    expect(() => decide(undefined, F1, { status: 'dismissed', note: ' ', by: 'X', at: AT, reason: 'other' })).toThrow(/needs a note/);
    expect(decide(undefined, F1, { status: 'dismissed', note: 'Đã có văn bản giải trình', by: 'X', at: AT, reason: 'other' })!.history[0].reason).toBe('other');
  });

  it('travels in the decisions file and back; a file with an unknown reason is refused', async () => {
    const s = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
    await s.decide(F1, { status: 'dismissed', note: '', by: 'Đỗ Minh Tâm', reason: 'reorganised' });
    const text = s.exportJson();
    const back = parseDecisionsJson(text).decisions[0];
    expect(back.history[0].reason).toBe('reorganised');
    expect(() => parseDecisionsJson(text.replace('"reorganised"', '"whatever"'))).toThrow(/reason/);
  });
});

describe('cases by the related column', () => {
  it('groups the flags of one discipline decision, and the two sides of a copied pair, and nothing else', () => {
    const a = flag('disciplined_not_downgraded', 2023, 'P1', 'decision:15-QĐ/UBKT; person:P1');
    const b = flag('rated_high_then_disciplined', 2022, 'P1', 'decision:15-QĐ/UBKT; person:P1');
    const c = flag('unit_with_disciplined', 2023, 'C1', 'decision:15-QĐ/UBKT; decision:16-QĐ/UBKT; unit:C1');
    const lone = flag('disciplined_not_downgraded', 2023, 'P9', 'decision:99-QĐ/UBKT');
    const p = flag('review_copied_colleague', 2024, 'P2', 'review:P3/2024; person:P3');
    const q = flag('review_copied_colleague', 2024, 'P3', 'review:P2/2024; person:P2');
    const prior = flag('review_copied_prior_year', 2024, 'P2', 'review:P2/2023');
    const none = flag('self_level_raised', 2024, 'P4', 'person:P4');
    const cases = groupCases([a, b, c, lone, p, q, prior, none]);
    const dc = cases.get(a.flag_id)!;
    expect(dc.kind).toBe('decision');
    expect(dc.flag_ids).toEqual([a.flag_id, b.flag_id, c.flag_id].sort());
    expect(dc.refs).toEqual(['15-QĐ/UBKT', '16-QĐ/UBKT']);
    expect(cases.get(c.flag_id)).toBe(dc);
    const rc = cases.get(p.flag_id)!;
    expect(rc.kind).toBe('review');
    expect(rc.flag_ids).toEqual([p.flag_id, q.flag_id].sort());
    expect(cases.has(lone.flag_id)).toBe(false);
    expect(cases.has(prior.flag_id)).toBe(false);
    expect(cases.has(none.flag_id)).toBe(false);
  });

  it('decides a case as one: each flag gets its own entry and keeps its history', async () => {
    const s = await openReviewSession(createMemoryDecisionStore(), { now: testClock() });
    await s.decide(F1, { status: 'needs_info', note: 'Chờ hồ sơ', by: 'Đỗ Minh Tâm' });
    const changed = await s.decideMany([F1, F2], { status: 'confirmed', note: 'Cùng quyết định 15-QĐ/UBKT', by: 'Vũ Hoàng Anh' });
    expect(changed).toHaveLength(2);
    const h = (d: Decision | undefined) => d!.history.map((e) => [e.from, e.to]);
    expect(h(s.decisions.get(F1.flag_id))).toEqual([['open', 'needs_info'], ['needs_info', 'confirmed']]);
    expect(h(s.decisions.get(F2.flag_id))).toEqual([['open', 'confirmed']]);
  });
});
