/**
 * Syllable n-gram shingles hashed to 32 bits. A review becomes the set of its shingles: a sorted
 * Uint32Array without duplicates. Shingles stay inside a sentence; a sentence shorter than n
 * syllables (but at least 2) is one shingle of its own.
 */
import { combine, fnv1a32 } from './hash';

export const DEFAULT_SHINGLE_SIZE = 4;

/**
 * Syllable → hash, memoised: the vocabulary of Vietnamese syllables is small (a few thousand plus
 * names and numbers), so each is hashed once per corpus instead of once per occurrence.
 */
export class SyllableHasher {
  private readonly memo = new Map<string, number>();
  hash(syllable: string): number {
    let h = this.memo.get(syllable);
    if (h === undefined) {
      h = fnv1a32(syllable);
      // Bounded so that a corpus full of unique numbers cannot grow it without end.
      if (this.memo.size < 1 << 20) this.memo.set(syllable, h);
    }
    return h;
  }
}

const SEED = 0x5eed5017;

/** Appends the shingle hashes of one sentence to `out`. */
export function pushSentenceShingles(tokens: readonly string[], n: number, hasher: SyllableHasher, out: number[]): void {
  const len = tokens.length;
  if (len < 2) return;
  const h = new Array<number>(len);
  for (let i = 0; i < len; i++) h[i] = hasher.hash(tokens[i]);
  const width = Math.min(n, len);
  for (let i = 0; i + width <= len; i++) {
    let x = combine(SEED, width);
    for (let j = 0; j < width; j++) x = combine(x, h[i + j]);
    out.push(x);
  }
}

/** Sorted, de-duplicated shingle hashes of a list of sentences. */
export function shingleSet(sentences: readonly (readonly string[])[], n = DEFAULT_SHINGLE_SIZE, hasher = new SyllableHasher()): Uint32Array {
  const all: number[] = [];
  for (const s of sentences) pushSentenceShingles(s, n, hasher, all);
  return toSortedSet(all);
}

/** A list of 32-bit values as a sorted Uint32Array without duplicates. */
export function toSortedSet(values: readonly number[]): Uint32Array {
  const a = Uint32Array.from(values).sort();
  let k = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[k++] = a[i];
  return a.slice(0, k);
}

/** Position of x in a sorted set, or −1 when absent. */
export function indexInSortedSet(sorted: Uint32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
