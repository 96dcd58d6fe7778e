/**
 * Rule parameter overrides from JSON (`npm run audit -- … --config params.json`, the Settings page):
 * { "<rule_id>": { "<param>": value, … }, … }. Every value is checked against the rule's defaults and
 * paramSpec before any rule runs, so a typo is reported, never silently ignored.
 */
import { RULE_IDS, type RuleId } from '../domain/rule-ids';
import { RULES } from './registry';
import type { ParamSpec, ParamValue, Params, Rule } from './types';

export type ParamOverrides = Partial<Record<RuleId, Params>>;

export interface ConfigResult {
  params: ParamOverrides;
  /** Each problem in one line, Vietnamese first, English in parentheses; empty when valid. */
  errors: string[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

/** What is wrong with one value of one parameter ([] if nothing). */
export function checkParam(rule: Rule<Params>, name: string, value: unknown): string[] {
  const where = `${rule.id}.${name}`;
  if (!(name in rule.defaults)) {
    const known = Object.keys(rule.defaults);
    return [`${where}: không có tham số này (unknown parameter; ${known.length ? `known: ${known.join(', ')}` : 'the rule has no parameters'})`];
  }
  const spec: ParamSpec | undefined = rule.paramSpec?.[name];
  const fallback = rule.defaults[name];
  if (!spec) {
    return kindOf(value) === kindOf(fallback) ? [] : [`${where}: cần kiểu ${kindOf(fallback)}, nhận ${JSON.stringify(value)} (expected a ${kindOf(fallback)})`];
  }
  switch (spec.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return [`${where}: cần một số, nhận ${JSON.stringify(value)} (expected a number)`];
      if (spec.integer && !Number.isInteger(value)) return [`${where}: cần số nguyên, nhận ${value} (expected an integer)`];
      if (spec.min !== undefined && value < spec.min) return [`${where}: phải ≥ ${spec.min}, nhận ${value} (must be at least ${spec.min})`];
      if (spec.max !== undefined && value > spec.max) return [`${where}: phải ≤ ${spec.max}, nhận ${value} (must be at most ${spec.max})`];
      return [];
    }
    case 'choice':
      return typeof value === 'string' && spec.values.includes(value)
        ? []
        : [`${where}: phải là một trong ${spec.values.join(', ')}, nhận ${JSON.stringify(value)} (expected one of these)`];
    case 'structured':
      return spec.check(value).map((e) => `${where}: ${e}`);
  }
}

/** Checks parsed JSON against the rules; the valid overrides come back only when there is no error. */
export function validateOverrides(raw: unknown, rules: readonly Rule<Params>[] = RULES): ConfigResult {
  if (!isPlainObject(raw)) return { params: {}, errors: [`cấu hình phải là một đối tượng JSON { "<rule_id>": { … } } (config must be a JSON object), nhận ${kindOf(raw)}`] };
  const errors: string[] = [];
  const params: ParamOverrides = {};
  for (const [id, overrides] of Object.entries(raw)) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      const known = (RULE_IDS as readonly string[]).includes(id) ? 'chưa có trong bộ kiểm tra này (not registered)' : `không có kiểm tra này (unknown rule; known: ${rules.map((r) => r.id).join(', ')})`;
      errors.push(`${id}: ${known}`);
      continue;
    }
    if (!isPlainObject(overrides)) {
      errors.push(`${id}: cần một đối tượng { "<tham số>": giá trị } (expected an object of parameters), nhận ${kindOf(overrides)}`);
      continue;
    }
    for (const [name, value] of Object.entries(overrides)) errors.push(...checkParam(rule, name, value));
    params[rule.id] = overrides as Record<string, ParamValue>;
  }
  return errors.length ? { params: {}, errors } : { params, errors };
}

/** The text of a config file → overrides, or the reasons it is refused. */
export function parseConfigJson(text: string, rules: readonly Rule<Params>[] = RULES): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { params: {}, errors: [`tệp cấu hình không phải JSON hợp lệ (invalid JSON): ${err instanceof Error ? err.message : String(err)}`] };
  }
  return validateOverrides(raw, rules);
}
