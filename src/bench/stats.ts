/** Summaries of repeated timings: pure, so that the bench reports the same figures for the same samples. */

/** The value at quantile q (0..1) with linear interpolation between order statistics (NumPy's default). */
export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) throw new Error('no samples');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile out of range: ${q}`);
  const s = [...samples].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

/** Milliseconds and megabytes are reported to 0.1. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;
