/**
 * Case `rules`: runAudit over every registered rule but the three text rules (the SQL
 * checks), on an engine that holds the dataset. Reports each rule's median time, so that a slow
 * rule is named, and the flags found (their ids let the bench compare engines).
 */
import type { RuleId } from '../../lib/domain/rule-ids';
import type { Engine } from '../../lib/engine/types';
import { RULES } from '../../lib/rules/registry';
import { runAudit, type AuditResult } from '../../lib/rules/run-audit';
import { measureCase, timingFields } from '../measure';
import type { BenchRecord, EngineName } from '../record';
import { median, round1 } from '../stats';

export const TEXT_RULES: readonly RuleId[] = ['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses'];

export function sqlRuleIds(): RuleId[] {
  return RULES.map((r) => r.id).filter((id) => !TEXT_RULES.includes(id));
}

/** Median ms of each rule that ran, over the runs; the rules that did not run, with why. */
export function perRule(results: readonly AuditResult[]): { ms: Record<string, number>; notRun: Record<string, string> } {
  const times = new Map<string, number[]>();
  const notRun: Record<string, string> = {};
  for (const r of results)
    for (const o of r.outcomes) {
      if (o.status === 'ran') times.set(o.rule, [...(times.get(o.rule) ?? []), o.ms]);
      else notRun[o.rule] = o.status === 'skipped' ? `skipped: ${o.reason}` : `failed: ${o.error}`;
    }
  return { ms: Object.fromEntries([...times].map(([k, v]) => [k, round1(median(v))])), notRun };
}

export function flagsByRule(result: AuditResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of result.flags) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return out;
}

export interface RulesOutcome {
  record: BenchRecord;
  flagIds: string[];
}

export async function rulesCase(
  engine: Engine,
  engineName: EngineName,
  scale: BenchRecord['scale'],
  rows: number,
  runs: { warmup: number; runs: number },
  extra: Record<string, unknown> = {}
): Promise<RulesOutcome> {
  const only = sqlRuleIds();
  const results: AuditResult[] = [];
  const m = await measureCase({
    ...runs,
    setup: async () => engine,
    run: (e) => runAudit(e, { only }),
    async teardown(_e, r, { timed }) {
      if (timed) results.push(r);
    }
  });
  const { ms, notRun } = perRule(results);
  return {
    flagIds: m.last.flags.map((f) => f.flag_id).sort(),
    record: {
      case: 'rules',
      scale,
      engine: engineName,
      ...timingFields(m),
      rows,
      ...extra,
      rules: only.length,
      per_rule_ms: ms,
      ...(Object.keys(notRun).length ? { not_run: notRun } : {}),
      flags: m.last.flags.length,
      flags_by_rule: flagsByRule(m.last)
    }
  };
}
