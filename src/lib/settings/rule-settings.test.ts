import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/registry';
import { effectiveParam, readOverrides, setParam } from './rule-settings';

const quota = RULES.find((r) => r.id === 'quota_excellent_members')!;

describe('rule settings', () => {
  it('keeps a valid override and drops one equal to the default', () => {
    const { params, errors } = setParam({}, quota, 'ratio', 0.25);
    expect(errors).toEqual([]);
    expect(params).toEqual({ quota_excellent_members: { ratio: 0.25 } });
    expect(effectiveParam(params, quota, 'ratio')).toBe(0.25);
    expect(setParam(params, quota, 'ratio', quota.defaults.ratio).params).toEqual({});
  });

  it('refuses an out-of-range value and keeps the previous overrides', () => {
    const before = { quota_excellent_members: { ratio: 0.3 } };
    const { params, errors } = setParam(before, quota, 'ratio', 1.5);
    expect(errors.join()).toMatch(/quota_excellent_members\.ratio/);
    expect(params).toBe(before);
  });

  it('reads stored JSON back, and nothing from invalid or stale storage', () => {
    expect(readOverrides(JSON.stringify({ quota_excellent_members: { ratio: 0.1 } }))).toEqual({ quota_excellent_members: { ratio: 0.1 } });
    expect(readOverrides('{not json')).toEqual({});
    expect(readOverrides(JSON.stringify({ no_such_rule: { x: 1 } }))).toEqual({});
    expect(readOverrides(null)).toEqual({});
  });

  it('keeps the valid stored overrides when another is stale (a parameter retired by an update, a value now out of range)', () => {
    const stored = JSON.stringify({
      quota_excellent_members: { ratio: 0.1, denominator: 'nonsense' },
      review_copied_colleague: { lsh_bands: 42, lsh_rows: 3 },
      no_such_rule: { x: 1 }
    });
    expect(readOverrides(stored)).toEqual({ quota_excellent_members: { ratio: 0.1 } });
  });
});
