/**
 * The compact corpus (no shingle set kept; sets made again from texts read back by byte range)
 * against the corpus that holds every set: the same vocabulary ids, person frequencies, matches and
 * similarities, through the real readers (a file on disk, a Blob as a picked file), with reviews.csv
 * ordered by person and by year (each person's reviews then in several runs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blobByteSource, type ByteSource } from '../../../src/lib/data/byte-source';
import { csvField } from '../../../src/lib/data/csv-cells';
import { fileByteSource } from '../../../src/lib/data/file-byte-source';
import { parseDataset } from '../../../src/lib/data/parse-dataset';
import { streamedReviewsCsv } from '../../../src/lib/data/streamed-reviews';
import { StreamedCorpus } from '../../../src/lib/rules/streamed-corpus';
import type { CompactCorpus, CompactField, ReviewTexts } from '../../../src/lib/text/compact-corpus';
import { CompactWeightedField } from '../../../src/lib/text/compact-field';
import { groupCopies, priorYearCopies, repeatedSections, WeightedField, type WeightedSets } from '../../../src/lib/text/copies';
import { CorpusBuilder, type ReviewCorpus, type ShingleField } from '../../../src/lib/text/corpus';
import { lshForThreshold } from '../../../src/lib/text/lsh';
import { DEFAULT_STOCK_POLICY } from '../../../src/lib/text/weighting';
import { textDataset } from './text-dataset';

const dir = mkdtempSync(path.join(os.tmpdir(), 'soi-compact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reviews = textDataset().reviews.map((r) => ({ person: r.person_id as string, year: r.year as number, text: r.text as string }));
const ORDERS = {
  'by person': reviews,
  // Every person's four reviews in four runs: the person frequency must still count each person once.
  'by year': [...reviews].sort((a, b) => a.year - b.year)
};
const READERS: Record<string, (name: string, bytes: Uint8Array) => ByteSource> = {
  'a file on disk': (name, bytes) => {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
    writeFileSync(file, bytes);
    return fileByteSource(name, file);
  },
  'a Blob (a picked file)': (name, bytes) => blobByteSource(name, new Blob([bytes.slice()]))
};

function csvOf(rows: typeof reviews): Uint8Array {
  return new TextEncoder().encode(['person_id,year,text', ...rows.map((r) => `${r.person},${r.year},${csvField(r.text)}`)].join('\r\n') + '\r\n');
}

async function streamedCorpus(source: ByteSource): Promise<CompactCorpus> {
  const corpus = new StreamedCorpus(() => source, 4);
  await parseDataset([], { streamedSources: (problems) => [streamedReviewsCsv(source, problems, corpus.sink)] });
  expect(corpus.size).toBe(reviews.length);
  return corpus.corpusOf(4);
}

function loadedCorpus(rows: typeof reviews): ReviewCorpus {
  const b = new CorpusBuilder(4);
  for (const r of rows) b.add(r.person, r.year, r.text);
  return b.finish();
}

/** Counts the texts read back, and the largest request. */
function counting(source: ReviewTexts): ReviewTexts & { read: number; largest: number } {
  const c = {
    read: 0,
    largest: 0,
    eachText: (docs: readonly number[], visit: (k: number, text: string | null) => void) => {
      c.read += docs.length;
      c.largest = Math.max(c.largest, docs.length);
      return source.eachText(docs, visit);
    }
  };
  return c;
}

function expectSameField(compact: CompactField, loaded: ShingleField): void {
  expect(compact.personFreq).toEqual(loaded.personFreq);
  for (let id = 0; id < loaded.vocabulary.length; id++) expect(compact.table.idOf(loaded.vocabulary[id])).toBe(id);
}

describe('compact corpus against the corpus holding every set', () => {
  for (const [order, rows] of Object.entries(ORDERS))
    for (const [reader, open] of Object.entries(READERS))
      it(`gives the same frequencies and matches (reviews.csv ordered ${order}, read back from ${reader})`, async () => {
        const compact = await streamedCorpus(open('reviews.csv', csvOf(rows)));
        const loaded = loadedCorpus(rows);
        expect(compact.persons).toEqual(loaded.persons);
        expect(compact.docPerson).toEqual(loaded.docPerson);
        expect(compact.docYear).toEqual(loaded.docYear);
        expect(compact.docsOfPerson).toEqual(loaded.docsOfPerson);
        expectSameField(compact.full, loaded.full);
        expectSameField(compact.weaknesses, loaded.weaknesses);

        const persons = loaded.persons.length;
        const oldFull = new WeightedField(loaded.full, persons, DEFAULT_STOCK_POLICY);
        const oldWeak = new WeightedField(loaded.weaknesses, persons, DEFAULT_STOCK_POLICY);
        // A batch of 7 reviews: persons and groups are read in several loads, large groups in slices.
        const source = counting(compact.source);
        const reread = { ...compact, source };
        const newFull: WeightedSets = new CompactWeightedField(reread, 'full', DEFAULT_STOCK_POLICY, 7);
        const newWeak: WeightedSets = new CompactWeightedField(reread, 'weaknesses', DEFAULT_STOCK_POLICY, 7);

        const compare = { measure: 'jaccard' as const, threshold: 0.4, minShingles: 10 };
        const prior = await priorYearCopies(loaded, oldFull, compare);
        expect(prior.length).toBe(4);
        expect(await priorYearCopies(compact, newFull, compare)).toEqual(prior);
        // Each text read once, at most a batch at a time.
        expect(source.read).toBe(reviews.length);
        expect(source.largest).toBeLessThanOrEqual(7);

        const weakCompare = { ...compare, minShingles: 5 };
        const runs = await repeatedSections(loaded, oldWeak, weakCompare);
        expect(runs.length).toBe(4);
        expect(await repeatedSections(compact, newWeak, weakCompare)).toEqual(runs);

        // One group per year (40 reviews): all pairs, LSH over a group loaded whole, LSH over slices.
        const groups = [2020, 2021, 2022, 2023].map((y) => [...loaded.docYear.keys()].filter((d) => loaded.docYear[d] === y));
        const lsh = lshForThreshold(0.4);
        for (const g of [{ lshMinGroup: 1e9, lsh }, { lshMinGroup: 5, lsh }, { lshMinGroup: 5, lsh, exhaustive: true }]) {
          const want = await groupCopies(groups, oldFull, compare, g);
          expect(want.matches.length).toBeGreaterThan(0);
          expect(await groupCopies(groups, newFull, compare, g)).toEqual(want);
          const wide = new CompactWeightedField(compact, 'full', DEFAULT_STOCK_POLICY, 64);
          expect(await groupCopies(groups, wide, compare, g)).toEqual(want);
        }
        for (const d of loaded.docYear.keys()) expect(newFull.informativeCount(d)).toBe(oldFull.informativeCount(d));
      });
});

describe('a streamed corpus shared by later runs', () => {
  it('is made whole even when the run that asked for it is stopped while it is made (its progress callback throws)', async () => {
    const source = READERS['a Blob (a picked file)']('reviews.csv', csvOf(ORDERS['by year']));
    const corpus = new StreamedCorpus(() => source, 4);
    await parseDataset([], { streamedSources: (problems) => [streamedReviewsCsv(source, problems, corpus.sink)] });
    let calls = 0;
    const stopped = await corpus.corpusOf(4, () => {
      calls++;
      throw new Error('stopped');
    });
    // Reviews ordered by year: each person's counts are taken back while the corpus is made, with progress.
    expect(calls).toBeGreaterThan(0);
    const want = loadedCorpus(ORDERS['by year']);
    expectSameField(stopped.full, want.full);
    expect(await corpus.corpusOf(4)).toBe(stopped);
  });
});
