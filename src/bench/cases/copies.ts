/**
 * Case `copies`: the three self-review rules (engineer D's src/lib/text/ through runAudit), each run
 * from a cold corpus (see freshIdentity). Two modes over the same data: `lsh`, the rules' defaults
 * (all pairs in small grassroots organisations, MinHash + LSH in large ones), and `exhaustive`,
 * review_copied_colleague comparing every in-scope pair exactly (lsh_min_group above any group) —
 * the baseline LSH is measured against, through the very same code path.
 */
import type { Engine } from '../../lib/engine/types';
import { runAudit, type AuditOptions, type AuditResult } from '../../lib/rules/run-audit';
import { freshIdentity } from '../engines';
import { measureCase } from '../measure';
import type { BenchRecord, EngineName } from '../record';
import { flagsByRule, perRule, TEXT_RULES } from './rules';

export type CopiesMode = 'lsh' | 'exhaustive';

const EXHAUSTIVE: AuditOptions['params'] = { review_copied_colleague: { lsh_min_group: 1e9 } };

/** Pairs of reviews written in one grassroots organisation in one year: what exhaustive search compares. */
export async function inScopePairs(engine: Engine): Promise<{ pairs: number; largestGroup: number }> {
  const [r] = await engine.query<{ pairs: number | null; largest: number | null }>(`
    WITH g AS (
      SELECT v.year, ug.co_so_id, count(*) AS n
      FROM reviews v
      JOIN ratings r ON r.subject_type = 'person' AND r.subject_id = v.person_id AND r.year = v.year AND coalesce(r.track, 'party_member') = 'party_member'
      JOIN unit_grassroots ug ON ug.unit_id = r.unit_id
      WHERE ug.co_so_id IS NOT NULL
      GROUP BY ALL)
    SELECT CAST(sum(n * (n - 1) / 2) AS BIGINT) AS pairs, max(n) AS largest FROM g`);
  return { pairs: r.pairs ?? 0, largestGroup: r.largest ?? 0 };
}

export interface CopiesOutcome {
  record: BenchRecord;
  result: AuditResult;
}

export async function copiesCase(
  engine: Engine,
  engineName: EngineName,
  scale: BenchRecord['scale'],
  reviews: number,
  mode: CopiesMode,
  runs: { warmup: number; runs: number },
  extra: Record<string, unknown> = {}
): Promise<CopiesOutcome> {
  const results: AuditResult[] = [];
  const m = await measureCase({
    ...runs,
    setup: async () => freshIdentity(engine),
    run: (e) => runAudit(e, { only: TEXT_RULES, params: mode === 'exhaustive' ? EXHAUSTIVE : undefined }),
    async teardown(_e, r, { timed }) {
      if (timed) results.push(r);
    }
  });
  const { ms, notRun } = perRule(results);
  return {
    result: m.last,
    record: {
      case: 'copies',
      scale,
      engine: engineName,
      ms: m.ms,
      runs: m.samples.length,
      rows: reviews,
      peak_mb: m.peak_mb,
      p95: m.p95,
      samples: m.samples,
      mode,
      ...extra,
      per_rule_ms: ms,
      ...(Object.keys(notRun).length ? { not_run: notRun } : {}),
      flags: m.last.flags.length,
      flags_by_rule: flagsByRule(m.last)
    }
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
