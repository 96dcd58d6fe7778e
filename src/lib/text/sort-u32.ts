/**
 * Sorting unsigned 32-bit hash values, 2–3 times faster than TypedArray.prototype.sort:
 * - up to 2^17 values (a review's shingles, a person's): one counting pass on the top bits into
 *   about one bucket per value, then insertion sort, which has next to nothing left to move when the
 *   values are spread like hashes (clustered values fall back to the built-in sort);
 * - above that (the corpus-wide sort): LSD radix sort, 8 bits per pass.
 */
const MAX_BUCKET_BITS = 16;
const bucketStart = new Uint32Array((1 << MAX_BUCKET_BITS) + 1);
// Reused for small sorts; a large sort takes its own scratch so that it is not kept alive.
let scratch = new Uint32Array(1 << 12);
const digitCounts = new Uint32Array(256);

/** Sorts `a` in place, ascending. */
export function sortU32(a: Uint32Array): Uint32Array {
  const n = a.length;
  if (n < 64) return a.sort();
  return n <= 1 << (MAX_BUCKET_BITS + 1) ? bucketSort(a) : radixSort(a);
}

function bucketSort(a: Uint32Array): Uint32Array {
  const n = a.length;
  let bits = 4;
  while (bits < MAX_BUCKET_BITS && 1 << (bits + 1) <= n) bits++;
  const shift = 32 - bits;
  const buckets = 1 << bits;
  const start = bucketStart;
  start.fill(0, 0, buckets + 1);
  let fullest = 0;
  for (let i = 0; i < n; i++) {
    const c = ++start[(a[i] >>> shift) + 1];
    if (c > fullest) fullest = c;
  }
  // Not spread like hashes: insertion sort could go quadratic.
  if (fullest > 32) return a.sort();
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, scratch.length * 2));
  const tmp = scratch;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    tmp[start[v >>> shift]++] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = tmp[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}

function radixSort(a: Uint32Array): Uint32Array {
  const n = a.length;
  let src: Uint32Array = a;
  let dst: Uint32Array = new Uint32Array(n);
  for (let shift = 0; shift < 32; shift += 8) {
    const counts = digitCounts;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[i] >>> shift) & 255]++;
    // A pass where every value has the same digit changes nothing: skip it.
    if (counts[(src[0] >>> shift) & 255] === n) continue;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = src[i];
      dst[counts[(v >>> shift) & 255]++] = v;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) a.set(src);
  return a;
}
