/**
 * Open-addressing hash table over shingle hashes (linear probing, load ≤ 0.7): counts distinct
 * persons per shingle, then maps each shingle to its vocabulary id. 12 bytes per slot.
 *
 * Counting: a slot remembers the last tag (a person, or a run of one person's reviews) counted, so
 * a shingle met again under the same tag is not counted twice.
 */
export class ShingleTable {
  private keysBySlot = new Uint32Array(1 << 12);
  private counts = new Uint32Array(1 << 12);
  /** While counting: the last tag counted (−1 = empty slot); then: the vocabulary id. */
  private tags = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  /** Distinct shingles counted. */
  get size(): number {
    return this.used;
  }

  /** Memory held, in bytes. */
  get bytes(): number {
    return this.keysBySlot.byteLength + this.counts.byteLength + this.tags.byteLength;
  }

  private slot(hash: number): number {
    const mask = this.tags.length - 1;
    let s = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    while (this.tags[s] !== -1 && this.keysBySlot[s] !== hash) s = (s + 1) & mask;
    return s;
  }

  /** Counts `hash` once for `tag` (a non-negative integer): nothing when the tag counted it last. */
  countPerson(hash: number, tag: number): void {
    let s = this.slot(hash);
    if (this.tags[s] === -1) {
      if (this.used + 1 > this.tags.length * 0.7) {
        this.grow();
        s = this.slot(hash);
      }
      this.keysBySlot[s] = hash;
      this.used++;
    } else if (this.tags[s] === tag) return;
    this.tags[s] = tag;
    this.counts[s]++;
  }

  /** Takes back `n` counts of a counted shingle (one person's reviews counted under several tags). */
  uncount(hash: number, n: number): void {
    const s = this.slot(hash);
    if (this.tags[s] !== -1) this.counts[s] -= n;
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

  /** The id of a shingle (once every counted shingle has one), or −1 for a shingle never counted. */
  idOf(hash: number): number {
    return this.tags[this.slot(hash)];
  }

  /** The counts are no longer needed once every shingle has its id and frequency. */
  dropCounts(): void {
    this.counts = new Uint32Array(0);
  }
}
