/**
 * Node only: a dataset folder read with its self-reviews streamed (src/lib/data/streamed-reviews.ts):
 * reviews.csv and the review files are read once, piece by piece, each review kept as its writer,
 * year and place in its file (its shingles only counted). What lets `npm run audit` check a
 * province's 3 GB of reviews in bounded memory; the audit list is the same as when the texts are
 * loaded.
 */
import path from 'node:path';
import { parseDataset, type ParsedDataset, type ParseOptions } from '../lib/data/parse-dataset';
import { listDatasetFolder, readDatasetFolder } from '../lib/data/read-folder';
import { isReviewFile, isReviewsCsv, streamedReviewsCsv } from '../lib/data/streamed-reviews';
import type { ParamOverrides } from '../lib/rules/config';
import { TEXT_DEFAULTS } from '../lib/rules/review-text';
import { StreamedCorpus } from '../lib/rules/streamed-corpus';
import { fileByteSource } from '../lib/data/file-byte-source';
import { HeapCeiling } from './heap-ceiling';

/** The shingle size the text rules will ask for (the corpus is built at it while streaming). */
export function shingleSizeOf(params: ParamOverrides): number {
  const size = params.review_copied_prior_year?.shingle_size ?? params.review_copied_colleague?.shingle_size ?? params.repeated_weaknesses?.shingle_size;
  return typeof size === 'number' ? size : TEXT_DEFAULTS.shingle_size;
}

/**
 * The folder parsed with its reviews streamed; null when it has no reviews to stream, or when some
 * reviews came from elsewhere (a workbook sheet, a zip): the caller then reads it whole.
 */
export async function parseStreamed(dir: string, options: ParseOptions, shingleSize: number): Promise<{ parsed: ParsedDataset; corpus: StreamedCorpus } | null> {
  const names = (await listDatasetFolder(dir)).map((f) => f.name);
  const csvs = names.filter(isReviewsCsv);
  if (!csvs.length && !names.some(isReviewFile)) return null;
  // Every read of a review file, first pass and read-backs, checks the heap's soft ceiling.
  const ceiling = new HeapCeiling();
  const open = (name: string) => ceiling.guard(fileByteSource(name, path.join(dir, name)));
  const corpus = new StreamedCorpus(open, shingleSize);
  const files = await readDatasetFolder(dir, { leaveOut: isReviewsCsv, readLazily: isReviewFile });
  const parsed = await parseDataset(files, {
    ...options,
    streamedSources: (problems) => csvs.map((name) => streamedReviewsCsv(open(name), problems, corpus.sink)),
    reviewSink: corpus.sink
  });
  return (parsed.columns.reviews?.length ?? 0) === corpus.rows ? { parsed, corpus } : null;
}
