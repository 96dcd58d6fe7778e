// Decisions outlive the data: run the real rule on the real engine over one version of a dataset,
// decide, reload the browser store, run again over a corrected version, and find every decision.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { rule as quotaExcellentMembers } from '../../../src/lib/rules/quota_excellent_members';
import { flagsToCsv } from '../../../src/lib/export/flags-csv';
import { DECISION_COLUMNS, joinDecisions } from '../../../src/lib/export/join-decisions';
import { countByStatus, flagsByStatus, openIdbDecisionStore, openReviewSession } from '../../../src/lib/review';
import { quotaCell, ruleOnEngine, unit, type Fixture } from '../rules/fixture';
import { freshBrowser } from './helpers';

/** Two wards of Ba Đình, one cell each. */
const UNITS = [unit('H', 'cap_tren', null, 'Đảng bộ quận Ba Đình'), ...ward('G1', 'Đảng bộ phường Quán Thánh', 'C1', 'Chi bộ Trường Tiểu học Mạc Đĩnh Chi'), ...ward('G2', 'Đảng bộ phường Trúc Bạch', 'C2', 'Chi bộ Khu dân cư số 3')];

function ward(id: string, name: string, cellId: string, cellName: string) {
  return [unit(id, 'co_so', 'H', name), unit(cellId, 'chi_bo', id, cellName)];
}

/** Version 1: both grassroots organisations over the 20% quota in 2023 (seed 002's 4 against 15, and 5 against 10). */
const V1: Fixture = {
  units: UNITS,
  ratings: [...quotaCell(2023, 'C1', 4, 15, ['A', 'B']), ...quotaCell(2023, 'C2', 5, 10, ['C', 'D'])]
};

/** Version 2, corrected and extended: G2's 2023 figures fixed (2 against 10), a 2024 year added with G1 over again. */
const V2: Fixture = {
  units: UNITS,
  ratings: [...quotaCell(2023, 'C1', 4, 15, ['A', 'B']), ...quotaCell(2023, 'C2', 2, 10, ['C', 'D']), ...quotaCell(2024, 'C1', 5, 12, ['A', 'B'])]
};

describe('decisions across dataset versions (duckdb-wasm, IndexedDB)', () => {
  const flagsOf = ruleOnEngine(quotaExcellentMembers);

  it('keeps decisions by flag_id, joins them to the new audit list, and lists the orphans', async () => {
    const { indexedDB, clock } = freshBrowser();

    const v1 = await flagsOf(V1);
    expect(v1.map((f) => [f.year, f.subject_id])).toEqual([[2023, 'G1'], [2023, 'G2']]);
    const [g1, g2] = v1;
    const store1 = await openIdbDecisionStore({ indexedDB, workspace: 'ba-dinh' });
    const s1 = await openReviewSession(store1, { now: clock });
    await s1.decide(g1, { status: 'confirmed', note: 'Vượt tỷ lệ, đề nghị xếp loại lại', by: 'Đỗ Minh Tâm' });
    await s1.decide(g2, { status: 'needs_info', note: 'Số liệu chi bộ số 3 có thể nhập sai', by: 'Đỗ Minh Tâm' });
    store1.close(); // the page is closed

    const v2 = await flagsOf(V2);
    expect(v2.map((f) => [f.year, f.subject_id])).toEqual([[2023, 'G1'], [2024, 'G1']]);
    expect(v2[0].flag_id).toBe(g1.flag_id); // same rule, year and subject: same id in every version

    const store2 = await openIdbDecisionStore({ indexedDB, workspace: 'ba-dinh' });
    const s2 = await openReviewSession(store2, { now: clock });
    const orphans = s2.orphans(v2);
    expect(orphans.map((d) => [d.flag.rule, d.flag.year, d.flag.subject_id, d.status, d.note])).toEqual([
      ['quota_excellent_members', 2023, 'G2', 'needs_info', 'Số liệu chi bộ số 3 có thể nhập sai']
    ]);
    expect(countByStatus(v2, s2.decisions)).toEqual({ open: 1, confirmed: 1, dismissed: 0, needs_info: 0 });
    expect(flagsByStatus(v2, s2.decisions, 'open').map((f) => f.year)).toEqual([2024]);
    expect(flagsByStatus(v2, s2.decisions, ['confirmed', 'dismissed']).map((f) => f.flag_id)).toEqual([g1.flag_id]);

    // The audit list exported with the decisions beside each flag.
    const rows = joinDecisions(v2, s2.decisions.values());
    const csv = flagsToCsv(rows, DECISION_COLUMNS);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(-4)).toEqual(['status', 'note', 'decided_by', 'decided_at']);
    expect(lines).toHaveLength(3);
    expect(lines[1].startsWith(g1.flag_id)).toBe(true);
    expect(lines[1].endsWith(`,confirmed,"Vượt tỷ lệ, đề nghị xếp loại lại",Đỗ Minh Tâm,${rows[0].decided_at}`)).toBe(true);
    expect(lines[2].endsWith(',open,,,')).toBe(true);
    store2.close();
  });
});
