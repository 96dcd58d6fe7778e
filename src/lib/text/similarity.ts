/**
 * Exact weighted similarity of two shingle sets (sorted Uint32Array of vocabulary ids, weights per
 * id). Every candidate pair, however found, is verified with this.
 */
export type Measure = 'jaccard' | 'containment';

/** Sum of the weights of a set. */
export function setWeight(a: Uint32Array, w: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += w[a[i]];
  return s;
}

/** Sum of the weights of the shingles two sorted sets share (a merge of the two). */
export function intersectionWeight(a: Uint32Array, b: Uint32Array, w: Float32Array): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      s += w[x];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Weighted Jaccard |A∩B|w / |A∪B|w, or weighted containment |A∩B|w / min(|A|w, |B|w) (catches a
 * copy padded with new text, at the price of matching a short text inside a long one). 0 when
 * either set carries no weight (nothing but stock phrasing).
 */
export function similarityOf(measure: Measure, inter: number, weightA: number, weightB: number): number {
  if (weightA <= 0 || weightB <= 0) return 0;
  const den = measure === 'jaccard' ? weightA + weightB - inter : Math.min(weightA, weightB);
  return Math.min(1, inter / den);
}

export function weightedSimilarity(measure: Measure, a: Uint32Array, b: Uint32Array, w: Float32Array): number {
  return similarityOf(measure, intersectionWeight(a, b, w), setWeight(a, w), setWeight(b, w));
}
