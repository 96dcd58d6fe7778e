/**
 * The truth file against the checks: on the demo data (version 2 of the data contract, where every
 * check has planted cases), loaded through the loader into the
 * browser's engine (duckdb-wasm), the audit gives exactly the flags of truth.csv, and none of the
 * planted hard negatives. The truth comes from the plants' construction (src/lib/generate/plants*);
 * this test is where construction and checks meet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/lib/domain/rule-ids';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import type { Engine } from '../../../src/lib/engine/types';
import { loadDataset, type ParsedDataset } from '../../../src/lib/data';
import { runAudit, type AuditResult } from '../../../src/lib/rules/run-audit';
import { generateDataset, type NegativeCase } from '../../../src/lib/generate';
import { DEMO, demoFiles, demoParsed, readCsv } from './demo';

const key = (r: { rule: string; year: number | string; subject_type: string; subject_id: string }) => `${r.rule}|${r.year}|${r.subject_type}|${r.subject_id}`;

describe('generator: truth.csv and the checks (demo, seed 1, version 2)', () => {
  let engine: Engine;
  let parsed: ParsedDataset;
  let truth: { rule: string; year: string; subject_type: string; subject_id: string; case: string }[];
  let negatives: NegativeCase[];
  let audit: AuditResult;

  beforeAll(async () => {
    const v2 = { ...DEMO, format: 2 } as const;
    const files = demoFiles(v2);
    truth = readCsv(files['truth.csv']).rows as typeof truth;
    negatives = generateDataset(v2).negatives;
    parsed = await demoParsed(files);
    engine = await createWasmNodeEngine();
    await loadDataset(engine, parsed);
    audit = await runAudit(engine);
  }, 240_000);

  afterAll(async () => {
    await engine?.close();
  });

  it('plants several cases of every check', () => {
    for (const rule of RULE_IDS) expect(truth.filter((t) => t.rule === rule).length, rule).toBeGreaterThanOrEqual(2);
    expect(new Set(truth.map(key)).size).toBe(truth.length);
    expect(truth.every((t) => t.case.length > 10)).toBe(true);
  });

  it('every check ran', () => {
    expect(audit.outcomes.filter((o) => o.status !== 'ran')).toEqual([]);
  });

  it('the audit flags exactly the truth', () => {
    const flagged = new Set(audit.flags.map(key));
    const expected = new Set(truth.map(key));
    expect([...expected].filter((k) => !flagged.has(k)), 'missed').toEqual([]);
    expect([...flagged].filter((k) => !expected.has(k)), 'unexpected').toEqual([]);
  });

  it('flags none of the planted hard negatives', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(20);
    const flagged = new Set(audit.flags.map(key));
    expect(negatives.filter((n) => flagged.has(key(n))).map((n) => `${key(n)}: ${n.case}`)).toEqual([]);
  });
});
