/**
 * A self-review corpus built while the reviews stream past (src/lib/data/streamed-reviews.ts): each
 * review becomes its shingle sets and its place in its file, and its text is dropped. The text
 * rules use it as they use a corpus read from the reviews table (review-text.ts: reviewCorpus,
 * reviewTexts); the texts a flag's evidence needs are read back from their files.
 */
import type { ByteSource } from '../data/byte-source';
import { readReviewBack, type ReviewLocation, type StreamedReview } from '../data/streamed-reviews';
import { CorpusBuilder, type ReviewCorpus } from '../text/corpus';

export class StreamedCorpus {
  private builder: CorpusBuilder | null;
  private corpus: ReviewCorpus | null = null;
  /** Per document of the corpus (in the order added): where its text lies. */
  private readonly files: string[] = [];
  private readonly fileOf: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly fields: number[] = [];
  private readonly fileIndex = new Map<string, number>();
  private personIndex: Map<string, number> | null = null;
  /** Rows the sink was given: every row of the reviews table when all of it streamed. */
  rows = 0;

  /** `open` gives the bytes of a file named as the dataset names it. */
  constructor(
    private readonly open: (file: string) => ByteSource,
    readonly shingleSize: number
  ) {
    this.builder = new CorpusBuilder(shingleSize);
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
    this.fileOf.push(f);
    this.starts.push(r.start);
    this.ends.push(r.end);
    this.fields.push(r.field);
  };

  get size(): number {
    return this.fileOf.length;
  }

  location(doc: number): ReviewLocation {
    return { file: this.files[this.fileOf[doc]], start: this.starts[doc], end: this.ends[doc], field: this.fields[doc] };
  }

  /** The corpus at the shingle size it was streamed with; another size reads every text back once. */
  async corpusOf(shingleSize: number, onProgress?: (f: number, note?: string) => void): Promise<ReviewCorpus> {
    if (this.builder) {
      this.corpus = this.builder.finish();
      this.builder = null;
    }
    const corpus = this.corpus as ReviewCorpus;
    if (shingleSize === this.shingleSize) return corpus;
    const other = new CorpusBuilder(shingleSize);
    for (let d = 0; d < this.size; d++) {
      if ((d & 4095) === 0) onProgress?.(d / this.size, `đọc lại bản kiểm điểm (reading the reviews again)`);
      other.add(corpus.persons[corpus.docPerson[d]], corpus.docYear[d], (await this.textOf(d)) ?? '');
    }
    return other.finish();
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
}
