/**
 * Finding near-copies in a review corpus: candidate pairs (a direct join, all pairs of a small group,
 * or MinHash + LSH in a large one), each verified by exact weighted similarity. Pure: the rules
 * (src/lib/rules/review_*.ts, repeated_weaknesses.ts) feed it a corpus and turn matches into flags.
 */
import type { CorpusIndex, ShingleField } from './corpus';
import { lshBandKeys, lshPairsOfKeys, type LshParams } from './lsh';
import { intersectionWeight, similarityOf, type Measure } from './similarity';
import { fnv1a32 } from './hash';
import { indexInSortedSet, pushShingles, U32Buffer } from './shingles';
import { shingleWeights, type StockPolicy } from './weighting';

export interface CompareOptions {
  measure: Measure;
  /** A pair at or above this similarity is a near copy. */
  threshold: number;
  /** Texts with fewer shingles that are not stock phrasing are not compared (nothing to copy). */
  minShingles: number;
}

/**
 * The weighted sets of one field, however held: all in memory (WeightedField) or made again from
 * the texts when asked for (compact-field.ts). A search loads the reviews it is about to compare,
 * at most `batch` at a time; informativeCount stays known once a review was loaded.
 */
export interface WeightedSets {
  readonly weights: Float32Array;
  /** Most reviews a search loads at once (Infinity: all are in memory). */
  readonly batch: number;
  /** Makes the sets of these reviews available (and may let go of the others). */
  load(docs: readonly number[]): Promise<void>;
  /** Number of shingles of a (loaded once) review that are not stock phrasing. */
  informativeCount(doc: number): number;
  /** The shingles of a loaded review that carry weight, as sorted vocabulary ids. */
  set(doc: number): Uint32Array;
  similarity(measure: Measure, a: number, b: number): number;
  /** The vocabulary id of a shingle hash, or −1 when no review uses it. */
  idOf(hash: number): number;
}

/**
 * A field of the corpus with its weights: what similarity needs. Only the shingles that carry
 * weight are kept (stock phrasing adds nothing to an intersection), in a compact copy of the sets:
 * comparisons then merge shorter arrays.
 */
export class WeightedField implements WeightedSets {
  readonly weights: Float32Array;
  readonly batch = Infinity;
  private readonly offsets: Uint32Array;
  private readonly ids: Uint32Array;
  private readonly totals: Float64Array;

  constructor(readonly field: ShingleField, persons: number, policy: StockPolicy) {
    const w = (this.weights = shingleWeights(field.personFreq, persons, policy));
    const docs = field.offsets.length - 1;
    this.offsets = new Uint32Array(docs + 1);
    this.totals = new Float64Array(docs);
    let kept = 0;
    for (let i = 0; i < field.ids.length; i++) if (w[field.ids[i]] > 0) kept++;
    this.ids = new Uint32Array(kept);
    let k = 0;
    for (let d = 0; d < docs; d++) {
      let total = 0;
      for (let i = field.offsets[d]; i < field.offsets[d + 1]; i++) {
        const id = field.ids[i];
        if (w[id] > 0) {
          this.ids[k++] = id;
          total += w[id];
        }
      }
      this.totals[d] = total;
      this.offsets[d + 1] = k;
    }
  }

  /** Memory held, in bytes. */
  get bytes(): number {
    return this.weights.byteLength + this.offsets.byteLength + this.ids.byteLength + this.totals.byteLength;
  }

  /** Every set is in memory. */
  async load(): Promise<void> {}

  idOf(hash: number): number {
    return indexInSortedSet(this.field.vocabulary, hash);
  }

  /** The shingles of a review that carry weight, as sorted vocabulary ids. */
  set(doc: number): Uint32Array {
    return this.ids.subarray(this.offsets[doc], this.offsets[doc + 1]);
  }

  /** Number of shingles of a review that are not stock phrasing. */
  informativeCount(doc: number): number {
    return this.offsets[doc + 1] - this.offsets[doc];
  }

  similarity(measure: Measure, a: number, b: number): number {
    return similarityOf(measure, intersectionWeight(this.set(a), this.set(b), this.weights), this.totals[a], this.totals[b]);
  }
}

export interface Match {
  doc: number;
  other: number;
  similarity: number;
}

/**
 * Persons in batches of at most `wf.batch` reviews (one person's reviews are never split), only
 * those with at least `min` reviews: what a search by person loads at once.
 */
async function forEachPersonBatch(corpus: CorpusIndex, wf: WeightedSets, min: number, each: (docs: readonly number[]) => void, onProgress?: (f: number) => void): Promise<void> {
  const persons = corpus.docsOfPerson;
  for (let p = 0; p < persons.length; ) {
    const batch: number[][] = [];
    let size = 0;
    for (; p < persons.length && (size === 0 || size + persons[p].length <= wf.batch); p++) {
      if (persons[p].length < min) continue;
      batch.push(persons[p]);
      size += persons[p].length;
    }
    await wf.load(batch.flat());
    for (const docs of batch) each(docs);
    onProgress?.(p / persons.length);
  }
}

/**
 * review_copied_prior_year: each review against every earlier review of the same person (a direct
 * join). Returns, per review with at least one match, every earlier review at or above the
 * threshold, best first (ties: the later year first).
 */
export async function priorYearCopies(corpus: CorpusIndex, wf: WeightedSets, o: CompareOptions, onProgress?: (f: number) => void): Promise<Match[][]> {
  const out: Match[][] = [];
  await forEachPersonBatch(corpus, wf, 2, (docs) => {
    for (let j = 1; j < docs.length; j++) {
      const d = docs[j];
      if (wf.informativeCount(d) < o.minShingles) continue;
      const hits: Match[] = [];
      for (let i = 0; i < j; i++) {
        const e = docs[i];
        if (wf.informativeCount(e) < o.minShingles) continue;
        const s = wf.similarity(o.measure, d, e);
        if (s >= o.threshold) hits.push({ doc: d, other: e, similarity: s });
      }
      if (hits.length) out.push(hits.sort((x, y) => y.similarity - x.similarity || corpus.docYear[y.other] - corpus.docYear[x.other]));
    }
  }, onProgress);
  return out;
}

export interface GroupOptions {
  /** Groups larger than this are searched with MinHash + LSH instead of all pairs. */
  lshMinGroup: number;
  lsh: LshParams;
  /** Compare every pair whatever the group size (the exhaustive baseline LSH is measured against). */
  exhaustive?: boolean;
}

/** Each slice of at most `wf.batch` documents, loaded. */
async function forEachLoadedSlice(docs: readonly number[], wf: WeightedSets, each: (slice: readonly number[]) => void): Promise<void> {
  for (let i = 0; i < docs.length; i += wf.batch) {
    const slice = docs.slice(i, i + wf.batch);
    await wf.load(slice);
    each(slice);
  }
}

/**
 * Candidate pairs within one group of reviews (doc indices, each pair once). A group that fits one
 * load is loaded whole; a larger one (a whole year, scope "dataset") is read in slices, keeping per
 * review only its LSH band keys.
 */
export async function groupCandidates(docs: readonly number[], wf: WeightedSets, o: CompareOptions, g: GroupOptions): Promise<[number, number][]> {
  const usable: number[] = [];
  const keys: (Uint32Array | null)[] = [];
  const whole = docs.length <= wf.batch;
  await forEachLoadedSlice(docs, wf, (slice) => {
    for (const d of slice) {
      if (wf.informativeCount(d) < o.minShingles) continue;
      usable.push(d);
      if (!whole && !g.exhaustive) keys.push(lshBandKeys(wf.set(d), g.lsh));
    }
  });
  if (g.exhaustive || usable.length <= g.lshMinGroup) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < usable.length; i++) for (let j = i + 1; j < usable.length; j++) pairs.push([usable[i], usable[j]]);
    return pairs;
  }
  if (whole) for (const d of usable) keys.push(lshBandKeys(wf.set(d), g.lsh));
  return lshPairsOfKeys(keys, g.lsh).map(([i, j]) => [usable[i], usable[j]]);
}

/** Each pair's similarity, the pairs' reviews loaded `wf.batch` at a time (in the pairs' order). */
async function verifyPairs(pairs: readonly [number, number][], wf: WeightedSets, o: CompareOptions, each: (a: number, b: number, s: number) => void): Promise<void> {
  for (let i = 0; i < pairs.length; ) {
    const docs = new Set<number>();
    let j = i;
    for (; j < pairs.length && (docs.size + 2 <= wf.batch || j === i); j++) docs.add(pairs[j][0]).add(pairs[j][1]);
    await wf.load([...docs]);
    for (; i < j; i++) each(pairs[i][0], pairs[i][1], wf.similarity(o.measure, pairs[i][0], pairs[i][1]));
  }
}

/**
 * review_copied_colleague: near-copy pairs within each group (one grassroots organisation in one
 * year, or one year of the whole dataset). Returns the verified pairs and how many were compared.
 */
export async function groupCopies(groups: readonly (readonly number[])[], wf: WeightedSets, o: CompareOptions, g: GroupOptions, onProgress?: (f: number) => void): Promise<{ matches: Match[]; compared: number }> {
  const matches: Match[] = [];
  let compared = 0;
  for (let k = 0; k < groups.length; k++) {
    const pairs = await groupCandidates(groups[k], wf, o, g);
    compared += pairs.length;
    await verifyPairs(pairs, wf, o, (a, b, s) => {
      if (s >= o.threshold) matches.push({ doc: a, other: b, similarity: s });
    });
    if (onProgress && (k & 63) === 0) onProgress(k / groups.length);
  }
  return { matches, compared };
}

export interface RepeatedRun {
  /** The review of the last year of the run (Y). */
  doc: number;
  /** The reviews of Y−(years−1) … Y, oldest first, and the similarity of each to the next. */
  chain: number[];
  similarities: number[];
}

/**
 * repeated_weaknesses: section II near-copied across `years` consecutive years (each year's section at
 * or above the threshold against the year before); flagged at the last year, so with years = 3 a
 * run of four years flags the third and the fourth.
 */
export async function repeatedSections(corpus: CorpusIndex, wf: WeightedSets, o: CompareOptions, years = 3, onProgress?: (f: number) => void): Promise<RepeatedRun[]> {
  const out: RepeatedRun[] = [];
  await forEachPersonBatch(corpus, wf, 2, (docs) => {
    // sims[i]: similarity of docs[i] to docs[i − 1] when the two years are consecutive, else 0.
    const sims: number[] = [0];
    let run = 1;
    for (let i = 1; i < docs.length; i++) {
      const prev = docs[i - 1];
      const cur = docs[i];
      const consecutive = corpus.docYear[cur] === corpus.docYear[prev] + 1;
      const usable = wf.informativeCount(cur) >= o.minShingles && wf.informativeCount(prev) >= o.minShingles;
      sims[i] = consecutive && usable ? wf.similarity(o.measure, prev, cur) : 0;
      run = sims[i] >= o.threshold ? run + 1 : 1;
      if (run >= years) out.push({ doc: cur, chain: docs.slice(i - years + 1, i + 1), similarities: sims.slice(i - years + 2, i + 1) });
    }
  }, onProgress);
  return out;
}

/**
 * Whether a sentence (as syllables) is nothing but stock phrasing: all its shingles carry weight 0.
 * Evidence counts leave such sentences out, since honest reviews share them too.
 */
export function stockSentenceTest(wf: WeightedSets, shingleSize: number): (tokens: string[]) => boolean {
  return (tokens) => {
    const shingles = new U32Buffer();
    pushShingles(tokens.map(fnv1a32), 0, tokens.length, shingleSize, shingles);
    if (!shingles.length) return true;
    for (let i = 0; i < shingles.length; i++) {
      const id = wf.idOf(shingles.data[i]);
      if (id < 0 || wf.weights[id] > 0) return false;
    }
    return true;
  };
}
