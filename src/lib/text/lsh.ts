/**
 * LSH banding over MinHash signatures: two texts become a candidate pair when all `rows` values of
 * at least one of `bands` bands agree. A pair of Jaccard similarity J is found with probability
 * 1 − (1 − J^rows)^bands; candidates are then verified exactly (similarity.ts).
 */
import { combine } from './hash';
import { minhashSignature } from './minhash';

export interface LshParams {
  bands: number;
  rows: number;
}

/** 42 bands × 3 rows: half-way point (1/42)^(1/3) ≈ 0.29, a pair at J = 0.5 is found with p ≈ 0.996. */
export const DEFAULT_LSH: LshParams = { bands: 42, rows: 3 };

const SEED = 0x1f0b5eed;

/** Probability that banding finds a pair of Jaccard similarity j. */
export function lshCatchProbability(j: number, p: LshParams): number {
  return 1 - (1 - j ** p.rows) ** p.bands;
}

/** Candidate pairs among sets (indices into `sets`, i < j, each pair once, in order); an empty set is in none. */
export function lshCandidatePairs(sets: readonly Uint32Array[], p: LshParams): [number, number][] {
  const k = p.bands * p.rows;
  const sigs = sets.map((s) => minhashSignature(s, k, SEED));
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = sets.length;
  for (let band = 0; band < p.bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = sigs[i];
      if (!sig) continue;
      let key = combine(SEED, band);
      for (let r = 0; r < p.rows; r++) key = combine(key, sig[band * p.rows + r]);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) {
          const id = bucket[x] * n + bucket[y];
          if (!seen.has(id)) {
            seen.add(id);
            pairs.push([bucket[x], bucket[y]]);
          }
        }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
