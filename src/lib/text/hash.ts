/** 32-bit hashing for shingles and MinHash: fast, deterministic on every engine and machine. */

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit integer. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the whole word (a bijection on 32 bits). */
export function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Mixes one more 32-bit value into a running hash (order matters: "a b" ≠ "b a"). */
export function combine(h: number, x: number): number {
  return fmix32((Math.imul(h, 0x9e3779b1) + x) | 0);
}
