/**
 * Pure helpers that shape the statistics rows into what the charts draw: stacked level bands, the
 * heatmap grid, a peer median. No I/O, no DOM.
 */
import { median, stack } from 'd3';
import { LEVEL_CODES, type LevelCode } from '../domain/levels';
import { COUNT_COLUMN, levelShares, type LevelCounts } from './level-counts';

/** The ratios a chart can plot. */
export type RatioMeasure = 'quota_ratio' | 'excellent_share' | 'good_or_better_share';

export type StackMode = 'count' | 'share';

export interface BandSegment {
  year: number;
  /** Bottom and top of the segment, in counts or shares (StackMode). */
  y0: number;
  y1: number;
  /** The level's count and share that year. */
  n: number;
  share: number;
}

export interface LevelBand {
  level: LevelCode;
  segments: BandSegment[];
}

/**
 * The four levels stacked per year, HTXSNV at the bottom (so the excellent share reads from the
 * axis) and KHTNV on top. `mode` 'share' stacks each year to 1 (a year without ratings stays 0).
 */
export function stackLevels(rows: readonly ({ year: number } & LevelCounts)[], mode: StackMode): LevelBand[] {
  const shares = rows.map(levelShares);
  const value = (i: number, code: LevelCode) => (mode === 'share' ? shares[i][code] : rows[i][COUNT_COLUMN[code]]);
  const layers = stack<number, LevelCode>()
    .keys(LEVEL_CODES)
    .value((i, code) => value(i, code))(rows.map((_, i) => i));
  return layers.map((layer) => ({
    level: layer.key,
    segments: layer.map(([y0, y1], i) => ({
      year: rows[i].year,
      y0,
      y1,
      n: rows[i][COUNT_COLUMN[layer.key]],
      share: shares[i][layer.key]
    }))
  }));
}

export interface HeatGrid<C extends { unit_id: string; name: string; year: number }> {
  /** Units in the order they first appear in the cells. */
  units: { unit_id: string; name: string }[];
  /** Every year from the first to the last (a year without any cell is still a column). */
  years: number[];
  cell(unitId: string, year: number): C | undefined;
}

export function heatGrid<C extends { unit_id: string; name: string; year: number }>(cells: readonly C[]): HeatGrid<C> {
  const byKey = new Map<string, C>();
  const units = new Map<string, string>();
  for (const c of cells) {
    byKey.set(`${c.unit_id}\u0000${c.year}`, c);
    if (!units.has(c.unit_id)) units.set(c.unit_id, c.name);
  }
  const years: number[] = [];
  if (cells.length) {
    const ys = cells.map((c) => c.year);
    for (let y = Math.min(...ys); y <= Math.max(...ys); y++) years.push(y);
  }
  return {
    units: [...units].map(([unit_id, name]) => ({ unit_id, name })),
    years,
    cell: (unitId, year) => byKey.get(`${unitId}\u0000${year}`)
  };
}

/** The median of a measure over the peers other than the unit itself (null values left out); null if none. */
export function peerMedian(peers: readonly ({ is_self: boolean } & LevelCounts)[], measure: RatioMeasure): number | null {
  const values = peers.filter((p) => !p.is_self && p[measure] !== null).map((p) => p[measure] as number);
  return median(values) ?? null;
}

/**
 * Where a ratio stands against a limit, for a four-step colour scale: 0 up to half the limit, 1 up
 * to the limit (exactly the limit is no breach), 2 up to 1.5 × the limit, 3 beyond. A null ratio
 * (no denominator) is a breach when there are excellent ratings (as rule #1 says), else step 0.
 */
export function limitStep(value: number | null, limit: number, nExcellent = 0): 0 | 1 | 2 | 3 {
  if (value === null) return nExcellent > 0 ? 3 : 0;
  if (value <= limit / 2) return 0;
  if (value <= limit) return 1;
  return value <= limit * 1.5 ? 2 : 3;
}
