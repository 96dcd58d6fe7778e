/**
 * Rule parameters chosen on the Settings page: stored in localStorage as the same JSON the CLI's
 * `--config` reads ({ "<rule_id>": { "<param>": value } }), validated by rules/config.ts on the way
 * in and out, so a stale or hand-edited value is dropped, never passed to an audit. Pure helpers
 * here; the reactive state is in settings.svelte.ts.
 */
import { checkParam, validateOverrides, type ParamOverrides } from '../rules/config';
import { RULES } from '../rules/registry';
import type { ParamValue, Params, Rule } from '../rules/types';
import type { RuleId } from '../domain/rule-ids';

export const SETTINGS_KEY = 'soi.ruleParams';

/**
 * Reads stored overrides, keeping every one that is still valid: a parameter a newer version retired
 * or bounds differently (unknown rule or parameter, out of range) is dropped alone, so the user's other
 * choices survive an update. Bad JSON gives {}.
 */
export function readOverrides(stored: string | null, rules: readonly Rule<Params>[] = RULES): ParamOverrides {
  if (!stored) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const kept: ParamOverrides = {};
  for (const [id, overrides] of Object.entries(raw)) {
    const rule = rules.find((r) => r.id === id);
    if (!rule || typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) continue;
    const valid = Object.entries(overrides).filter(([name, value]) => checkParam(rule, name, value).length === 0);
    if (valid.length) kept[rule.id] = Object.fromEntries(valid) as Params;
  }
  return kept;
}

/**
 * The overrides with one parameter set; a value equal to the default removes the override (so a
 * reset field leaves nothing behind). Returns the new overrides and the errors of that value.
 */
export function setParam(current: ParamOverrides, rule: Rule<Params>, name: string, value: ParamValue, rules: readonly Rule<Params>[] = RULES): { params: ParamOverrides; errors: string[] } {
  const next: ParamOverrides = structuredClone(current);
  const forRule: Params = { ...(next[rule.id] ?? {}) };
  if (JSON.stringify(value) === JSON.stringify(rule.defaults[name])) delete forRule[name];
  else forRule[name] = value;
  if (Object.keys(forRule).length) next[rule.id] = forRule;
  else delete next[rule.id];
  const { errors } = validateOverrides(next, rules);
  return { params: errors.length ? current : next, errors };
}

/** The value in effect: the override if any, else the rule's default. */
export function effectiveParam(current: ParamOverrides, rule: Rule<Params>, name: string): ParamValue {
  return current[rule.id]?.[name] ?? rule.defaults[name];
}

/** Every parameter of one rule in effect: its defaults with the overrides over them, as the audit merges them. */
export function effectiveParams(current: ParamOverrides, ruleId: RuleId, rules: readonly Rule<Params>[] = RULES): Params {
  const rule = rules.find((r) => r.id === ruleId);
  return { ...(rule?.defaults ?? {}), ...(current[ruleId] ?? {}) };
}
