/**
 * Finding near-copies in a review corpus: candidate pairs (a direct join, all pairs of a small group,
 * or MinHash + LSH in a large one), each verified by exact weighted similarity. Pure: the rules
 * (src/lib/rules/review_*.ts, repeated_weaknesses.ts) feed it a corpus and turn matches into flags.
 */
import { setOf, type ReviewCorpus, type ShingleField } from './corpus';
import { lshCandidatePairs, type LshParams } from './lsh';
import { intersectionWeight, setWeight, similarityOf, type Measure } from './similarity';
import { indexInSortedSet, pushSentenceShingles, SyllableHasher } from './shingles';
import { shingleWeights, type StockPolicy } from './weighting';

export interface CompareOptions {
  measure: Measure;
  /** A pair at or above this similarity is a near copy. */
  threshold: number;
  /** Texts with fewer shingles that are not stock phrasing are not compared (nothing to copy). */
  minShingles: number;
}

/** A field of the corpus with its weights: what similarity needs. */
export class WeightedField {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly informative: Uint32Array;

  constructor(readonly field: ShingleField, persons: number, policy: StockPolicy) {
    this.weights = shingleWeights(field.personFreq, persons, policy);
    const docs = field.offsets.length - 1;
    this.totals = new Float64Array(docs);
    this.informative = new Uint32Array(docs);
    for (let d = 0; d < docs; d++) {
      const set = setOf(field, d);
      this.totals[d] = setWeight(set, this.weights);
      let k = 0;
      for (let i = 0; i < set.length; i++) if (this.weights[set[i]] > 0) k++;
      this.informative[d] = k;
    }
  }

  set(doc: number): Uint32Array {
    return setOf(this.field, doc);
  }

  /** Number of shingles of a review that are not stock phrasing. */
  informativeCount(doc: number): number {
    return this.informative[doc];
  }

  similarity(measure: Measure, a: number, b: number): number {
    return similarityOf(measure, intersectionWeight(this.set(a), this.set(b), this.weights), this.totals[a], this.totals[b]);
  }

  /** Whether a shingle id carries weight (is not stock phrasing). */
  readonly isInformative = (id: number): boolean => this.weights[id] > 0;
}

export interface Match {
  doc: number;
  other: number;
  similarity: number;
}

/**
 * review_copied_prior_year: each review against every earlier review of the same person (a direct
 * join). Returns, per review with at least one match, every earlier review at or above the
 * threshold, best first (ties: the later year first).
 */
export function priorYearCopies(corpus: ReviewCorpus, wf: WeightedField, o: CompareOptions, onProgress?: (f: number) => void): Match[][] {
  const out: Match[][] = [];
  const persons = corpus.docsOfPerson;
  for (let p = 0; p < persons.length; p++) {
    const docs = persons[p];
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
    if (onProgress && (p & 1023) === 0) onProgress(p / persons.length);
  }
  return out;
}

export interface GroupOptions {
  /** Groups larger than this are searched with MinHash + LSH instead of all pairs. */
  lshMinGroup: number;
  lsh: LshParams;
  /** Compare every pair whatever the group size (the exhaustive baseline LSH is measured against). */
  exhaustive?: boolean;
}

/** Candidate pairs within one group of reviews (doc indices, each pair once). */
export function groupCandidates(docs: readonly number[], wf: WeightedField, o: CompareOptions, g: GroupOptions): [number, number][] {
  const usable = docs.filter((d) => wf.informativeCount(d) >= o.minShingles);
  if (g.exhaustive || usable.length <= g.lshMinGroup) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < usable.length; i++) for (let j = i + 1; j < usable.length; j++) pairs.push([usable[i], usable[j]]);
    return pairs;
  }
  return lshCandidatePairs(usable.map((d) => wf.set(d)), g.lsh, wf.isInformative).map(([i, j]) => [usable[i], usable[j]]);
}

/**
 * review_copied_colleague: near-copy pairs within each group (one grassroots organisation in one
 * year, or one year of the whole dataset). Returns the verified pairs and how many were compared.
 */
export function groupCopies(groups: readonly (readonly number[])[], wf: WeightedField, o: CompareOptions, g: GroupOptions, onProgress?: (f: number) => void): { matches: Match[]; compared: number } {
  const matches: Match[] = [];
  let compared = 0;
  groups.forEach((docs, k) => {
    for (const [a, b] of groupCandidates(docs, wf, o, g)) {
      compared++;
      const s = wf.similarity(o.measure, a, b);
      if (s >= o.threshold) matches.push({ doc: a, other: b, similarity: s });
    }
    if (onProgress && (k & 63) === 0) onProgress(k / groups.length);
  });
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
export function repeatedSections(corpus: ReviewCorpus, wf: WeightedField, o: CompareOptions, years = 3): RepeatedRun[] {
  const out: RepeatedRun[] = [];
  for (const docs of corpus.docsOfPerson) {
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
  }
  return out;
}

/**
 * Whether a sentence (as syllables) is nothing but stock phrasing: all its shingles carry weight 0.
 * Evidence counts leave such sentences out, since honest reviews share them too.
 */
export function stockSentenceTest(wf: WeightedField, shingleSize: number): (tokens: string[]) => boolean {
  const hasher = new SyllableHasher();
  const vocabulary = wf.field.vocabulary;
  return (tokens) => {
    const hashes: number[] = [];
    pushSentenceShingles(tokens, shingleSize, hasher, hashes);
    if (!hashes.length) return true;
    for (const h of hashes) {
      const id = indexInSortedSet(vocabulary, h);
      if (id < 0 || wf.weights[id] > 0) return false;
    }
    return true;
  };
}
