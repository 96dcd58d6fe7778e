/**
 * What the three self-review rules (review_copied_prior_year, review_copied_colleague,
 * repeated_weaknesses) share: reading the reviews into a shingle corpus (once per dataset, reused
 * by the three), their parameters, and the evidence of a matched pair.
 */
import { partyMemberSql } from '../sql/ratings';
import { LATEST_UNIT_NAMES } from '../sql/tree-walks';
import { createDerivedTables } from '../data/derived';
import { regulationFor } from '../domain/regulations';
import type { Engine } from '../engine/types';
import { ident, inList, sql, type Sql } from '../sql/template';
import { CorpusBuilder, type CorpusIndex, type ReviewCorpus } from '../text/corpus';
import type { CompactCorpus } from '../text/compact-corpus';
import { CompactWeightedField } from '../text/compact-field';
import type { StreamedCorpus } from './streamed-corpus';
import { stockSentenceTest, WeightedField, type CompareOptions, type WeightedSets } from '../text/copies';
import { sentenceOverlap, type SentenceOverlap } from '../text/sentence-match';
import type { Measure } from '../text/similarity';
import { DEFAULT_SHINGLE_SIZE } from '../text/shingles';
import { DEFAULT_STOCK_POLICY } from '../text/weighting';
import type { Params } from './types';

/** Parameters every text rule has. */
export interface TextParams extends Params {
  /** Syllables per shingle (3–5 suit Vietnamese syllables). */
  shingle_size: number;
  /** A shingle used by more than this share of all persons is stock phrasing (weight 0). */
  stock_share: number;
  stock_min_persons: number;
  measure: Measure;
  threshold: number;
  min_shingles: number;
}

/** Defaults every text rule shares (src/lib/text/: shingles.ts, weighting.ts). */
export const TEXT_DEFAULTS = {
  shingle_size: DEFAULT_SHINGLE_SIZE,
  stock_share: DEFAULT_STOCK_POLICY.stockShare,
  stock_min_persons: DEFAULT_STOCK_POLICY.stockMinPersons,
  measure: 'jaccard' as Measure
};

function fail(name: string, expected: string, value: unknown): never {
  throw new Error(`tham số ${name} không hợp lệ: ${JSON.stringify(value)} (invalid parameter ${name}; expected ${expected})`);
}

export function numberParam(params: Params, name: string, min: number, max: number, integer = false): number {
  const v = params[name];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
    fail(name, `${integer ? 'an integer' : 'a number'} in [${min}, ${max}]`, v);
  return v;
}

export function choiceParam<T extends string>(params: Params, name: string, choices: readonly T[]): T {
  const v = params[name];
  if (typeof v !== 'string' || !choices.includes(v as T)) fail(name, choices.join(' | '), v);
  return v as T;
}

export interface TextSettings {
  shingleSize: number;
  compare: CompareOptions;
  policy: { stockShare: number; stockMinPersons: number };
}

export function textSettings(params: Params): TextSettings {
  return {
    shingleSize: numberParam(params, 'shingle_size', 1, 10, true),
    compare: {
      measure: choiceParam(params, 'measure', ['jaccard', 'containment'] as const),
      // A threshold of 0 would call every pair a copy.
      threshold: numberParam(params, 'threshold', 0.01, 1),
      minShingles: numberParam(params, 'min_shingles', 0, 10_000, true)
    },
    policy: { stockShare: numberParam(params, 'stock_share', 0, 1), stockMinPersons: numberParam(params, 'stock_min_persons', 0, 1e9, true) }
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus, built once per dataset and engine.

// What the three rules share is computed once per engine and kept while the tables it comes from
// are unchanged: one entry per slot ('corpus', 'places', a weighted field), so a reload replaces it.
const memo = new WeakMap<Engine, Map<string, { key: string; value: unknown }>>();

async function memoised<T>(engine: Engine, slot: string, key: string, compute: () => Promise<T> | T): Promise<T> {
  let slots = memo.get(engine);
  if (!slots) memo.set(engine, (slots = new Map()));
  const hit = slots.get(slot);
  if (hit && hit.key === key) return hit.value as T;
  slots.delete(slot);
  const value = await compute();
  slots.set(slot, { key, value });
  return value;
}

/**
 * Identifies tables as loaded: each one's catalog oid (a new one each time a table is created, as
 * every load does) and row count. Hashing the texts instead would cost seconds per rule.
 */
async function tablesIdentity(engine: Engine, tables: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const t of tables) {
    const [o] = await engine.query<{ oid: number }>(
      sql`SELECT table_oid AS oid FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ${t}`.text
    );
    const [c] = await engine.query<{ n: number }>(sql`SELECT count(*) AS n FROM ${ident(t)}`.text);
    parts.push(`${t}:${o?.oid}:${c.n}`);
  }
  return parts.join('|');
}

// Reviews that streamed past while the dataset was read (streamed-corpus.ts): the engine's reviews
// table then holds no texts, and the corpus and the texts come from here.
const streamedOf = new WeakMap<Engine, StreamedCorpus>();

/** The reviews of the dataset loaded into `engine` streamed past: the text rules read them from `streamed`. */
export function attachStreamedCorpus(engine: Engine, streamed: StreamedCorpus): void {
  streamedOf.set(engine, streamed);
}

/** The corpus of a dataset: its shingle sets in memory, or (reviews streamed) only their frequencies. */
export type TextCorpus = ReviewCorpus | CompactCorpus;

const isCompact = (corpus: TextCorpus): corpus is CompactCorpus => 'source' in corpus;

/**
 * The reviews table as a shingle corpus. Read one year at a time, so that only one year's texts are
 * in memory at once; progress goes from 0 to 1 over the years.
 */
export async function reviewCorpus(engine: Engine, shingleSize: number, onProgress?: (f: number, note?: string) => void): Promise<TextCorpus> {
  const streamed = streamedOf.get(engine);
  const key = `${streamed ? 'streamed' : await tablesIdentity(engine, ['reviews'])}|${shingleSize}`;
  const corpus = await memoised<TextCorpus>(engine, 'corpus', key, async () => {
    if (streamed) return streamed.corpusOf(shingleSize, onProgress);
    const years = (await engine.query<{ year: number }>('SELECT DISTINCT year FROM reviews WHERE year IS NOT NULL ORDER BY year')).map((r) => r.year);
    const builder = new CorpusBuilder(shingleSize);
    for (let i = 0; i < years.length; i++) {
      onProgress?.(i / years.length, `đọc bản kiểm điểm năm ${years[i]} (reading reviews of ${years[i]})`);
      // No ORDER BY: sorting 10^5 texts costs seconds in wasm, and no result depends on row order.
      const rows = await engine.query<{ person_id: string; text: string | null }>(
        sql`SELECT person_id, text FROM reviews WHERE year = ${years[i]} AND person_id IS NOT NULL`.text
      );
      for (const r of rows) builder.add(r.person_id, years[i], r.text ?? '');
    }
    return builder.finish();
  });
  onProgress?.(1);
  return corpus;
}

const weightedKey = (corpus: TextCorpus, s: TextSettings) => `${corpusIds.get(corpus)}|${s.policy.stockShare}|${s.policy.stockMinPersons}`;
// Corpus identity for the weighted-field slots (a corpus object is never mutated).
const corpusIds = new WeakMap<TextCorpus, number>();
let nextCorpusId = 0;
function identify(corpus: TextCorpus): TextCorpus {
  if (!corpusIds.has(corpus)) corpusIds.set(corpus, nextCorpusId++);
  return corpus;
}

function weighted(corpus: TextCorpus, which: 'full' | 'weaknesses', s: TextSettings): WeightedSets {
  return isCompact(corpus) ? new CompactWeightedField(corpus, which, s.policy) : new WeightedField(corpus[which], corpus.persons.length, s.policy);
}

/** The whole-review field with its weights (shared by review_copied_prior_year and review_copied_colleague). */
export function weightedFull(engine: Engine, corpus: TextCorpus, s: TextSettings): Promise<WeightedSets> {
  return memoised(engine, 'weighted:full', weightedKey(identify(corpus), s), () => weighted(corpus, 'full', s));
}

export function weightedWeaknesses(engine: Engine, corpus: TextCorpus, s: TextSettings): Promise<WeightedSets> {
  return memoised(engine, 'weighted:weaknesses', weightedKey(identify(corpus), s), () => weighted(corpus, 'weaknesses', s));
}

// ---------------------------------------------------------------------------------------------
// Lookups for flags and evidence.

export const docKey = (personId: string, year: number): string => `${personId}\u0000${year}`;

export interface RatingPlace {
  unit_id: string | null;
  co_so_id: string | null;
}

/** A party member's rating rows with their grassroots organisation in the tree of the year. */
const PLACES = sql`SELECT r.subject_id AS person_id, r.year, r.unit_id, g.grassroots_id AS co_so_id
  FROM ratings r LEFT JOIN unit_years g ON g.year = r.year AND g.unit_id = r.unit_id
  WHERE ${partyMemberSql('r')}`;

async function withTree(engine: Engine): Promise<void> {
  if (!(await engine.tables()).includes('unit_years')) await createDerivedTables(engine);
}

/**
 * Where the writers of the given reviews were rated as party members that year (the unit, and its
 * grassroots organisation in the tree of that year), by docKey. Only the reviews a rule flags: a
 * province has a million rating rows, and holding a place for each costs hundreds of megabytes.
 */
export async function reviewPlaces(engine: Engine, docs: readonly { personId: string; year: number }[]): Promise<Map<string, RatingPlace>> {
  await withTree(engine);
  const wanted = new Set(docs.map((d) => docKey(d.personId, d.year)));
  const rows = await rowsWhereIn<{ person_id: string; year: number; unit_id: string | null; co_so_id: string | null }>(
    engine, sql`SELECT * FROM (${PLACES}) p`, sql`person_id`, docs.map((d) => d.personId)
  );
  const out = new Map<string, RatingPlace>();
  for (const r of rows) {
    const k = docKey(r.person_id, r.year);
    if (wanted.has(k)) out.set(k, { unit_id: r.unit_id, co_so_id: r.co_so_id });
  }
  return out;
}

/** Per review of a corpus, its writer's grassroots organisation that year: an index into `ids`, −1 for none. */
export interface DocOrganisations {
  ids: string[];
  of: Int32Array;
}

/**
 * The grassroots organisation of every review's writer in the tree of its year (as reviewPlaces
 * gives it), one year of rating rows at a time: the rows of one year are the largest transient, and
 * what stays is one integer per review and the few thousand organisation ids.
 */
export async function docOrganisations(engine: Engine, corpus: CorpusIndex): Promise<DocOrganisations> {
  await withTree(engine);
  const personIndex = new Map<string, number>();
  corpus.persons.forEach((p, i) => personIndex.set(p, i));
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const of = new Int32Array(corpus.docYear.length).fill(-1);
  const years = [...new Set(corpus.docYear)].sort((a, b) => a - b);
  for (const year of years) {
    const rows = await engine.query<{ person_id: string; co_so_id: string | null }>(
      sql`SELECT person_id, co_so_id FROM (${PLACES}) p WHERE year = ${year}`.text
    );
    for (const r of rows) {
      const p = personIndex.get(r.person_id);
      const d = p === undefined ? undefined : corpus.docsOfPerson[p].find((x) => corpus.docYear[x] === year);
      if (d === undefined) continue;
      let o = -1;
      if (r.co_so_id !== null) {
        o = idIndex.get(r.co_so_id) ?? -1;
        if (o < 0) {
          idIndex.set(r.co_so_id, (o = ids.length));
          ids.push(r.co_so_id);
        }
      }
      of[d] = o;
    }
  }
  return { ids, of };
}

/**
 * The groups review_copied_colleague searches: the reviews of one year whose writers were rated as
 * party members in one grassroots organisation (scope co_so), or all reviews of one year (dataset).
 * Ordered by year, then organisation id.
 */
export function colleagueGroups(corpus: CorpusIndex, orgs: DocOrganisations, scope: 'co_so' | 'dataset'): number[][] {
  // Keyed by number (year, organisation), not by a string per review: a province has a million.
  const width = orgs.ids.length + 1;
  const groups = new Map<number, number[]>();
  for (let d = 0; d < corpus.docYear.length; d++) {
    const o = orgs.of[d];
    if (scope === 'co_so' && o < 0) continue;
    const key = corpus.docYear[d] * width + (scope === 'co_so' ? o : 0);
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  const label = (key: number) => {
    const year = Math.floor(key / width);
    return scope === 'co_so' ? `${year}\u0000${orgs.ids[key % width]}` : String(year);
  };
  return [...groups.keys()].map((k) => [label(k), k] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => groups.get(k) as number[]);
}

const CHUNK = 500;

/** Rows of `select` whose `column` is one of `ids`, queried in chunks. */
async function rowsWhereIn<T extends Record<string, unknown>>(engine: Engine, select: Sql, column: Sql, ids: readonly string[]): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(ids)].sort();
  for (let i = 0; i < unique.length; i += CHUNK) {
    out.push(...(await engine.query<T>(sql`${select} WHERE ${column} IN ${inList(unique.slice(i, i + CHUNK))}`.text)));
  }
  return out;
}

/** The texts of the given reviews, by docKey. */
export async function reviewTexts(engine: Engine, docs: readonly { personId: string; year: number }[]): Promise<Map<string, string>> {
  const streamed = streamedOf.get(engine);
  if (streamed) return streamedTexts(streamed, docs);
  const wanted = new Set(docs.map((d) => docKey(d.personId, d.year)));
  const rows = await rowsWhereIn<{ person_id: string; year: number; text: string | null }>(
    engine, sql`SELECT person_id, year, text FROM reviews`, sql`person_id`, docs.map((d) => d.personId)
  );
  const out = new Map<string, string>();
  for (const r of rows) {
    const k = docKey(r.person_id, r.year);
    if (wanted.has(k)) out.set(k, r.text ?? '');
  }
  return out;
}

async function streamedTexts(streamed: StreamedCorpus, docs: readonly { personId: string; year: number }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { personId, year } of docs) {
    const key = docKey(personId, year);
    if (out.has(key)) continue;
    const d = await streamed.docOf(personId, year);
    if (d !== undefined) out.set(key, (await streamed.textOf(d)) ?? '');
  }
  return out;
}

/** Full names of persons, by person_id (people is a required table, but a name may be missing). */
export async function personNames(engine: Engine, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await rowsWhereIn<{ person_id: string; full_name: string | null }>(engine, sql`SELECT person_id, full_name FROM people`, sql`person_id`, ids);
  return new Map(rows.filter((r) => r.full_name).map((r) => [r.person_id, r.full_name as string]));
}

export async function unitNames(engine: Engine, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await rowsWhereIn<{ unit_id: string; name: string | null }>(engine, sql`SELECT unit_id, name FROM ${LATEST_UNIT_NAMES}`, sql`unit_id`, ids);
  return new Map(rows.filter((r) => r.name).map((r) => [r.unit_id, r.name as string]));
}

// ---------------------------------------------------------------------------------------------
// Wording.

/** 0.8731 → "0,873" (Vietnamese decimal comma). */
export const viDecimal = (x: number, digits = 3): string => x.toFixed(digits).replace('.', ',');

/** The flag's score: the similarity, rounded so that the audit list is the same on every run. */
export const roundScore = (x: number): number => Math.round(x * 10_000) / 10_000;

export function measureLabel(s: TextSettings): string {
  const m = s.compare.measure === 'jaccard' ? 'Jaccard có trọng số' : 'độ bao hàm có trọng số';
  return `${m} trên cụm ${s.shingleSize} âm tiết, ngưỡng ${viDecimal(s.compare.threshold, 2)}`;
}

/** Sentences of `text` found again in `other`: "15/18 câu giống hệt, 2 câu gần giống". */
export function overlapPhrase(o: SentenceOverlap): string {
  return `${o.identical}/${o.sentences} câu giống hệt${o.near ? `, ${o.near} câu gần giống` : ''}`;
}

export function overlapOf(text: string | undefined, other: string | undefined, wf: WeightedSets, s: TextSettings, section?: number): SentenceOverlap {
  return sentenceOverlap(text ?? '', other ?? '', { section, isStock: stockSentenceTest(wf, s.shingleSize) });
}

/** The principle a copied self-review breaks, cited with the regulation of the year. */
export function honestyClause(year: number): string {
  const form = regulationFor(year).id === 'QD124-HD25' ? ' (Mẫu 02A/02B-HD KĐ.ĐG)' : '';
  return `nguyên tắc tự phê bình và phê bình trung thực, khách quan; bản kiểm điểm cá nhân phải phản ánh kết quả của chính năm kiểm điểm${form}`;
}
