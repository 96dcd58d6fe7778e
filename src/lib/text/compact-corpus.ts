/**
 * A review corpus that keeps no shingle set: per review only who wrote it and when, and per field
 * (whole review, section II part 1) one table of every shingle with its person frequency, which the
 * weights need. The sets are made again from the texts, read back through a ReviewTexts, when a
 * search compares reviews (compact-field.ts); its memory does not grow with the shingles of a review.
 *
 * Person frequency while the reviews stream past: each run of consecutive reviews of one person
 * counts a shingle once. A person whose reviews come in one run (a file ordered by person, as the
 * generator and most exports write it) is counted exactly; the reviews of a person met in several
 * runs are read back once at the end, and what was counted more than once is taken back.
 */
import { pushReviewShingles, type CorpusIndex } from './corpus';
import { ShingleTable } from './shingle-table';
import { DEFAULT_SHINGLE_SIZE, U32Buffer } from './shingles';
import { sortU32 } from './sort-u32';

/** The texts of reviews, read back from where they lie (the reading is the caller's: File.slice, a file handle). */
export interface ReviewTexts {
  /**
   * Calls visit(k, text) with the text of docs[k], for every k, in whatever order reads best. A
   * text used at once and dropped dies young; a batch of texts held together outlives the young
   * generation, and at province scale that garbage, not live data, made the peak.
   */
  eachText(docs: readonly number[], visit: (k: number, text: string | null) => void): Promise<void>;
}

/** The texts of these documents, in the order asked. */
export async function textsOf(source: ReviewTexts, docs: readonly number[]): Promise<(string | null)[]> {
  const out: (string | null)[] = new Array(docs.length).fill(null);
  await source.eachText(docs, (k, text) => (out[k] = text));
  return out;
}

export interface CompactField {
  /** Shingle hash → vocabulary id (ids follow the sorted hashes, as in corpus.ts). */
  table: ShingleTable;
  /** How many distinct persons use each vocabulary shingle. */
  personFreq: Uint32Array;
}

export interface CompactCorpus extends CorpusIndex {
  full: CompactField;
  weaknesses: CompactField;
  source: ReviewTexts;
}

/** Documents read back at once (texts, then sets): bounds what a search holds. */
export const READ_BATCH = 2048;

/** A review's sets as sorted shingle hashes without duplicates (scratch buffers, reused). */
export class ReviewShingler {
  readonly full = new U32Buffer();
  readonly weaknesses = new U32Buffer();
  constructor(readonly shingleSize: number) {}
  /** `weaknessesOnly`: `full` is left empty (section II part 1 is all that is shingled). */
  shingle(text: string | null, weaknessesOnly = false): void {
    this.full.length = 0;
    this.weaknesses.length = 0;
    pushReviewShingles(text, this.shingleSize, weaknessesOnly ? null : this.full, this.weaknesses);
    this.full.sortUniqueFrom(0);
    this.weaknesses.sortUniqueFrom(0);
  }
}

export class CompactCorpusBuilder {
  private readonly personIndex = new Map<string, number>();
  private readonly persons: string[] = [];
  private readonly docPerson = new U32Buffer();
  private readonly docYear = new U32Buffer();
  private readonly docsOfPerson: number[][] = [];
  /** Runs of consecutive reviews per person: more than one, and the person is counted again at the end. */
  private readonly runsOfPerson: number[] = [];
  private run = -1;
  private lastPerson = -1;
  private readonly full = new ShingleTable();
  private readonly weaknesses = new ShingleTable();
  private readonly shingler: ReviewShingler;

  constructor(readonly shingleSize = DEFAULT_SHINGLE_SIZE) {
    this.shingler = new ReviewShingler(shingleSize);
  }

  get size(): number {
    return this.docYear.length;
  }

  /** Adds one review; a second review of the same person and year is an error ((person_id, year) is unique). */
  add(personId: string, year: number, text: string | null): void {
    let p = this.personIndex.get(personId);
    if (p !== undefined && this.docsOfPerson[p].some((d) => this.docYear.data[d] === year))
      throw new Error(`hai bản kiểm điểm của ${personId} năm ${year} (duplicate review of ${personId}, ${year})`);
    if (p === undefined) {
      p = this.persons.length;
      this.personIndex.set(personId, p);
      this.persons.push(personId);
      this.docsOfPerson.push([]);
      this.runsOfPerson.push(0);
    }
    if (p !== this.lastPerson) {
      this.run++;
      this.runsOfPerson[p]++;
      this.lastPerson = p;
    }
    this.docsOfPerson[p].push(this.docYear.length);
    this.docPerson.add(p);
    this.docYear.add(year);
    const s = this.shingler;
    s.shingle(text);
    for (let i = 0; i < s.full.length; i++) this.full.countPerson(s.full.data[i], this.run);
    for (let i = 0; i < s.weaknesses.length; i++) this.weaknesses.countPerson(s.weaknesses.data[i], this.run);
  }

  /** The corpus; `source` reads texts back (the persons met in several runs, then every search). */
  async finish(source: ReviewTexts, onProgress?: (f: number) => void): Promise<CompactCorpus> {
    const docYear = this.docYear.data.slice(0, this.docYear.length);
    const docsOfPerson = this.docsOfPerson;
    await this.uncountRepeats(source, onProgress);
    for (const docs of docsOfPerson) docs.sort((a, b) => docYear[a] - docYear[b]);
    return {
      shingleSize: this.shingleSize,
      persons: this.persons,
      docPerson: this.docPerson.data.slice(0, this.docPerson.length),
      docYear,
      docsOfPerson,
      full: finishField(this.full),
      weaknesses: finishField(this.weaknesses),
      source
    };
  }

  /**
   * A person whose reviews came in k runs had each shingle counted once per run that uses it:
   * the runs' sets are made again and the extra counts taken back.
   */
  private async uncountRepeats(source: ReviewTexts, onProgress?: (f: number) => void): Promise<void> {
    const scattered = this.runsOfPerson.flatMap((runs, p) => (runs > 1 ? [p] : []));
    for (let i = 0; i < scattered.length; ) {
      const batch: number[] = [];
      const docs: number[] = [];
      while (i < scattered.length && (docs.length === 0 || docs.length + this.docsOfPerson[scattered[i]].length <= READ_BATCH)) {
        batch.push(scattered[i]);
        docs.push(...this.docsOfPerson[scattered[i++]]);
      }
      const texts = await textsOf(source, docs);
      const textOf = new Map(docs.map((d, k) => [d, texts[k]]));
      for (const p of batch) this.uncountPerson(this.docsOfPerson[p], textOf);
      onProgress?.(i / scattered.length);
    }
  }

  /** `docs`: one person's documents in the order added; consecutive indices are one run. */
  private uncountPerson(docs: readonly number[], textOf: Map<number, string | null>): void {
    const full = new U32Buffer();
    const weaknesses = new U32Buffer();
    let runFull = 0;
    let runWeak = 0;
    for (let k = 0; k < docs.length; k++) {
      this.shingler.shingle(textOf.get(docs[k]) ?? null);
      appendAll(full, this.shingler.full);
      appendAll(weaknesses, this.shingler.weaknesses);
      // A run ends: its shingles become one set (each counted once for the run).
      if (k + 1 === docs.length || docs[k + 1] !== docs[k] + 1) {
        full.sortUniqueFrom(runFull);
        weaknesses.sortUniqueFrom(runWeak);
        runFull = full.length;
        runWeak = weaknesses.length;
      }
    }
    uncountDuplicates(full, this.full);
    uncountDuplicates(weaknesses, this.weaknesses);
  }
}

function appendAll(to: U32Buffer, from: U32Buffer): void {
  to.reserve(to.length + from.length);
  to.data.set(from.data.subarray(0, from.length), to.length);
  to.length += from.length;
}

/** The runs' sets, concatenated: a shingle found in m of them was counted m times for one person. */
function uncountDuplicates(runs: U32Buffer, table: ShingleTable): void {
  const all = sortU32(runs.data.subarray(0, runs.length));
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i > 1) table.uncount(all[i], j - i - 1);
    i = j;
  }
}

/** Ids follow the sorted hashes, so that a set sorted by hash is sorted by id (as corpus.ts). */
function finishField(table: ShingleTable): CompactField {
  const vocabulary = sortU32(table.keys());
  const personFreq = new Uint32Array(vocabulary.length);
  for (let id = 0; id < vocabulary.length; id++) personFreq[id] = table.setId(vocabulary[id], id);
  table.dropCounts();
  return { table, personFreq };
}
