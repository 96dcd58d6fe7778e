/**
 * Case `copies`, mode `streamed`: the three self-review rules with the reviews streamed
 * (src/lib/data/streamed-reviews.ts, src/lib/rules/streamed-corpus.ts), as `npm run audit` runs
 * them: reviews.csv read once in pieces, each review kept as its place in the file (its shingles counted),
 * the reviews table loaded without its texts, the evidence read back from the file. Timed from the
 * first byte of reviews.csv to the three rules' flags; peak_mb is the process's peak over that.
 */
import { fileByteSource } from '../../lib/data/file-byte-source';
import { streamedReviewsCsv } from '../../lib/data/streamed-reviews';
import { TableBuilder } from '../../lib/data/table-builder';
import { loadTable } from '../../lib/data/to-engine';
import type { Problem } from '../../lib/data/problems';
import type { Engine } from '../../lib/engine/types';
import { attachStreamedCorpus, TEXT_DEFAULTS } from '../../lib/rules/review-text';
import { runAudit } from '../../lib/rules/run-audit';
import { StreamedCorpus } from '../../lib/rules/streamed-corpus';
import { freshIdentity } from '../engines';
import { measureCase, timingFields } from '../measure';
import type { BenchRecord, EngineName } from '../record';
import { flagsByRule, perRule, TEXT_RULES } from './rules';

export async function streamedCopiesCase(
  engine: Engine,
  engineName: EngineName,
  scale: BenchRecord['scale'],
  reviewsCsv: string,
  runs: { warmup: number; runs: number }
): Promise<BenchRecord> {
  // The rules need a reviews table to exist, not its texts: one loaded with its texts (district
  // scale, by the JavaScript loader) stays; otherwise the run loads one without, as the command line
  // does, and it is dropped afterwards for the cases that load the texts.
  const loaded = (await engine.tables()).includes('reviews');
  const results: Awaited<ReturnType<typeof runAudit>>[] = [];
  const readMs: number[] = [];
  const m = await measureCase({
    ...runs,
    setup: async () => freshIdentity(engine),
    async run(e) {
      const t0 = performance.now();
      const corpus = new StreamedCorpus((name) => fileByteSource(name, reviewsCsv), TEXT_DEFAULTS.shingle_size);
      const problems: Problem[] = [];
      const builder = new TableBuilder('reviews', 'reviews.csv', problems);
      await streamedReviewsCsv(fileByteSource('reviews.csv', reviewsCsv), problems, corpus.sink).read(builder);
      if (problems.some((p) => p.severity === 'error')) throw new Error(`reviews.csv: ${problems.find((p) => p.severity === 'error')?.message}`);
      const table = builder.finish();
      if (!loaded) await loadTable(e, 'reviews', table.data);
      attachStreamedCorpus(e, corpus);
      const read = performance.now() - t0;
      return { read, reviews: corpus.size, result: await runAudit(e, { only: TEXT_RULES }) };
    },
    async teardown(e, r, { timed }) {
      if (!loaded) await e.exec('DROP TABLE IF EXISTS reviews');
      if (!timed) return;
      results.push(r.result);
      readMs.push(r.read);
    }
  });
  const { ms } = perRule(results);
  return {
    case: 'copies',
    scale,
    engine: engineName,
    ...timingFields(m),
    rows: m.last.reviews,
    mode: 'streamed',
    read_ms: Math.round(readMs[readMs.length - 1]),
    per_rule_ms: ms,
    flags: m.last.result.flags.length,
    flags_by_rule: flagsByRule(m.last.result)
  };
}
