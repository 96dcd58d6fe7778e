/** The audit list counted by rule and severity, for FlagsByRuleChart. Pure. */
import { RULE_IDS, type RuleId, type Severity } from '../domain/rule-ids';
import type { Flag } from '../rules/types';

export type RuleSeverityCount = { rule: RuleId; total: number } & Record<Severity, number>;

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/**
 * One row per rule with flags (and per rule in `include`, even with none: e.g. the rules that ran),
 * most flags first; ties in the order of RULE_IDS.
 */
export function countFlagsByRule(flags: readonly Pick<Flag, 'rule' | 'severity'>[], include: readonly RuleId[] = []): RuleSeverityCount[] {
  const rows = new Map<RuleId, RuleSeverityCount>();
  const row = (rule: RuleId) => {
    let r = rows.get(rule);
    if (!r) rows.set(rule, (r = { rule, total: 0, high: 0, medium: 0, low: 0 }));
    return r;
  };
  for (const rule of include) row(rule);
  for (const f of flags) {
    const r = row(f.rule);
    r[f.severity]++;
    r.total++;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
}
