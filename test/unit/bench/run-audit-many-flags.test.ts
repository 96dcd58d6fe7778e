/**
 * Scale: a rule may return hundreds of thousands of flags (e.g. a deadline set too early flags every
 * rating of a province); the runner must keep them all rather than fail the rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import type { Engine } from '../../../src/lib/engine/types';
import { runAudit } from '../../../src/lib/rules/run-audit';
import type { FlagDraft, Rule } from '../../../src/lib/rules/types';

const MANY = 150_000;

let engine: Engine;
beforeAll(async () => {
  engine = await createWasmNodeEngine();
});
afterAll(() => engine?.close());

describe('runAudit with a very large audit list', () => {
  it('returns every flag of a rule that finds 150,000', async () => {
    const everyRow: Rule = {
      id: 'late_rating',
      evidenceView: { kind: 'rating' },
      requires: [],
      defaults: {},
      async run() {
        return Array.from(
          { length: MANY },
          (_, i): FlagDraft => ({
            rule: 'late_rating', severity: 'low', year: 2023, subject_type: 'person', subject_id: `P${i}`, unit_id: null,
            score: 1, regulation: '', message: '', evidence: ''
          })
        );
      }
    };
    const { flags, outcomes } = await runAudit(engine, { rules: [everyRow] });
    expect(outcomes).toEqual([expect.objectContaining({ rule: 'late_rating', status: 'ran', flags: MANY })]);
    expect(flags).toHaveLength(MANY);
    expect(new Set(flags.map((f) => f.flag_id)).size).toBe(MANY);
  });
});
