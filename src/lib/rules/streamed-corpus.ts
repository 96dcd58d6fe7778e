/**
 * A self-review corpus built while the reviews stream past (src/lib/data/streamed-reviews.ts): each
 * review leaves its writer, its year and its place in its file, and its shingles are counted into
 * the corpus's frequency tables (src/lib/text/compact-corpus.ts); neither its text nor its shingle
 * sets are kept. The text rules use it as they use a corpus read from the reviews table
 * (review-text.ts: reviewCorpus, reviewTexts); whenever they compare reviews, and for a flag's
 * evidence, the texts are read back from their files by byte range.
 */
import type { ByteSource } from '../data/byte-source';
import { forEachReviewBack, readReviewBack, type ReviewLocation, type StreamedReview } from '../data/streamed-reviews';
import { CompactCorpusBuilder, READ_BATCH, textsOf, type CompactCorpus, type ReviewTexts } from '../text/compact-corpus';

/** A growable array of file offsets (up to 2^53: files past 4 GB). */
class F64Buffer {
  data = new Float64Array(1024);
  length = 0;
  add(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }
  /** Gives back the room grown for more (up to half the buffer) once nothing more is added. */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length);
  }
}

export class StreamedCorpus implements ReviewTexts {
  private builder: CompactCorpusBuilder | null;
  private corpus: Promise<CompactCorpus> | null = null;
  /** Per document of the corpus (in the order added): where its text lies. */
  private readonly files: string[] = [];
  private readonly fileOf = new F64Buffer();
  private readonly starts = new F64Buffer();
  private readonly ends = new F64Buffer();
  private readonly fields = new F64Buffer();
  private readonly fileIndex = new Map<string, number>();
  private personIndex: Map<string, number> | null = null;
  /** Rows the sink was given: every row of the reviews table when all of it streamed. */
  rows = 0;

  /** `open` gives the bytes of a file named as the dataset names it. */
  constructor(
    private readonly open: (file: string) => ByteSource,
    readonly shingleSize: number
  ) {
    this.builder = new CompactCorpusBuilder(shingleSize);
  }

  /** The sink streamedReviewsCsv and parseDataset's review files feed. */
  readonly sink = (r: StreamedReview): void => {
    this.rows++;
    // A row without a person, a year or a text is an error of the table: the audit stops there.
    if (r.personId === null || r.year === null || r.text === null || !this.builder) return;
    try {
      this.builder.add(r.personId, r.year, r.text);
    } catch {
      return; // a second review of the same person and year: the table's key check reports it
    }
    let f = this.fileIndex.get(r.file);
    if (f === undefined) {
      f = this.files.length;
      this.fileIndex.set(r.file, f);
      this.files.push(r.file);
    }
    this.fileOf.add(f);
    this.starts.add(r.start);
    this.ends.add(r.end);
    this.fields.add(r.field);
  };

  get size(): number {
    return this.fileOf.length;
  }

  location(doc: number): ReviewLocation {
    return { file: this.files[this.fileOf.data[doc]], start: this.starts.data[doc], end: this.ends.data[doc], field: this.fields.data[doc] };
  }

  /** The corpus at the shingle size it was streamed with; another size reads every text back once. */
  async corpusOf(shingleSize: number, onProgress?: (f: number, note?: string) => void): Promise<CompactCorpus> {
    if (this.builder) {
      const builder = this.builder;
      this.builder = null;
      for (const b of [this.fileOf, this.starts, this.ends, this.fields]) b.trim();
      // Made once and shared by every later run: a run stopped meanwhile (its progress callback
      // throws) must not leave it broken, so the stop waits for the next step after it.
      this.corpus = builder.finish(this, (f) => {
        try {
          onProgress?.(f, 'đếm lại cụm từ (counting shingles again)');
        } catch {
          /* stopped: noticed once the corpus is made */
        }
      });
    }
    const corpus = await (this.corpus as Promise<CompactCorpus>);
    if (shingleSize === this.shingleSize) return corpus;
    const other = new CompactCorpusBuilder(shingleSize);
    for (let d = 0; d < this.size; d += READ_BATCH) {
      onProgress?.(d / this.size, `đọc lại bản kiểm điểm (reading the reviews again)`);
      const docs = Array.from({ length: Math.min(READ_BATCH, this.size - d) }, (_, k) => d + k);
      const texts = await textsOf(this, docs);
      for (let k = 0; k < docs.length; k++) other.add(corpus.persons[corpus.docPerson[docs[k]]], corpus.docYear[docs[k]], texts[k] ?? '');
    }
    return other.finish(this);
  }

  /** The document of a person's review of a year, or undefined. */
  async docOf(personId: string, year: number): Promise<number | undefined> {
    const corpus = await this.corpusOf(this.shingleSize);
    this.personIndex ??= new Map(corpus.persons.map((p, i) => [p, i]));
    const p = this.personIndex.get(personId);
    return p === undefined ? undefined : corpus.docsOfPerson[p].find((d) => corpus.docYear[d] === year);
  }

  /** The text of a review, read back from its file. */
  textOf(doc: number): Promise<string | null> {
    const at = this.location(doc);
    return readReviewBack(this.open(at.file), at);
  }

  /** The texts of many reviews, read back file by file in file order, each given to `visit` as it is read. */
  async eachText(docs: readonly number[], visit: (k: number, text: string | null) => void): Promise<void> {
    const byFile = new Map<number, number[]>();
    docs.forEach((d, k) => {
      const f = this.fileOf.data[d];
      const list = byFile.get(f);
      if (list) list.push(k);
      else byFile.set(f, [k]);
    });
    for (const [f, positions] of byFile) {
      await forEachReviewBack(this.open(this.files[f]), positions.map((k) => this.location(docs[k])), (i, text) => visit(positions[i], text));
    }
  }
}
