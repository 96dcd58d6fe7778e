/**
 * A corpus of self-reviews reduced to shingle sets, kept compact for ~10^5 reviews: every set lives
 * in one Uint32Array (offsets per review), and shingle hashes are replaced by ids into a sorted
 * vocabulary that carries each shingle's person frequency (weighting.ts).
 *
 * Two fields per review: `full` (every section, header and signature left out) and `weaknesses`
 * (section II, "Hạn chế, khuyết điểm và nguyên nhân", for repeated_weaknesses).
 */
import { comparableSentences } from './sentences';
import { sectionBody, splitSections } from './sections';
import { DEFAULT_SHINGLE_SIZE, indexInSortedSet, pushSentenceShingles, SyllableHasher } from './shingles';

export interface ShingleField {
  /** Review i's set is ids.subarray(offsets[i], offsets[i + 1]), sorted ascending. */
  offsets: Uint32Array;
  ids: Uint32Array;
  /** The shingle hash of each vocabulary id (ascending). */
  vocabulary: Uint32Array;
  /** How many distinct persons use each vocabulary shingle. */
  personFreq: Uint32Array;
}

export interface ReviewCorpus {
  shingleSize: number;
  /** Distinct person ids, in order of first appearance. */
  persons: string[];
  /** Per review: index into persons, and the year. */
  docPerson: Uint32Array;
  docYear: Uint32Array;
  /** Per person: its reviews, by year ascending. */
  docsOfPerson: number[][];
  full: ShingleField;
  weaknesses: ShingleField;
}

export function setOf(field: ShingleField, doc: number): Uint32Array {
  return field.ids.subarray(field.offsets[doc], field.offsets[doc + 1]);
}

/** A growable Uint32Array of concatenated sorted sets. */
class SetList {
  values = new Uint32Array(1 << 16);
  length = 0;
  offsets: number[] = [0];
  /** Appends the distinct values of `raw` (sorted here). */
  push(raw: number[]): void {
    const sorted = Uint32Array.from(raw).sort();
    const need = this.length + sorted.length;
    if (need > this.values.length) {
      const grown = new Uint32Array(Math.max(need, this.values.length * 2));
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) this.values[this.length++] = sorted[i];
    this.offsets.push(this.length);
  }
}

export class CorpusBuilder {
  private readonly hasher = new SyllableHasher();
  private readonly personIndex = new Map<string, number>();
  private readonly persons: string[] = [];
  private readonly docPerson: number[] = [];
  private readonly docYear: number[] = [];
  private readonly seen = new Set<string>();
  private readonly full = new SetList();
  private readonly weaknesses = new SetList();

  constructor(readonly shingleSize = DEFAULT_SHINGLE_SIZE) {}

  get size(): number {
    return this.docYear.length;
  }

  /** Adds one review; a second review of the same person and year is an error (FORMAT.md: unique). */
  add(personId: string, year: number, text: string): void {
    const key = `${personId}\u0000${year}`;
    if (this.seen.has(key)) throw new Error(`hai bản kiểm điểm của ${personId} năm ${year} (duplicate review of ${personId}, ${year})`);
    this.seen.add(key);
    let p = this.personIndex.get(personId);
    if (p === undefined) {
      p = this.persons.length;
      this.personIndex.set(personId, p);
      this.persons.push(personId);
    }
    this.docPerson.push(p);
    this.docYear.push(year);

    const split = splitSections(text ?? '');
    const all: number[] = [];
    for (const section of split.sections)
      for (const s of comparableSentences(section.body)) pushSentenceShingles(s, this.shingleSize, this.hasher, all);
    this.full.push(all);
    const weak: number[] = [];
    const body = sectionBody(split, 2);
    if (body) for (const s of comparableSentences(body)) pushSentenceShingles(s, this.shingleSize, this.hasher, weak);
    this.weaknesses.push(weak);
  }

  finish(): ReviewCorpus {
    const docPerson = Uint32Array.from(this.docPerson);
    const docYear = Uint32Array.from(this.docYear);
    const docsOfPerson: number[][] = this.persons.map(() => []);
    for (let d = 0; d < docPerson.length; d++) docsOfPerson[docPerson[d]].push(d);
    for (const docs of docsOfPerson) docs.sort((a, b) => docYear[a] - docYear[b]);
    return {
      shingleSize: this.shingleSize,
      persons: this.persons,
      docPerson,
      docYear,
      docsOfPerson,
      full: finishField(this.full, docsOfPerson),
      weaknesses: finishField(this.weaknesses, docsOfPerson)
    };
  }
}

/** Counts persons per shingle and turns hashes into vocabulary ids, in place. */
function finishField(list: SetList, docsOfPerson: number[][]): ShingleField {
  const values = list.values.subarray(0, list.length);
  const offsets = Uint32Array.from(list.offsets);
  // Each person's distinct shingles once: sorted, the runs give the person frequency.
  const perPerson = new Uint32Array(values.length);
  let n = 0;
  for (const docs of docsOfPerson) {
    if (docs.length === 1) {
      const d = docs[0];
      perPerson.set(values.subarray(offsets[d], offsets[d + 1]), n);
      n += offsets[d + 1] - offsets[d];
      continue;
    }
    const union: number[] = [];
    for (const d of docs) for (let i = offsets[d]; i < offsets[d + 1]; i++) union.push(values[i]);
    const u = Uint32Array.from(union).sort();
    for (let i = 0; i < u.length; i++) if (i === 0 || u[i] !== u[i - 1]) perPerson[n++] = u[i];
  }
  const sorted = perPerson.subarray(0, n).sort();
  let vocabSize = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) vocabSize++;
  const vocabulary = new Uint32Array(vocabSize);
  const personFreq = new Uint32Array(vocabSize);
  let v = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) vocabulary[++v] = sorted[i];
    personFreq[v]++;
  }
  // In place: hash → id keeps each set sorted, since the vocabulary is sorted. slice() drops the
  // spare capacity of the growable buffer.
  for (let i = 0; i < values.length; i++) values[i] = indexInSortedSet(vocabulary, values[i]);
  return { offsets, ids: values.slice(), vocabulary, personFreq };
}
