/**
 * Self-reviews read as a stream and not kept: a province's reviews.csv (3 GB) or its review files
 * pass once through the same checks as any table (header, widths, cells, keys), each review's text
 * goes to a sink (which reduces it to shingles, src/lib/rules/streamed-corpus.ts) with where it lies
 * in its file, and the reviews table keeps STREAMED_TEXT in its place. A flag's evidence reads the
 * text back from that place (readReviewBack).
 */
import type { ByteSource } from './byte-source';
import { parseCsvChunk, type CsvIssue } from './csv';
import { csvRecordRanges } from './csv-records';
import { detectEncoding, REPLACEMENT_CHAR } from './encoding';
import { readCsvInto, csvRows, reportEncoding } from './read-csv';
import { tableOfFileName } from './aliases';
import { isSystemFile, splitExtension } from './input-files';
import { parseReviewFileName, readReviewText, REVIEW_FILE_EXTENSIONS } from './review-files';
import type { Problem } from './problems';
import type { TableSource } from './table-source';
import { parseText, parseYear } from './values';

/** What the reviews table holds instead of a streamed text (short: it costs one dictionary entry). */
export const STREAMED_TEXT = '[đọc lại từ tệp gốc khi cần]';

/** Where a review's text lies: field `field` of the CSV record in bytes [start, end), or a whole review file (end = −1). */
export interface ReviewLocation {
  file: string;
  start: number;
  end: number;
  field: number;
}

/** One review as read, and where it lies; text null when the row has none (an error of its own). */
export interface StreamedReview extends ReviewLocation {
  personId: string | null;
  year: number | null;
  text: string | null;
}

export type ReviewSink = (review: StreamedReview) => void;

/** A reviews table as a CSV file: what streams. */
export function isReviewsCsv(name: string): boolean {
  const [stem, ext] = splitExtension(name);
  return ext === 'csv' && !isSystemFile(name) && tableOfFileName(stem) === 'reviews';
}

/** A review as a file of its own (<person_id>_<year>.docx|.txt). */
export function isReviewFile(name: string): boolean {
  return !isSystemFile(name) && REVIEW_FILE_EXTENSIONS.includes(splitExtension(name)[1]) && parseReviewFileName(name) !== null;
}

/** Bytes of a file read at a time: enough to keep the disk busy, small beside a province. */
const PIECE = 1 << 22;

/**
 * reviews.csv as a table source that streams. A file not in UTF-8 (a legacy code page, UTF-16/32)
 * is read whole as before: byte offsets of records need an encoding whose line breaks are single
 * ASCII bytes, and such files are small in practice.
 */
export function streamedReviewsCsv(source: ByteSource, problems: Problem[], sink: ReviewSink, signal?: AbortSignal): TableSource {
  return {
    table: 'reviews',
    file: source.name,
    async read(builder) {
      const head = await source.read(0, Math.min(source.size, PIECE));
      const encoding = detectEncoding(head);
      if (encoding !== 'utf-8') {
        readCsvInto(await source.read(0, source.size), builder, problems);
        return;
      }
      reportEncoding(source.name, encoding, problems);
      const rows = csvRows(builder, problems, encoding);
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      let record = 1;
      let at = { person: -1, year: -1, text: -1 };
      const visit = (fields: string[], n: number, range: { start: number; end: number }) => {
        const before = builder.rows;
        const text = at.text >= 0 ? parseText(fields[at.text]) : null;
        // The table keeps a stand-in for a text that is there; an empty one stays empty (a required value).
        // A text with undecodable bytes stays, for the error that names them.
        if (text !== null && !text.includes(REPLACEMENT_CHAR)) fields[at.text] = STREAMED_TEXT;
        rows.visit(fields, n);
        if (n === 1) at = { person: builder.positionOf('person_id'), year: builder.positionOf('year'), text: builder.positionOf('text') };
        if (builder.rows === before) return;
        const year = at.year >= 0 ? parseYear(fields[at.year]) : null;
        sink({ personId: at.person >= 0 ? parseText(fields[at.person]) : null, year: typeof year === 'number' ? year : null, text, file: source.name, field: at.text, ...range });
      };
      for await (const r of csvRecordRanges(source, PIECE, signal)) {
        // A byte-order mark is not part of the header's first cell.
        const skip = r.start === 0 && r.bytes[0] === 0xef && r.bytes[1] === 0xbb && r.bytes[2] === 0xbf ? 3 : 0;
        const text = decoder.decode(skip ? r.bytes.subarray(skip) : r.bytes);
        if (!rows.damaged && text.includes(REPLACEMENT_CHAR)) rows.damaged = true;
        const range = { start: r.start + skip, end: r.end };
        record = parseCsvChunk(text, true, record, (fields, n) => visit(fields, n, range), rows.issues).nextRecord;
        builder.onProgress?.(r.end / source.size);
      }
      rows.finish(record - 1);
    }
  };
}

/** The text of one review, read again from where it lies (the same value the table would have held). */
export async function readReviewBack(source: ByteSource, at: ReviewLocation): Promise<string | null> {
  if (at.end < 0) return parseText(await readReviewText({ name: source.name, bytes: await source.read(0, source.size) }));
  return reviewOfRecord(await source.read(at.start, at.end), at.field);
}

/** Field `field` of one CSV record's bytes, as the table would have held it. */
function reviewOfRecord(bytes: Uint8Array, field: number): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let fields: string[] = [];
  const issues: CsvIssue[] = [];
  parseCsvChunk(text, true, 2, (f) => (fields = f), issues);
  return parseText(fields[field]);
}

/** Records closer than this are read in one piece (fewer reads; the bytes between are skipped). */
const READ_GAP = 1 << 16;
/** …up to pieces of this size. */
const READ_SPAN = 1 << 23;

/**
 * The texts of many reviews of one file: records read in file order, those close together in one
 * piece, so that reading back a person's or an organisation's reviews costs a few reads, not one
 * each. `visit(i, text)` gets each text as it is decoded (i: its position in `at`), in file order:
 * a caller that uses each text at once lets it go before the next, while it is still young garbage.
 */
export async function forEachReviewBack(source: ByteSource, at: readonly ReviewLocation[], visit: (i: number, text: string | null) => void): Promise<void> {
  const order = at.map((_, i) => i).sort((a, b) => at[a].start - at[b].start);
  for (let i = 0; i < order.length; ) {
    const first = at[order[i]];
    if (first.end < 0) {
      visit(order[i], await readReviewBack(source, first));
      i++;
      continue;
    }
    let j = i + 1;
    let end = first.end;
    while (j < order.length && at[order[j]].end >= 0 && at[order[j]].start - end <= READ_GAP && at[order[j]].end - first.start <= READ_SPAN) end = Math.max(end, at[order[j++]].end);
    const bytes = await source.read(first.start, end);
    for (; i < j; i++) {
      const r = at[order[i]];
      visit(order[i], reviewOfRecord(bytes.subarray(r.start - first.start, r.end - first.start), r.field));
    }
  }
}

/** The texts of many reviews of one file, in the order given (forEachReviewBack). */
export async function readReviewsBack(source: ByteSource, at: readonly ReviewLocation[]): Promise<(string | null)[]> {
  const out: (string | null)[] = new Array(at.length).fill(null);
  await forEachReviewBack(source, at, (i, text) => (out[i] = text));
  return out;
}
