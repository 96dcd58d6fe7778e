import { describe, expect, it } from 'vitest';
import { median, p95, quantile } from '../../../src/bench/stats';

describe('bench statistics', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('interpolates p95 between order statistics', () => {
    // 21 samples 0..20: position 0.95 × 20 = 19 exactly.
    expect(p95(Array.from({ length: 21 }, (_, i) => 20 - i))).toBe(19);
    // 10 samples 1..10: position 8.55 → 9 + 0.55 × (10 − 9).
    expect(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(9.55, 10);
  });

  it('refuses an empty sample and a quantile outside 0..1', () => {
    expect(() => median([])).toThrow();
    expect(() => quantile([1], 1.5)).toThrow();
  });
});
