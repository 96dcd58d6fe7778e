/** The quota limit and denominator in effect (Settings, else rule #1's defaults), for the charts. */
import type { ParamOverrides } from '$lib/rules/config';
import { RULES } from '$lib/rules/registry';
import { effectiveParam } from '$lib/settings/rule-settings';
import type { Denominator } from '$lib/stats';

export function quotaInEffect(params: ParamOverrides): { limit: number; denominator: Denominator } {
  const rule = RULES.find((r) => r.id === 'quota_excellent_members')!;
  return { limit: effectiveParam(params, rule, 'ratio') as number, denominator: effectiveParam(params, rule, 'denominator') as Denominator };
}
