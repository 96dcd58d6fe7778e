/**
 * A corpus of self-reviews reduced to shingle sets, kept compact for ~10^5 reviews: every set lives
 * in one Uint32Array (offsets per review), and shingle hashes are replaced by ids into a sorted
 * vocabulary that carries each shingle's person frequency (weighting.ts).
 *
 * Two fields per review: `full` (every section, header and signature left out) and `weaknesses`
 * (section II, "Hạn chế, khuyết điểm và nguyên nhân", for repeated_weaknesses).
 */
import { splitSections } from './sections';
import { DEFAULT_SHINGLE_SIZE, pushTextShingles, U32Buffer } from './shingles';
import { sortU32 } from './sort-u32';

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

/** Concatenated sorted sets: set i is values[offsets[i]..offsets[i+1]). */
class SetList {
  readonly values = new U32Buffer();
  readonly offsets: number[] = [0];
  /** Closes the set whose shingles were added since the last close. */
  close(): void {
    this.values.sortUniqueFrom(this.offsets[this.offsets.length - 1]);
    this.offsets.push(this.values.length);
  }
}

export class CorpusBuilder {
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

    // Section II's shingles go to both fields: the text is scanned once.
    for (const section of splitSections(text ?? '').sections)
      pushTextShingles(section.body, this.shingleSize, this.full.values, section.number === 2 ? this.weaknesses.values : undefined);
    this.full.close();
    this.weaknesses.close();
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
  const values = list.values.data.subarray(0, list.values.length);
  const offsets = Uint32Array.from(list.offsets);
  // Each person's distinct shingles once: sorted, the runs give the person frequency.
  const perPerson = new U32Buffer();
  perPerson.reserve(values.length);
  for (const docs of docsOfPerson) {
    const from = perPerson.length;
    for (const d of docs) for (let i = offsets[d]; i < offsets[d + 1]; i++) perPerson.add(values[i]);
    if (docs.length > 1) perPerson.sortUniqueFrom(from);
  }
  const sorted = sortU32(perPerson.data.subarray(0, perPerson.length));
  const n = sorted.length;
  let vocabSize = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) vocabSize++;
  const vocabulary = new Uint32Array(vocabSize);
  const personFreq = new Uint32Array(vocabSize);
  let v = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) vocabulary[++v] = sorted[i];
    personFreq[v]++;
  }
  // Hash → id through an open-addressing table (a binary search per shingle is several times
  // slower at 10^7 shingles). Ids follow the sorted vocabulary, so each set stays sorted.
  const lookup = new IdTable(vocabulary);
  for (let i = 0; i < values.length; i++) values[i] = lookup.id(values[i]);
  return { offsets, ids: values.slice(), vocabulary, personFreq };
}

/** Hash → position in the vocabulary, for hashes known to be in it. */
class IdTable {
  private readonly keys: Uint32Array;
  private readonly ids: Int32Array;
  private readonly mask: number;
  constructor(vocabulary: Uint32Array) {
    let size = 16;
    while (size < vocabulary.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.ids = new Int32Array(size).fill(-1);
    for (let i = 0; i < vocabulary.length; i++) {
      let slot = Math.imul(vocabulary[i], 0x9e3779b1) >>> 0 & this.mask;
      while (this.ids[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = vocabulary[i];
      this.ids[slot] = i;
    }
  }
  id(hash: number): number {
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & this.mask;
    while (this.keys[slot] !== hash || this.ids[slot] === -1) {
      if (this.ids[slot] === -1) throw new Error('shingle missing from the vocabulary');
      slot = (slot + 1) & this.mask;
    }
    return this.ids[slot];
  }
}
