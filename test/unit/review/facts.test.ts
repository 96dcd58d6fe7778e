// Decisions follow the facts: the real rule on the real engine, a decision, then a corrected
// version of the data whose figures for that flag changed: the flag is open again, history kept.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { rule as quotaExcellentMembers } from '../../../src/lib/rules/quota_excellent_members';
import { factsChanged, factsOf, openIdbDecisionStore, openReviewSession, parseDecisionsJson, SYSTEM_REVIEWER } from '../../../src/lib/review';
import { quotaCell, ruleOnEngine, unit, type Fixture } from '../rules/fixture';
import { freshBrowser } from './helpers';

const UNITS = [unit('H', 'cap_tren', null, 'Đảng bộ quận Ba Đình'), unit('G1', 'co_so', 'H'), unit('C1', 'chi_bo', 'G1'), unit('G2', 'co_so', 'H'), unit('C2', 'chi_bo', 'G2')];
const V1: Fixture = {
  units: UNITS,
  ratings: [...quotaCell(2023, 'C1', 4, 15, ['A', 'B']), ...quotaCell(2023, 'C2', 5, 10, ['C', 'D'])]
};
/** G1's 2023 figures corrected (6 excellent, still over the quota); G2 untouched. */
const V2: Fixture = {
  units: UNITS,
  ratings: [...quotaCell(2023, 'C1', 6, 15, ['A', 'B']), ...quotaCell(2023, 'C2', 5, 10, ['C', 'D'])]
};

describe('decisions follow the facts (duckdb-wasm, IndexedDB)', () => {
  const flagsOf = ruleOnEngine(quotaExcellentMembers);

  it('records the evidence fingerprint with each decision; changed facts send the flag back to open work, history keeping both', async () => {
    const { indexedDB, clock } = freshBrowser();
    const [g1, g2] = await flagsOf(V1);
    const session = await openReviewSession(await openIdbDecisionStore({ indexedDB, workspace: 'ws' }), { now: clock });
    await session.decide(g1, { status: 'confirmed', note: 'Vượt tỷ lệ', by: 'Đỗ Minh Tâm' });
    await session.decideMany([g2], { status: 'dismissed', note: '', by: 'Đỗ Minh Tâm', reason: 'data_error' });
    expect(session.decisions.get(g1.flag_id)!.history[0].facts).toBe(factsOf(g1));
    // The same audit again changes nothing.
    expect(await session.followFacts([g1, g2])).toEqual([]);

    const [h1, h2] = await flagsOf(V2);
    expect(h1.flag_id).toBe(g1.flag_id);
    expect(factsOf(h1)).not.toBe(factsOf(g1));
    expect(factsOf(h2)).toBe(factsOf(g2));
    const changed = await session.followFacts([h1, h2]);
    expect(changed.map((d) => d.flag_id)).toEqual([g1.flag_id]);
    const d1 = session.decisions.get(g1.flag_id)!;
    expect(d1.status).toBe('open');
    expect(factsChanged(d1)).toBe(true);
    expect(d1.history.map((e) => [e.by, e.from, e.to, e.kind ?? ''])).toEqual([
      ['Đỗ Minh Tâm', 'open', 'confirmed', ''],
      [SYSTEM_REVIEWER, 'confirmed', 'open', 'facts_changed']
    ]);
    expect(session.decisions.get(g2.flag_id)!.status).toBe('dismissed');
    // Once reopened, the same facts do not reopen it again; a new decision on them clears the notice.
    expect(await session.followFacts([h1])).toEqual([]);
    await session.decide(h1, { status: 'confirmed', note: 'Vẫn vượt tỷ lệ sau khi sửa số liệu', by: 'Đỗ Minh Tâm' });
    expect(factsChanged(session.decisions.get(g1.flag_id))).toBe(false);
    // All of it travels in the decisions file.
    const back = parseDecisionsJson(session.exportJson()).decisions.find((d) => d.flag_id === g1.flag_id)!;
    expect(back.history.map((e) => e.kind ?? '')).toEqual(['', 'facts_changed', '']);
  });
});
