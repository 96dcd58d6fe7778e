/**
 * Syllable n-gram shingles hashed to 32 bits. A review becomes the set of its shingles: a sorted
 * Uint32Array without duplicates. Shingles stay inside a sentence; a sentence shorter than n
 * syllables (but at least 2) is one shingle of its own.
 */
import { fmix32 } from './hash';
import { forEachSentence } from './sentences';
import { sortU32 } from './sort-u32';

export const DEFAULT_SHINGLE_SIZE = 4;

const SEED = 0x5eed5017;
const MUL = 0x9e3779b1;

/** A growable buffer of 32-bit values: shingles go straight into typed memory. */
export class U32Buffer {
  data = new Uint32Array(1024);
  length = 0;
  add(x: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = x;
  }
  reserve(n: number): void {
    if (n <= this.data.length) return;
    const grown = new Uint32Array(Math.max(n, this.data.length * 2));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
  /** Sorts data[from..length) and removes its duplicates in place. */
  sortUniqueFrom(from: number): void {
    const part = sortU32(this.data.subarray(from, this.length));
    let k = 0;
    for (let i = 0; i < part.length; i++) if (i === 0 || part[i] !== part[k - 1]) part[k++] = part[i];
    this.length = from + k;
  }
}

/**
 * Appends the shingles of hashes[from..to) (one sentence) to `out`. A shingle's hash is a
 * polynomial of its syllables' hashes (order matters), finished by a full avalanche.
 */
export function pushShingles(hashes: ArrayLike<number>, from: number, to: number, n: number, out: U32Buffer): void {
  const len = to - from;
  if (len < 2) return;
  const width = Math.min(n, len);
  const seed = Math.imul(SEED, width + 1);
  for (let i = from; i + width <= to; i++) {
    let x = seed;
    for (let j = 0; j < width; j++) x = Math.imul(x, MUL) + hashes[i + j];
    out.add(fmix32(x | 0));
  }
}

/**
 * Appends the shingles of every comparable sentence of a text to `out` (duplicates included), and
 * to `also` when given. `isNfc`: the text is NFC already (a section of a split review).
 */
export function pushTextShingles(text: string, n: number, out: U32Buffer, also?: U32Buffer, isNfc = false): void {
  forEachSentence(text, (s, from) => {
    pushShingles(s.hash, from, s.length, n, out);
    if (also) pushShingles(s.hash, from, s.length, n, also);
  }, isNfc);
}

/** The shingle set of a text. */
export function shingleSet(text: string, n = DEFAULT_SHINGLE_SIZE): Uint32Array {
  const buf = new U32Buffer();
  pushTextShingles(text, n, buf);
  buf.sortUniqueFrom(0);
  return buf.data.slice(0, buf.length);
}

/** A list of 32-bit values as a sorted Uint32Array without duplicates. */
export function toSortedSet(values: ArrayLike<number>): Uint32Array {
  const buf = new U32Buffer();
  buf.reserve(values.length);
  for (let i = 0; i < values.length; i++) buf.add(values[i]);
  buf.sortUniqueFrom(0);
  return buf.data.slice(0, buf.length);
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
