// The pure shaping helpers: stacks, heatmap grid, peer median, flags by rule.
import { describe, expect, it } from 'vitest';
import { countFlagsByRule, heatGrid, levelShares, limitStep, peerMedian, stackLevels, type YearLevels } from '../../../src/lib/stats';

function year(y: number, e: number, g: number, c: number, n: number): YearLevels {
  const total = e + g + c + n;
  return {
    year: y,
    n_excellent: e,
    n_good: g,
    n_completed: c,
    n_not_completed: n,
    total,
    n_den: g,
    quota_ratio: g ? e / g : null,
    excellent_share: total ? e / total : null,
    good_or_better_share: total ? (e + g) / total : null
  };
}

const ROWS = [year(2022, 7, 21, 3, 1), year(2023, 3, 13, 2, 1)];

describe('stackLevels', () => {
  it('stacks counts with HTXSNV at the bottom and KHTNV on top', () => {
    const bands = stackLevels(ROWS, 'count');
    expect(bands.map((b) => b.level)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(bands.map((b) => [b.segments[0].y0, b.segments[0].y1])).toEqual([
      [0, 7],
      [7, 28],
      [28, 31],
      [31, 32]
    ]);
    expect(bands[1].segments[1]).toEqual({ year: 2023, y0: 3, y1: 16, n: 13, share: 13 / 19 });
  });

  it('stacks each year to 1 in share mode, and leaves a year without ratings at 0', () => {
    const bands = stackLevels([...ROWS, year(2024, 0, 0, 0, 0)], 'share');
    const top = bands[3].segments;
    expect(top[0].y1).toBeCloseTo(1, 12);
    expect(top[1].y1).toBeCloseTo(1, 12);
    expect(top[2].y1).toBe(0);
    expect(bands[0].segments[0].y1).toBeCloseTo(7 / 32, 12);
    expect(levelShares(ROWS[1]).HTTNV).toBeCloseTo(13 / 19, 12);
  });
});

describe('heatGrid', () => {
  it('keeps units in order of appearance and fills the years in between', () => {
    const grid = heatGrid([
      { unit_id: 'G2', name: 'Đảng bộ xã Bình Minh', year: 2021, v: 1 },
      { unit_id: 'G1', name: 'Đảng bộ xã An Lạc', year: 2024, v: 2 },
      { unit_id: 'G2', name: 'Đảng bộ xã Bình Minh', year: 2024, v: 3 }
    ]);
    expect(grid.units).toEqual([
      { unit_id: 'G2', name: 'Đảng bộ xã Bình Minh' },
      { unit_id: 'G1', name: 'Đảng bộ xã An Lạc' }
    ]);
    expect(grid.years).toEqual([2021, 2022, 2023, 2024]);
    expect(grid.cell('G1', 2024)?.v).toBe(2);
    expect(grid.cell('G1', 2021)).toBeUndefined();
    expect(heatGrid([]).years).toEqual([]);
  });
});

describe('peerMedian', () => {
  it('takes the median of the other peers, leaving out the unit and the peers without a value', () => {
    const peer = (is_self: boolean, e: number, g: number, c: number) => ({ ...year(2022, e, g, c, 0), is_self });
    const peers = [peer(true, 9, 1, 0), peer(false, 1, 1, 2), peer(false, 0, 1, 3), peer(false, 2, 2, 0), peer(false, 0, 0, 0)];
    // good-or-better shares of the others: 0.5, 0.25, 1 (and one without ratings) → median 0.5
    expect(peerMedian(peers, 'good_or_better_share')).toBe(0.5);
    expect(peerMedian([peer(true, 1, 1, 0)], 'good_or_better_share')).toBeNull();
  });
});

describe('countFlagsByRule', () => {
  it('counts by rule and severity, most flags first, rules that ran without flags kept', () => {
    const rows = countFlagsByRule(
      [
        { rule: 'late_rating', severity: 'low' },
        { rule: 'rated_high_then_disciplined', severity: 'high' },
        { rule: 'rated_high_then_disciplined', severity: 'medium' },
        { rule: 'late_rating', severity: 'low' },
        { rule: 'quota_excellent_members', severity: 'medium' }
      ],
      ['not_completed_twice']
    );
    expect(rows).toEqual([
      { rule: 'rated_high_then_disciplined', total: 2, high: 1, medium: 1, low: 0 },
      { rule: 'late_rating', total: 2, high: 0, medium: 0, low: 2 },
      { rule: 'quota_excellent_members', total: 1, high: 0, medium: 1, low: 0 },
      { rule: 'not_completed_twice', total: 0, high: 0, medium: 0, low: 0 }
    ]);
  });
});

describe('limitStep', () => {
  it('puts exactly the limit within it, and a missing denominator over it only with excellent ratings', () => {
    expect([0, 0.1, 0.1001, 0.2, 0.2001, 0.3, 0.31].map((v) => limitStep(v, 0.2))).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(limitStep(null, 0.2, 2)).toBe(3);
    expect(limitStep(null, 0.2, 0)).toBe(0);
  });
});
