/**
 * A field of a compact corpus (compact-corpus.ts) with its weights: the weighted sets of the reviews
 * a search asks for are made again from their texts, read back, and held only until the next
 * request. What is kept per review is its count of shingles that are not stock phrasing and the sum
 * of their weights, once it has been read. Gives exactly WeightedField's sets and similarities.
 */
import type { CompactCorpus, CompactField } from './compact-corpus';
import { READ_BATCH, ReviewShingler } from './compact-corpus';
import type { WeightedSets } from './copies';
import { intersectionWeight, similarityOf, type Measure } from './similarity';
import { shingleWeights, type StockPolicy } from './weighting';

export class CompactWeightedField implements WeightedSets {
  readonly weights: Float32Array;
  private readonly field: CompactField;
  /** Per review: shingles that carry weight (−1 until its text was read), and their weights' sum. */
  private readonly counts: Int32Array;
  private readonly totals: Float64Array;
  private held = new Map<number, Uint32Array>();
  private readonly shingler: ReviewShingler;

  constructor(
    private readonly corpus: CompactCorpus,
    private readonly which: 'full' | 'weaknesses',
    policy: StockPolicy,
    readonly batch = READ_BATCH
  ) {
    this.field = corpus[which];
    this.weights = shingleWeights(this.field.personFreq, corpus.persons.length, policy);
    this.counts = new Int32Array(corpus.docYear.length).fill(-1);
    this.totals = new Float64Array(corpus.docYear.length);
    this.shingler = new ReviewShingler(corpus.shingleSize);
  }

  /** Memory held, in bytes (the weights, the per-review counts and the sets held now). */
  get bytes(): number {
    let sets = 0;
    for (const s of this.held.values()) sets += s.byteLength;
    return this.weights.byteLength + this.counts.byteLength + this.totals.byteLength + sets;
  }

  async load(docs: readonly number[]): Promise<void> {
    const wanted = new Set(docs);
    const held = new Map<number, Uint32Array>();
    for (const [d, set] of this.held) if (wanted.has(d)) held.set(d, set);
    const missing = [...wanted].filter((d) => !held.has(d));
    this.held = held;
    if (!missing.length) return;
    // Each text shingled as it is read, never a batch of them held.
    await this.corpus.source.eachText(missing, (k, text) => held.set(missing[k], this.weightedSet(missing[k], text)));
  }

  /** The shingles of a text that carry weight, as sorted ids; notes the review's count and total. */
  private weightedSet(doc: number, text: string | null): Uint32Array {
    this.shingler.shingle(text, this.which === 'weaknesses');
    const hashes = this.which === 'full' ? this.shingler.full : this.shingler.weaknesses;
    const out = new Uint32Array(hashes.length);
    let k = 0;
    let total = 0;
    // Hashes ascending give ids ascending (ids follow the sorted hashes).
    for (let i = 0; i < hashes.length; i++) {
      const id = this.field.table.idOf(hashes.data[i]);
      if (id < 0) throw new Error('tệp bản kiểm điểm đã thay đổi từ khi được đọc, hãy nạp lại (the reviews file changed since it was read; load it again)');
      if (this.weights[id] > 0) {
        out[k++] = id;
        total += this.weights[id];
      }
    }
    this.counts[doc] = k;
    this.totals[doc] = total;
    return out.slice(0, k);
  }

  informativeCount(doc: number): number {
    const n = this.counts[doc];
    if (n < 0) throw new Error(`review ${doc} asked for before it was read`);
    return n;
  }

  set(doc: number): Uint32Array {
    const set = this.held.get(doc);
    if (!set) throw new Error(`review ${doc} asked for before it was read`);
    return set;
  }

  similarity(measure: Measure, a: number, b: number): number {
    return similarityOf(measure, intersectionWeight(this.set(a), this.set(b), this.weights), this.totals[a], this.totals[b]);
  }

  idOf(hash: number): number {
    return this.field.table.idOf(hash);
  }
}
