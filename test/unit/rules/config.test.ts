import { describe, expect, it } from 'vitest';
import { parseConfigJson, validateOverrides } from '../../../src/lib/rules/config';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { loadFixture, quotaCell, unit } from './fixture';

describe('rule parameter overrides from JSON', () => {
  it('accepts valid overrides of several rules, with a BOM', () => {
    const text = '\uFEFF' + JSON.stringify({
      quota_excellent_members: { ratio: 0.25, denominator: 'good_or_better' },
      late_rating: { deadlines: { '2023': { grassroots: '12-10' } } },
      rating_outlier: { min_peers: 4 }
    });
    const { params, errors } = parseConfigJson(text);
    expect(errors).toEqual([]);
    expect(params.quota_excellent_members).toEqual({ ratio: 0.25, denominator: 'good_or_better' });
    expect(params.rating_outlier).toEqual({ min_peers: 4 });
  });

  it('names every problem and returns no overrides when there is one', () => {
    const { params, errors } = validateOverrides({
      quota_excelent_members: { ratio: 0.3 },
      quota_excellent_units: { ratio: 1.5, denominator: 'all', extra: 1 },
      rating_outlier: { min_peers: 2.5, min_gap: '0.3' },
      late_rating: { deadlines: { default: { grassroots: '31-12' } } },
      head_above_collective: { x: 1 },
      not_completed_twice: 3
    });
    expect(params).toEqual({});
    expect(errors).toHaveLength(9);
    const text = errors.join('\n');
    expect(text).toContain('quota_excelent_members: không có kiểm tra này');
    expect(text).toContain('quota_excellent_units.ratio: phải ≤ 1');
    expect(text).toContain('quota_excellent_units.denominator: phải là một trong good, good_or_better');
    expect(text).toContain('quota_excellent_units.extra: không có tham số này');
    expect(text).toContain('rating_outlier.min_peers: cần số nguyên');
    expect(text).toContain('rating_outlier.min_gap: cần một số');
    expect(text).toContain('late_rating.deadlines: deadlines["default"].grassroots = "31-12"');
    expect(text).toContain('head_above_collective.x: không có tham số này (unknown parameter; the rule has no parameters)');
    expect(text).toContain('not_completed_twice: cần một đối tượng');
  });

  it('refuses text that is not JSON, and JSON that is not an object', () => {
    expect(parseConfigJson('{ratio: 0.3}').errors[0]).toContain('không phải JSON hợp lệ');
    expect(parseConfigJson('[1]').errors[0]).toContain('phải là một đối tượng JSON');
  });

  it('changes what runAudit finds', async () => {
    const e = await createWasmNodeEngine();
    await loadFixture(e, {
      units: [unit('G', 'co_so'), unit('C1', 'chi_bo', 'G')],
      ratings: [...quotaCell(2021, 'C1', 4, 15)]
    });
    const only = ['quota_excellent_members'] as const;
    expect((await runAudit(e, { only })).flags).toHaveLength(1);
    const { params } = parseConfigJson('{"quota_excellent_members": {"ratio": 0.3}}');
    expect((await runAudit(e, { only, params })).flags).toEqual([]);
    await e.close();
  });
});
