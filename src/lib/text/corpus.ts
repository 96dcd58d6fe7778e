/**
 * A corpus of self-reviews reduced to shingle sets, kept compact for ~10^5 reviews: every set lives
 * in one Uint32Array (offsets per review), and shingle hashes are replaced by ids into a sorted
 * vocabulary that carries each shingle's person frequency (weighting.ts).
 *
 * Two fields per review: `full` (every section, header and signature left out) and `weaknesses`
 * (part 1 of section II, "Hạn chế, khuyết điểm", without the causes: for repeated_weaknesses).
 */
import { splitSections, weaknessesPart } from './sections';
import { DEFAULT_SHINGLE_SIZE, pushTextShingles, U32Buffer } from './shingles';
import { ShingleTable } from './shingle-table';
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

/** Who wrote each review and when: what the searches walk (copies.ts), whichever way the sets are held. */
export interface CorpusIndex {
  shingleSize: number;
  /** Distinct person ids, in order of first appearance. */
  persons: string[];
  /** Per review: index into persons, and the year. */
  docPerson: Uint32Array;
  docYear: Uint32Array;
  /** Per person: its reviews, by year ascending. */
  docsOfPerson: number[][];
}

export interface ReviewCorpus extends CorpusIndex {
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

/**
 * Appends a review's shingles (duplicates included) to `full` (every section, header and signature
 * left out; null: not wanted) and to `weaknesses` (part 1 of section II). The text is scanned once (and NFC-normalised
 * once, by splitSections).
 */
export function pushReviewShingles(text: string | null, n: number, full: U32Buffer | null, weaknesses: U32Buffer): void {
  for (const section of splitSections(text ?? '').sections) {
    if (section.number !== 2) {
      if (full) pushTextShingles(section.body, n, full, undefined, true);
      continue;
    }
    const part1 = weaknessesPart(section.body);
    if (full) pushTextShingles(part1, n, full, weaknesses, true);
    else pushTextShingles(part1, n, weaknesses, undefined, true);
    if (full && part1.length < section.body.length) pushTextShingles(section.body.slice(part1.length), n, full, undefined, true);
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

  /** Adds one review; a second review of the same person and year is an error ((person_id, year) is unique). */
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

    pushReviewShingles(text, this.shingleSize, this.full.values, this.weaknesses.values);
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
  // Person frequency in one pass: each shingle's slot remembers the last person counted.
  const table = new ShingleTable();
  for (let p = 0; p < docsOfPerson.length; p++)
    for (const d of docsOfPerson[p]) for (let i = offsets[d]; i < offsets[d + 1]; i++) table.countPerson(values[i], p);
  // Ids follow the sorted hashes, so that each review's set (sorted by hash) stays sorted by id.
  const vocabulary = sortU32(table.keys());
  const personFreq = new Uint32Array(vocabulary.length);
  for (let id = 0; id < vocabulary.length; id++) personFreq[id] = table.setId(vocabulary[id], id);
  for (let i = 0; i < values.length; i++) values[i] = table.idOf(values[i]);
  // slice() drops the spare capacity of the growable buffer.
  return { offsets, ids: values.slice(), vocabulary, personFreq };
}
