/**
 * LSH banding over MinHash signatures: two texts become a candidate pair when all `rows` values of
 * at least one of `bands` bands agree. A pair of Jaccard similarity J is found with probability
 * 1 − (1 − J^rows)^bands; candidates are then verified exactly (similarity.ts). Bands and rows follow
 * the similarity threshold (lshForThreshold), so a lower threshold does not silently lose recall.
 */
import { combine } from './hash';
import { minhashSignature } from './minhash';

export interface LshParams {
  bands: number;
  rows: number;
}

/** Most MinHash values a signature may have (bands × rows ≤ this); a signature costs O(|set| + k). */
export const LSH_MAX_PERMUTATIONS = 256;

/** Share of the pairs exactly at the threshold that banding may miss, unless the user sets another. */
export const DEFAULT_LSH_MISS_RATE = 0.01;

const SEED = 0x1f0b5eed;

/** Probability that banding finds a pair of Jaccard similarity j. */
export function lshCatchProbability(j: number, p: LshParams): number {
  return 1 - (1 - j ** p.rows) ** p.bands;
}

// Simpson's rule on an even number of intervals: the curves are smooth, 64 intervals rank the
// (bands, rows) choices the same as an adaptive quadrature would.
function integrate(f: (x: number) => number, a: number, b: number, n = 64): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/** Area under the catch curve below the threshold: how many dissimilar pairs become candidates. */
function falsePositiveArea(threshold: number, p: LshParams): number {
  return integrate((j) => lshCatchProbability(j, p), 0, threshold);
}

/** Area above the catch curve beyond the threshold: how many similar pairs are missed. */
function falseNegativeArea(threshold: number, p: LshParams): number {
  return integrate((j) => 1 - lshCatchProbability(j, p), threshold, 1);
}

const derived = new Map<string, LshParams>();

/**
 * Bands and rows for a similarity threshold, as datasketch's MinHashLSH chooses them (minimise the
 * false-positive area below the threshold plus the false-negative area above it, weighted equally,
 * over bands × rows ≤ numPerm), under one more constraint: a pair of Jaccard similarity exactly at
 * the threshold is found with probability at least 1 − missRate. When no choice reaches that (a
 * threshold too low for numPerm values), the one that finds such a pair most often.
 */
export function lshForThreshold(threshold: number, missRate = DEFAULT_LSH_MISS_RATE, numPerm = LSH_MAX_PERMUTATIONS): LshParams {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`LSH threshold must be in (0, 1], got ${threshold}`);
  if (!(missRate > 0 && missRate < 1)) throw new RangeError(`LSH miss rate must be in (0, 1), got ${missRate}`);
  if (!(Number.isInteger(numPerm) && numPerm >= 1)) throw new RangeError(`LSH permutations must be a positive integer, got ${numPerm}`);
  const key = `${threshold}|${missRate}|${numPerm}`;
  const known = derived.get(key);
  if (known) return { ...known };
  let best: LshParams | null = null;
  let bestError = Infinity;
  let surest: LshParams = { bands: numPerm, rows: 1 };
  for (let bands = 1; bands <= numPerm; bands++) {
    for (let rows = 1; bands * rows <= numPerm; rows++) {
      const p = { bands, rows };
      const recall = lshCatchProbability(threshold, p);
      if (recall > lshCatchProbability(threshold, surest)) surest = p;
      if (recall < 1 - missRate) continue;
      const error = 0.5 * falsePositiveArea(threshold, p) + 0.5 * falseNegativeArea(threshold, p);
      if (error < bestError) {
        bestError = error;
        best = p;
      }
    }
  }
  const chosen = best ?? surest;
  derived.set(key, chosen);
  return { ...chosen };
}

/** A set's key in each band (its signature's `rows` values of the band, hashed), or null for an empty set. */
export function lshBandKeys(set: Uint32Array, p: LshParams): Uint32Array | null {
  const sig = minhashSignature(set, p.bands * p.rows, SEED);
  if (!sig) return null;
  const keys = new Uint32Array(p.bands);
  for (let band = 0; band < p.bands; band++) {
    let key = combine(SEED, band);
    for (let r = 0; r < p.rows; r++) key = combine(key, sig[band * p.rows + r]);
    keys[band] = key;
  }
  return keys;
}

/** Candidate pairs among sets given by their band keys (indices, i < j, each pair once, in order); null is in none. */
export function lshPairsOfKeys(keys: readonly (Uint32Array | null)[], p: LshParams): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = keys.length;
  for (let band = 0; band < p.bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (!k) continue;
      const bucket = buckets.get(k[band]);
      if (bucket) bucket.push(i);
      else buckets.set(k[band], [i]);
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

/** Candidate pairs among sets (indices into `sets`, i < j, each pair once, in order); an empty set is in none. */
export function lshCandidatePairs(sets: readonly Uint32Array[], p: LshParams): [number, number][] {
  return lshPairsOfKeys(sets.map((s) => lshBandKeys(s, p)), p);
}
