/**
 * MinHash signatures by one-permutation hashing with optimal densification (Li, Owen & Zhang 2012;
 * Shrivastava 2017): one hash per shingle instead of one per shingle and permutation, so a signature
 * of k values costs O(|set| + k). Each value of two signatures agrees with probability equal to the
 * Jaccard similarity of the two sets, as with k independent permutations.
 */
import { fmix32 } from './hash';

const EMPTY = 0xffffffff;

/** The signature of a set of 32-bit values, or null for an empty set (it has nothing to match). */
export function minhashSignature(set: Uint32Array, k: number, seed: number): Uint32Array | null {
  const sig = new Uint32Array(k).fill(EMPTY);
  const filled = new Uint8Array(k);
  if (!set.length) return null;
  for (let i = 0; i < set.length; i++) {
    const v = set[i];
    const h = fmix32(v ^ seed);
    // The hash's high bits choose the bin, the whole hash is the value compared within it.
    const bin = Math.floor((h / 4294967296) * k);
    if (!filled[bin] || h < sig[bin]) {
      sig[bin] = h;
      filled[bin] = 1;
    }
  }
  // Optimal densification: an empty bin copies a filled bin chosen by a probe sequence that
  // depends only on the bin's index, so two signatures borrow from the same place.
  const out = sig.slice();
  for (let b = 0; b < k; b++) {
    if (filled[b]) continue;
    for (let attempt = 1; ; attempt++) {
      const src = Math.floor((fmix32(Math.imul(b + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ seed) / 4294967296) * k);
      if (filled[src]) {
        out[b] = sig[src];
        break;
      }
    }
  }
  return out;
}
