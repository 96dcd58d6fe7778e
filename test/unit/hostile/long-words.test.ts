/**
 * Text of any shape: a self-review holding one 250,000-letter word (a pasted blob, a key held
 * down) goes through the three text checks on both engines; the other reviews are still compared.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { loadTable } from '../../../src/lib/data/to-engine';
import { createDerivedTables } from '../../../src/lib/data/derived';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { rule as priorYear } from '../../../src/lib/rules/review_copied_prior_year';
import { rule as colleague } from '../../../src/lib/rules/review_copied_colleague';
import { rule as weaknesses } from '../../../src/lib/rules/repeated_weaknesses';
import { syllables } from '../../../src/lib/text/normalise';
import { textDataset, PLANTED } from '../text/text-dataset';
import { ENGINES } from '../rules/fixture';

const LONG_WORD = 'ệ'.repeat(250_000);

describe('a review with a 250,000-letter word', () => {
  it('is one syllable to the tokenizer, and a sentence of 200,000 syllables is whole', () => {
    expect(syllables(`Tôi ${LONG_WORD} xin kiểm điểm.`)).toEqual(['tôi', LONG_WORD, 'xin', 'kiểm', 'điểm']);
    expect(syllables('ba '.repeat(200_000)).length).toBe(200_000);
  });

  it.each(ENGINES)('goes through the three text checks on %s', async (_name, make) => {
    const data = textDataset();
    const victim = data.reviews.find((r) => r.person_id === 'P20' && r.year === 2023)!;
    victim.text = `${victim.text}\n${LONG_WORD}\n${'ba '.repeat(200_000)}`;
    // A review that is nothing but the word: no section headings, so its first line is read as a header.
    data.reviews.find((r) => r.person_id === 'P21' && r.year === 2023)!.text = LONG_WORD;
    const engine: Engine = await make();
    try {
      for (const t of ['units', 'people', 'ratings', 'reviews'] as const) await loadTable(engine, t, data[t]);
      await createDerivedTables(engine);
      const result = await runAudit(engine, { rules: [priorYear, colleague, weaknesses] });
      expect(result.outcomes.map((o) => [o.rule, o.status, o.status === 'failed' ? o.error : ''])).toEqual([
        ['review_copied_prior_year', 'ran', ''],
        ['review_copied_colleague', 'ran', ''],
        ['repeated_weaknesses', 'ran', '']
      ]);
      // The planted copies are still found around it.
      const copied = result.flags.filter((f) => f.rule === 'review_copied_prior_year').map((f) => f.subject_id);
      expect(copied).toContain(PLANTED.exactCopy.person);
    } finally {
      await engine.close();
    }
  }, 120_000);
});
