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

    // Part 1 of section II goes to both fields, the rest of the text to `full` only: the text is
    // scanned once (and NFC-normalised once, by splitSections).
    for (const section of splitSections(text ?? '').sections) {
      if (section.number !== 2) {
        pushTextShingles(section.body, this.shingleSize, this.full.values, undefined, true);
        continue;
      }
      const weaknesses = weaknessesPart(section.body);
      pushTextShingles(weaknesses, this.shingleSize, this.full.values, this.weaknesses.values, true);
      if (weaknesses.length < section.body.length) pushTextShingles(section.body.slice(weaknesses.length), this.shingleSize, this.full.values, undefined, true);
    }
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

/**
 * Open-addressing hash table over shingle hashes (linear probing, load ≤ 0.7): counts distinct
 * persons per shingle, then maps each shingle to its vocabulary id. 12 bytes per slot.
 */
class ShingleTable {
  private keysBySlot = new Uint32Array(1 << 12);
  private counts = new Uint32Array(1 << 12);
  /** While counting: the last person counted (−1 = empty slot); then: the vocabulary id. */
  private tags = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  private slot(hash: number): number {
    const mask = this.tags.length - 1;
    let s = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    while (this.tags[s] !== -1 && this.keysBySlot[s] !== hash) s = (s + 1) & mask;
    return s;
  }

  countPerson(hash: number, person: number): void {
    let s = this.slot(hash);
    if (this.tags[s] === -1) {
      if (this.used + 1 > this.tags.length * 0.7) {
        this.grow();
        s = this.slot(hash);
      }
      this.keysBySlot[s] = hash;
      this.used++;
    } else if (this.tags[s] === person) return;
    this.tags[s] = person;
    this.counts[s]++;
  }

  private grow(): void {
    const { keysBySlot, counts, tags } = this;
    const size = tags.length * 2;
    this.keysBySlot = new Uint32Array(size);
    this.counts = new Uint32Array(size);
    this.tags = new Int32Array(size).fill(-1);
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] === -1) continue;
      const s = this.slot(keysBySlot[i]);
      this.keysBySlot[s] = keysBySlot[i];
      this.counts[s] = counts[i];
      this.tags[s] = tags[i];
    }
  }

  keys(): Uint32Array {
    const out = new Uint32Array(this.used);
    let k = 0;
    for (let i = 0; i < this.tags.length; i++) if (this.tags[i] !== -1) out[k++] = this.keysBySlot[i];
    return out;
  }

  /** Gives a counted shingle its id; returns its person frequency. */
  setId(hash: number, id: number): number {
    const s = this.slot(hash);
    this.tags[s] = id;
    return this.counts[s];
  }

  idOf(hash: number): number {
    return this.tags[this.slot(hash)];
  }
}
