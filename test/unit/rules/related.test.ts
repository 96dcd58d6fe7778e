/**
 * The `related` column: rules hand the runner a list of `type:id` items, the runner joins them
 * (empty items dropped, repeats once, order kept), and flags.csv carries them as its last column.
 */
import { describe, expect, it } from 'vitest';
import { flagsToCsv } from '../../../src/lib/export/flags-csv';
import { joinRelated, related, relatedItemSql, splitRelated } from '../../../src/lib/rules/related';
import { runAudit, withFlagId } from '../../../src/lib/rules/run-audit';
import type { FlagDraft, Rule } from '../../../src/lib/rules/types';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { FLAG_COLUMNS } from '../../../src/lib/rules/types';

const draft = (extra: Partial<FlagDraft> = {}): FlagDraft => ({
  rule: 'disciplined_not_downgraded',
  severity: 'high',
  year: 2024,
  subject_type: 'person',
  subject_id: 'P1',
  unit_id: 'C1',
  score: null,
  regulation: 'Quy định số 124-QĐ/TW',
  message: 'x',
  evidence: 'y',
  ...extra
});

describe('related', () => {
  it('builds each kind of item, and nothing from a missing id', () => {
    expect([related.decision('15-QĐ/UBKTTU'), related.person('P1'), related.unit('C1'), related.review('P1', 2023), related.successor('X3')]).toEqual([
      'decision:15-QĐ/UBKTTU',
      'person:P1',
      'unit:C1',
      'review:P1/2023',
      'successor:X3'
    ]);
    expect([related.decision(null), related.person(''), related.review('P1', null), related.successor(undefined)]).toEqual([null, null, null, null]);
  });

  it('joins items with "; ", once each, in the order given; splits them back', () => {
    const joined = joinRelated(['decision:1-QĐ', null, 'person:P1', 'decision:1-QĐ', '', 'review:P1/2023']);
    expect(joined).toBe('decision:1-QĐ; person:P1; review:P1/2023');
    expect(splitRelated(joined)).toEqual(['decision:1-QĐ', 'person:P1', 'review:P1/2023']);
    expect(joinRelated(undefined)).toBe('');
    expect(joinRelated([])).toBe('');
    expect(splitRelated('')).toEqual([]);
  });

  it('the runner fills the column of every flag: the joined items, or empty', async () => {
    expect(withFlagId(draft()).related).toBe('');
    expect(withFlagId(draft({ related: ['person:P1', 'person:P1', 'unit:C1'] })).related).toBe('person:P1; unit:C1');
    const engine = await createWasmNodeEngine();
    await engine.exec(`CREATE TABLE d AS SELECT '7-QĐ/UBKT' AS decision_no UNION ALL SELECT NULL`);
    const rows = await engine.query<{ item: string | null }>(`SELECT ${relatedItemSql('decision', 'decision_no')} AS item FROM d ORDER BY item NULLS LAST`);
    expect(rows).toEqual([{ item: 'decision:7-QĐ/UBKT' }, { item: null }]);
    const rule: Rule = {
      id: 'disciplined_not_downgraded',
      evidenceView: { kind: 'timeline' },
      requires: [],
      defaults: {},
      run: async () => [draft({ related: rows.map((r) => r.item).concat(['person:P1']) })]
    };
    const { flags } = await runAudit(engine, { rules: [rule] });
    expect(flags.map((f) => f.related)).toEqual(['decision:7-QĐ/UBKT; person:P1']);
    await engine.close();
  });

  it('is the last column of flags.csv, after evidence', () => {
    expect(FLAG_COLUMNS.slice(-2)).toEqual(['evidence', 'related']);
    const csv = flagsToCsv([withFlagId(draft({ related: ['decision:1-QĐ', 'person:P1'] }))]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header.endsWith(',evidence,related')).toBe(true);
    expect(row.endsWith(',y,decision:1-QĐ; person:P1')).toBe(true);
  });
});
