/**
 * The worker's pipeline, run in Node over duckdb-wasm (the browser's engine): loading from files
 * and from a served folder, refusing a broken dataset while keeping the previous one, queries
 * that wait for a load, and audit runs with progress.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFolder } from '../data/read-folder';
import type { InputFile } from '../data';
import { RULES } from '../rules/registry';
import { expectedCounts } from '../../../test/e2e/demo-counts';
import type { Engine } from '../engine/types';
import type { Progress } from './protocol';
import { createSession } from './session';
import { folderFetch, wasmSession } from './testing';

const FIXTURE = path.resolve('test/fixtures/e2e-demo');

const w = wasmSession();
let files: InputFile[];

beforeAll(async () => {
  files = await readDatasetFolder(FIXTURE);
});

function withFile(name: string, text: string): InputFile[] {
  return [...files.filter((f) => f.name !== name), { name, bytes: new TextEncoder().encode(text) }];
}

describe('worker session', () => {
  it('loads a dataset from files and summarises it like the CSV files say', async () => {
    const progress: Progress[] = [];
    const result = await w.session.load({ kind: 'files', files }, (p) => progress.push(p));
    // Each stage in order; the parse stage also says how far each CSV file is read.
    const stages = progress.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
    const want = expectedCounts(FIXTURE);
    expect(result.accepted).toBe(true);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.summary).toMatchObject({ units: want.units, people: want.people, ratings: want.ratings, reviews: want.reviews, disciplines: want.disciplines });
    expect(result.summary!.ratingsByYear).toEqual([...want.byYear].map(([year, y]) => ({ year, ...y })));
    expect(stages).toEqual(['parse', 'engine', 'load', 'summary']);
    const csvFiles = files.filter((f) => f.name.endsWith('.csv')).map((f) => f.name);
    expect(progress.filter((p) => p.stage === 'parse' && p.fraction === 1).map((p) => p.detail).sort()).toEqual(csvFiles.sort());
    expect(Object.keys(result.ms).sort()).toEqual(['engine', 'load', 'parse', 'summary']);
  });

  it('refuses a dataset with errors, names file, row and column, and keeps the previous data', async () => {
    const before = await w.session.load({ kind: 'files', files });
    const ratings = new TextDecoder().decode(files.find((f) => f.name === 'ratings.csv')!.bytes).split('\n');
    ratings[2] = ratings[2].replace('Hoàn thành tốt nhiệm vụ', 'Rất tốt'); // spreadsheet row 3
    const result = await w.session.load({ kind: 'files', files: withFile('ratings.csv', ratings.join('\n')) });
    expect(result.accepted).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'ratings.csv', row: 3, column: 'level' }));
    expect(result.summary).toEqual(before.summary);
    expect(await w.session.query("SELECT level FROM ratings WHERE year = 2023 AND subject_id = 'P02' AND track = 'party_member'")).toEqual([{ level: 'HTTNV' }]);
  });

  it('loads a folder served over HTTP through its index.json, with encoded names', async () => {
    const seen: string[] = [];
    const served = [...files, { name: 'ghi chú/đọc tôi.txt', bytes: new TextEncoder().encode('x') }];
    const s = createSession({ engine: async () => w.engine, fetch: folderFetch(served, seen) });
    const fractions: number[] = [];
    const result = await s.load({ kind: 'url', base: 'http://soi.test/demo/' }, (p) => p.stage === 'fetch' && p.fraction !== null && fractions.push(p.fraction));
    expect(result.accepted).toBe(true);
    expect(result.files.sort()).toEqual(served.map((f) => f.name).sort());
    expect(seen).toContain('/demo/ghi%20ch%C3%BA/%C4%91%E1%BB%8Dc%20t%C3%B4i.txt');
    expect(fractions.at(-1)).toBe(1);
    // Where the time went: each stage's end in order, in epoch ms like the page's clock, after the
    // start steps the worker reports.
    const t = result.timeline!;
    expect(t.fetch).toBeLessThanOrEqual(t.parse);
    expect(t.parse).toBeLessThanOrEqual(t.load);
    expect(t.load).toBeLessThanOrEqual(t.summary);
    expect(Math.abs(t.summary - Date.now())).toBeLessThan(60_000);
    const started = Date.now() - 5;
    const withSteps = createSession({ engine: async () => w.engine, fetch: folderFetch(files, []), startSteps: () => ({ workerStarted: started }) });
    const timed = await withSteps.load({ kind: 'url', base: 'http://soi.test/demo/' });
    expect(timed.timeline!.workerStarted).toBe(started);
    expect(timed.timeline!.fetch).toBeGreaterThanOrEqual(started);
    // The stray file is reported, not loaded.
    expect(result.problems).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'ghi chú/đọc tôi.txt' }));
  });

  it("answers a served folder's load before its self-reviews are in, counting them as parsed; queries and checks wait for them", async () => {
    const want = expectedCounts(FIXTURE);
    for (const t of ['reviews', 'unit_years']) await w.engine.exec(`DROP TABLE IF EXISTS ${t}`);
    const s = createSession({ engine: async () => w.engine, fetch: folderFetch(files, []) });
    const result = await s.load({ kind: 'url', base: 'http://soi.test/demo/' });
    expect(result.accepted).toBe(true);
    expect(result.later).toEqual(['reviews']);
    expect(result.summary!.reviews).toBe(want.reviews);
    // At the answer the table is not in the engine yet, nor the tree of the year.
    const tables = await w.engine.tables();
    expect(tables).not.toContain('reviews');
    expect(tables).not.toContain('unit_years');
    // Issued at once, they run after the rest of the load: the count is the parsed one, and the
    // checks of self-reviews find what a load of the same files finds.
    const [count, audit, settled] = await Promise.all([s.query('SELECT count(*) AS n FROM reviews'), s.audit({}), s.settled()]);
    expect(count).toEqual([{ n: want.reviews }]);
    expect(settled.ms).toBeGreaterThanOrEqual(0);
    const fromFiles = await w.session.load({ kind: 'files', files });
    expect(fromFiles.later).toBeUndefined();
    expect(fromFiles.summary).toEqual(result.summary);
    const again = await w.session.audit({});
    const textOutcomes = audit.outcomes.filter((o) => ['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses'].includes(o.rule));
    expect(textOutcomes.length).toBe(3);
    expect(textOutcomes.every((o) => o.status === 'ran')).toBe(true);
    expect(audit.outcomes.map(({ rule, status }) => ({ rule, status }))).toEqual(again.outcomes.map(({ rule, status }) => ({ rule, status })));
    expect(audit.flags).toEqual(again.flags);
  });

  it('answers a served folder without self-reviews before the tree of each year is built; queries wait for the tree', async () => {
    const noReviews = files.filter((f) => f.name !== 'reviews.csv');
    await w.engine.exec('DROP TABLE IF EXISTS unit_years');
    const s = createSession({ engine: async () => w.engine, fetch: folderFetch(noReviews, []) });
    const result = await s.load({ kind: 'url', base: 'http://soi.test/demo/' });
    expect(result.accepted).toBe(true);
    expect(result.later).toBeUndefined();
    expect(result.summary!.reviews).toBeNull();
    expect(await w.engine.tables()).not.toContain('unit_years');
    const [years] = await Promise.all([s.query('SELECT count(DISTINCT year) AS n FROM unit_years'), s.settled()]);
    expect(years[0].n).toBeGreaterThan(0);
  });

  it('answers no query on a dataset whose self-reviews failed to load after the answer, until the next load', async () => {
    let fail = true;
    const e = w.engine;
    const failing: Engine = {
      kind: e.kind,
      query: (q) => e.query(q),
      exec: (q) => (fail && /CREATE OR REPLACE TABLE "?reviews"?\s/.test(q) ? Promise.reject(new Error('disk full')) : e.exec(q)),
      registerFile: (name, bytes) => e.registerFile(name, bytes),
      tables: () => e.tables(),
      close: () => e.close()
    };
    const s = createSession({ engine: async () => failing, fetch: folderFetch(files, []) });
    expect((await s.load({ kind: 'url', base: 'http://soi.test/demo/' })).accepted).toBe(true);
    await expect(s.settled()).rejects.toThrow(/disk full/);
    await expect(s.query('SELECT count(*) AS n FROM people')).rejects.toThrow(/disk full/);
    await expect(s.audit({})).rejects.toThrow(/disk full/);
    fail = false;
    expect((await s.load({ kind: 'url', base: 'http://soi.test/demo/' })).accepted).toBe(true);
    expect(await s.query('SELECT count(*) AS n FROM reviews')).toEqual([{ n: expectedCounts(FIXTURE).reviews }]);
  });

  it('fails a load whose folder is missing a listed file, naming it', async () => {
    const s = createSession({ engine: async () => w.engine, fetch: folderFetch(files, []) });
    const broken = folderFetch(files, []);
    const fetchWithHole: typeof fetch = async (input) => (String(input).endsWith('/people.csv') ? new Response('', { status: 404 }) : broken(input));
    await expect(createSession({ engine: async () => w.engine, fetch: fetchWithHole }).load({ kind: 'url', base: 'http://soi.test/demo/' })).rejects.toThrow(
      /people\.csv.*404/
    );
    // A failed load leaves a working session behind.
    expect((await s.load({ kind: 'url', base: 'http://soi.test/demo/' })).accepted).toBe(true);
  });

  it('runs a query issued during a load only after the load', async () => {
    await w.engine.exec('DROP TABLE people');
    const load = w.session.load({ kind: 'files', files });
    // Issued while the load is parsing: run at once, it would find no table people.
    const count = w.session.query('SELECT count(*) AS n FROM people');
    await load;
    expect(await count).toEqual([{ n: expectedCounts(FIXTURE).people }]);
  });

  it('runs the registered checks with progress, and only the chosen ones when asked', async () => {
    await w.session.load({ kind: 'files', files });
    const progress: Progress[] = [];
    const all = await w.session.audit({}, (p) => progress.push(p));
    expect(all.outcomes.map((o) => o.rule)).toEqual(RULES.map((r) => r.id));
    const fractions = progress.map((p) => p.fraction!);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(true);

    const one = await w.session.audit({ only: ['head_above_collective'] });
    expect(one.outcomes).toEqual([expect.objectContaining({ rule: 'head_above_collective', status: 'ran' })]);
    // The fixture's 2024 cell C02 is rated HTNV while its head P05 is HTTNV.
    expect(one.flags).toContainEqual(expect.objectContaining({ rule: 'head_above_collective', year: 2024, subject_id: 'P05', unit_id: 'C02' }));
    expect(one.flags.every((f) => f.rule === 'head_above_collective')).toBe(true);
  });
});
