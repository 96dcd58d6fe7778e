/**
 * Case `copies`: the three self-review rules (src/lib/text/ through runAudit).
 * - mode `lsh`, the rules' defaults: each run starts from a cold corpus (see freshIdentity) — the
 *   reviews read and shingled (`corpus_ms`), then the three rules over it (`per_rule_ms`).
 * - mode `exhaustive`: review_copied_colleague alone, on the corpus already built, comparing every
 *   in-scope pair exactly (lsh_min_group above any group: the rule's own all-pairs path), against
 *   the same rule with LSH. The other two rules have no LSH path, so they are not repeated.
 */
import { partyMemberTrackSql } from '../../lib/sql/ratings';
import type { Engine } from '../../lib/engine/types';
import { reviewCorpus, TEXT_DEFAULTS } from '../../lib/rules/review-text';
import { runAudit, type AuditResult } from '../../lib/rules/run-audit';
import { freshIdentity } from '../engines';
import { measureCase, timingFields } from '../measure';
import type { BenchRecord, EngineName } from '../record';
import { median, round1 } from '../stats';
import { flagsByRule, perRule, TEXT_RULES } from './rules';

/** Pairs of reviews written in one grassroots organisation in one year: what exhaustive search compares. */
export async function inScopePairs(engine: Engine): Promise<{ pairs: number; largestGroup: number }> {
  const [r] = await engine.query<{ pairs: number | null; largest: number | null }>(`
    WITH g AS (
      SELECT v.year, ug.co_so_id, count(*) AS n
      FROM reviews v
      JOIN ratings r ON r.subject_type = 'person' AND r.subject_id = v.person_id AND r.year = v.year AND ${partyMemberTrackSql('r')}
      JOIN unit_grassroots ug ON ug.unit_id = r.unit_id
      WHERE ug.co_so_id IS NOT NULL
      GROUP BY ALL)
    SELECT CAST(sum(n * (n - 1) / 2) AS BIGINT) AS pairs, max(n) AS largest FROM g`);
  return { pairs: r.pairs ?? 0, largestGroup: r.largest ?? 0 };
}

interface CopiesRun {
  corpusMs: number;
  result: AuditResult;
}

export interface CopiesOutcome {
  record: BenchRecord;
  result: AuditResult;
  /** An engine identity whose corpus is built (for the exhaustive comparison). */
  warm: Engine;
}

export async function copiesCase(
  engine: Engine,
  engineName: EngineName,
  scale: BenchRecord['scale'],
  reviews: number,
  runs: { warmup: number; runs: number },
  extra: Record<string, unknown> = {}
): Promise<CopiesOutcome> {
  const results: AuditResult[] = [];
  const corpusMs: number[] = [];
  let warm = engine;
  const m = await measureCase<Engine, CopiesRun>({
    ...runs,
    setup: async () => {
      // Let the previous run's corpus go before this run builds its own.
      warm = engine;
      return freshIdentity(engine);
    },
    async run(e) {
      const t0 = performance.now();
      await reviewCorpus(e, TEXT_DEFAULTS.shingle_size);
      const ms = performance.now() - t0;
      return { corpusMs: ms, result: await runAudit(e, { only: TEXT_RULES }) };
    },
    async teardown(e, r, { timed }) {
      if (!timed) return;
      results.push(r.result);
      corpusMs.push(r.corpusMs);
      warm = e;
    }
  });
  const { ms, notRun } = perRule(results);
  return {
    result: m.last.result,
    warm,
    record: {
      case: 'copies',
      scale,
      engine: engineName,
      ...timingFields(m),
      rows: reviews,
      mode: 'lsh',
      ...extra,
      corpus_ms: round1(median(corpusMs)),
      per_rule_ms: ms,
      ...(Object.keys(notRun).length ? { not_run: notRun } : {}),
      flags: m.last.result.flags.length,
      flags_by_rule: flagsByRule(m.last.result)
    }
  };
}

/** review_copied_colleague comparing every in-scope pair, on a warm corpus; recall of LSH against it. */
export async function exhaustiveColleagueCase(
  lsh: CopiesOutcome,
  engineName: EngineName,
  scale: BenchRecord['scale'],
  runs: { warmup: number; runs: number },
  extra: Record<string, unknown> = {}
): Promise<BenchRecord> {
  const m = await measureCase({
    ...runs,
    setup: async () => lsh.warm,
    run: (e) => runAudit(e, { only: ['review_copied_colleague'], params: { review_copied_colleague: { lsh_min_group: 1e9 } } })
  });
  const outcome = m.last.outcomes[0];
  if (outcome?.status !== 'ran') throw new Error(`exhaustive review_copied_colleague did not run: ${JSON.stringify(outcome)}`);
  const lshMs = (lsh.record.per_rule_ms as Record<string, number>).review_copied_colleague;
  const recall = colleagueRecall(lsh.result, m.last);
  return {
    case: 'copies',
    scale,
    engine: engineName,
    ...timingFields(m),
    rows: lsh.record.rows,
    mode: 'exhaustive',
    rules: ['review_copied_colleague'],
    corpus: 'built before (not timed)',
    ...extra,
    lsh_ms: lshMs,
    lsh_speedup: lshMs ? round1(m.ms / lshMs) : null,
    flags: m.last.flags.length,
    lsh_colleague_recall: recall.recall,
    lsh_colleague_found: `${recall.found}/${recall.of}`
  };
}

/** Share of the exhaustive search's colleague flags that the LSH search also finds. */
export function colleagueRecall(lsh: AuditResult, exhaustive: AuditResult): { found: number; of: number; recall: number | null } {
  const ids = (r: AuditResult) => new Set(r.flags.filter((f) => f.rule === 'review_copied_colleague').map((f) => f.flag_id));
  const want = ids(exhaustive);
  const got = ids(lsh);
  const found = [...want].filter((id) => got.has(id)).length;
  return { found, of: want.size, recall: want.size ? Math.round((found / want.size) * 10_000) / 10_000 : null };
}
