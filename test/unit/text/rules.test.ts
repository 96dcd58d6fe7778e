import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { createNativeEngine } from '../../../src/lib/engine/native';
import type { Engine } from '../../../src/lib/engine/types';
import { loadTable } from '../../../src/lib/data/to-engine';
import { createDerivedTables } from '../../../src/lib/data/derived';
import { runAudit, type AuditResult } from '../../../src/lib/rules/run-audit';
import { ruleById } from '../../../src/lib/rules/registry';
import { rule as priorYear } from '../../../src/lib/rules/review_copied_prior_year';
import { rule as colleague } from '../../../src/lib/rules/review_copied_colleague';
import { rule as weaknesses } from '../../../src/lib/rules/repeated_weaknesses';
import type { Flag } from '../../../src/lib/rules/types';
import { PLANTED, textDataset, type TextDataset } from './text-dataset';
import { comparedReview } from '../../../src/lib/ui/evidence/refs';

const TEXT_RULES = [priorYear, colleague, weaknesses];
const keys = (flags: Flag[], rule: string) => flags.filter((f) => f.rule === rule).map((f) => `${f.subject_id}@${f.year}`).sort();

async function loaded(make: () => Promise<Engine>, data: TextDataset): Promise<Engine> {
  const e = await make();
  for (const t of ['units', 'people', 'ratings', 'reviews'] as const) await loadTable(e, t, data[t]);
  await createDerivedTables(e);
  return e;
}

describe('text rules on the wasm engine (the browser engine)', () => {
  let engine: Engine;
  let result: AuditResult;
  const progress: number[] = [];

  beforeAll(async () => {
    engine = await loaded(createWasmNodeEngine, textDataset());
    result = await runAudit(engine, { rules: TEXT_RULES, onProgress: (_r, f) => progress.push(f) });
    // Creating the wasm engine takes seconds on a busy 2-core machine.
  }, 120_000);
  afterAll(() => engine.close());

  it('are registered', () => {
    for (const r of TEXT_RULES) expect(ruleById(r.id)).toBe(r);
  });

  it('ran, reporting progress from 0 to 1', () => {
    expect(result.outcomes.map((o) => o.status)).toEqual(['ran', 'ran', 'ran']);
    expect(Math.min(...progress)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...progress)).toBe(1);
  });

  it('flag exactly the planted prior-year copies: exact, year and two sentences changed, reordered, two years back', () => {
    const p = PLANTED;
    expect(keys(result.flags, 'review_copied_prior_year')).toEqual(
      [p.exactCopy, p.yearAndTwoSentences, p.reordered, p.twoYearsBack].map((c) => `${c.person}@${c.year}`).sort()
    );
    const byPerson = Object.fromEntries(result.flags.filter((f) => f.rule === 'review_copied_prior_year').map((f) => [f.subject_id, f]));
    // An exact copy and a reordered copy are identical as shingle sets.
    expect(byPerson.P01.score).toBe(1);
    expect(byPerson.P03.score).toBe(1);
    expect(byPerson.P02.score).toBeGreaterThan(0.4);
    expect(byPerson.P02.score).toBeLessThan(1);
    // The best-matching earlier year is named, with the sentence counts.
    expect(byPerson.P04.evidence).toMatch(/^Năm đối chiếu: 2021; độ tương đồng 1,000/);
    expect(byPerson.P01.evidence).toMatch(/(\d+)\/\1 câu giống hệt với năm 2022/);
    expect(byPerson.P02.evidence).toMatch(/Năm đối chiếu: 2022/);
    expect(byPerson.P01).toMatchObject({ severity: 'high', unit_id: 'C1', subject_type: 'person' });
    expect(byPerson.P01.regulation).toContain('Quy định 124-QĐ/TW');
    expect(byPerson.P01.message).toBe('Bản kiểm điểm năm 2023 gần như sao chép bản kiểm điểm năm 2022 của chính đảng viên này (độ tương đồng 100%).');
  });

  it('flag both colleagues of one grassroots organisation, and not a copy across organisations', () => {
    expect(keys(result.flags, 'review_copied_colleague')).toEqual(['P05@2022', 'P06@2022']);
    const p05 = result.flags.find((f) => f.rule === 'review_copied_colleague' && f.subject_id === 'P05') as Flag;
    expect(p05.evidence).toContain('(P06)');
    expect(p05.evidence).toContain('Đảng bộ xã Tân Triều (G1)');
    expect(p05.score).toBeGreaterThan(0.6);
  });

  it('flag section II repeated three years at the third year, four years at the third and fourth, two years not at all', () => {
    const p = PLANTED;
    expect(keys(result.flags, 'repeated_weaknesses')).toEqual(['P11@2023', 'P12@2022', 'P12@2023', 'P14@2023']);
    expect(keys(result.flags, 'repeated_weaknesses')).not.toContain(`${p.weaknesses2Only.person}@2023`);
    const f = result.flags.find((x) => x.subject_id === 'P11' && x.rule === 'repeated_weaknesses') as Flag;
    expect(f.severity).toBe('medium');
    expect(f.message).toContain('(2021–2023)');
  });

  it('compare the weaknesses (part 1 of section II) only: re-worded causes do not hide a repeat, repeated causes make none', () => {
    const p = PLANTED;
    expect(keys(result.flags, 'repeated_weaknesses')).toContain(`${p.weaknessesCausesReworded.person}@2023`);
    expect(keys(result.flags, 'repeated_weaknesses').filter((k) => k.startsWith(`${p.causesOnly.person}@`))).toEqual([]);
  });

  it('name the compared review in their related items, the way the evidence view reads it', () => {
    const compared = (rule: string, id: string) => comparedReview(result.flags.find((f) => f.rule === rule && f.subject_id === id) as Flag);
    expect(compared('review_copied_prior_year', 'P04')).toEqual({ person_id: 'P04', year: 2021, weaknessesOnly: false });
    expect(compared('review_copied_colleague', 'P05')).toEqual({ person_id: 'P06', year: 2022, weaknessesOnly: false });
    expect(compared('review_copied_colleague', 'P06')).toEqual({ person_id: 'P05', year: 2022, weaknessesOnly: false });
    expect(compared('repeated_weaknesses', 'P11')).toEqual({ person_id: 'P11', year: 2022, weaknessesOnly: true });
  });

  it('leave honest reviews alone even when they share the form and many stock phrases', async () => {
    // At a threshold far below the default, honest pairs still score low: the stock phrasing every
    // review shares carries no weight.
    const low = await runAudit(engine, { rules: [priorYear, colleague], params: { review_copied_prior_year: { threshold: 0.2 }, review_copied_colleague: { threshold: 0.2 } } });
    // P15 repeats two sentences of causes word for word each year: above this low threshold, below the default.
    const causesRepeated = ['P15@2022', 'P15@2023'];
    expect(keys(low.flags, 'review_copied_prior_year')).toEqual([...keys(result.flags, 'review_copied_prior_year'), ...causesRepeated].sort());
    expect(keys(low.flags, 'review_copied_colleague')).toEqual(['P05@2022', 'P06@2022']);
  });

  it('widen the colleague search to the whole dataset on request (via LSH)', async () => {
    const wide = await runAudit(engine, { rules: [colleague], params: { review_copied_colleague: { scope: 'dataset', lsh_min_group: 10 } } });
    expect(keys(wide.flags, 'review_copied_colleague')).toEqual(['P05@2022', 'P06@2022', 'P07@2021', 'P30@2021']);
  });

  it('give the same flags when the reviews are in NFD (and notice that the reviews changed)', async () => {
    await loadTable(engine, 'reviews', textDataset('NFD').reviews);
    const again = await runAudit(engine, { rules: TEXT_RULES });
    await loadTable(engine, 'reviews', textDataset('NFC').reviews);
    expect(again.flags).toEqual(result.flags);
  });

  it('reject an invalid parameter instead of running', async () => {
    const bad = await runAudit(engine, { rules: [priorYear], params: { review_copied_prior_year: { threshold: 0 } } });
    expect(bad.outcomes[0]).toMatchObject({ status: 'failed' });
  });

  it('do not run without a reviews table', async () => {
    await engine.exec('ALTER TABLE reviews RENAME TO reviews_aside');
    const r = await runAudit(engine, { rules: TEXT_RULES });
    await engine.exec('ALTER TABLE reviews_aside RENAME TO reviews');
    expect(r.outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped', 'skipped']);
  });

  it('give identical output on native DuckDB', async () => {
    const native = await loaded(createNativeEngine, textDataset());
    const n = await runAudit(native, { rules: TEXT_RULES });
    expect(n.flags).toEqual(result.flags);
    await native.close();
  });
});
