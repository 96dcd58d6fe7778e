/**
 * Precision and recall of a score threshold against planted cases: the arithmetic of the
 * calibration notebook, kept apart from it so that it reads as a few plain functions.
 */

/** One candidate flag: a subject-year with the best similarity the rule would see for it. */
export interface Scored {
  key: string;
  score: number;
  planted: boolean;
}

export interface PrPoint {
  threshold: number;
  flagged: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing is flagged (precision undefined). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A subject-year is flagged when its score is at or above the threshold (as the rules do). */
export function prAt(items: readonly Scored[], threshold: number): PrPoint {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const flagged = it.score >= threshold;
    if (flagged && it.planted) tp++;
    else if (flagged) fp++;
    else if (it.planted) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { threshold, flagged: tp + fp, tp, fp, fn, precision, recall, f1 };
}

export function prCurve(items: readonly Scored[], thresholds: readonly number[]): PrPoint[] {
  return thresholds.map((t) => prAt(items, t));
}

/** 0.05, 0.10, … 1.00 without floating-point drift. */
export function thresholdGrid(step = 0.01, from = step, to = 1): number[] {
  const n = Math.round((to - from) / step);
  return Array.from({ length: n + 1 }, (_, i) => Math.round((from + i * step) * 1e6) / 1e6);
}

export interface Separation {
  /** The highest score of an honest subject-year (0 when there is none). */
  maxHonest: number;
  /** The lowest score of a planted one (null when nothing was planted). */
  minPlanted: number | null;
  /** True when every threshold in (maxHonest, minPlanted] flags all planted cases and nothing else. */
  separable: boolean;
}

export function separation(items: readonly Scored[]): Separation {
  let maxHonest = 0;
  let minPlanted: number | null = null;
  for (const it of items) {
    if (it.planted) minPlanted = minPlanted === null ? it.score : Math.min(minPlanted, it.score);
    else maxHonest = Math.max(maxHonest, it.score);
  }
  return { maxHonest, minPlanted, separable: minPlanted !== null && minPlanted > maxHonest };
}

/** The q-quantile (0..1) of a list of numbers, by linear interpolation; null for an empty list. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
