/**
 * What the worker does, free of worker plumbing so that tests can run it in Node over the wasm
 * engine: load a dataset (fetch → parse and validate → tables), answer queries, run the checks.
 * Requests run one at a time, so a query never sees a half-loaded dataset.
 */
import { DatasetError, hasErrors, loadDataset, loadLater, parseDataset, type InputFile, type ParsedDataset } from '../data';
import { createDerivedTables } from '../data/derived';
import type { TableName } from '../data/schema';
import { lockDown } from '../engine/lockdown';
import type { Engine, Row } from '../engine/types';
import { RULES } from '../rules/registry';
import { runAudit, type AuditResult } from '../rules/run-audit';
import { fetchDataset } from './fetch-dataset';
import { readPicked } from './read-picked';
import { AUDIT_CANCELLED, CANCELLED, type AuditParams, type LoadResult, type LoadSource, type PickedFile, type Progress, type Stage } from './protocol';
import { blobByteSource } from '../data/byte-source';
import { splitExtension } from '../data/input-files';
import type { Problem } from '../data/problems';
import { isReviewFile, isReviewsCsv, STREAMED_TEXT, streamedReviewsCsv } from '../data/streamed-reviews';
import type { TableSource } from '../data/table-source';
import { attachStreamedCorpus, docKey, reviewTexts, TEXT_DEFAULTS } from '../rules/review-text';
import { StreamedCorpus } from '../rules/streamed-corpus';
import { datasetSummary } from './summary';

export type OnProgress = (p: Progress) => void;

export interface Session {
  load(source: LoadSource, onProgress?: OnProgress): Promise<LoadResult>;
  query(sql: string): Promise<Row[]>;
  audit(params: AuditParams, onProgress?: OnProgress): Promise<AuditResult>;
  /** Stops the load under way between two pieces of a streamed file (it fails with CANCELLED; the loaded data stays), and the audits under way or queued (they fail with AUDIT_CANCELLED, with no partial list). */
  cancel(): boolean;
  /**
   * Resolves once what the last load left for after its answer (LoadResult.later) is loaded, with
   * the milliseconds it took; rejects with the reason if that failed.
   */
  settled(): Promise<{ ms: number }>;
}

/**
 * The tables a served folder's load leaves for after its answer: the self-reviews, which the
 * Overview does not show but counts (the count is the parsed rows'). The derived tables go with
 * them. A load of picked files loads everything before answering, so that a row DuckDB refuses is
 * reported with the dataset refused, as any bad row.
 */
function tablesForLater(source: LoadSource, parsed: ParsedDataset): TableName[] | null {
  return source.kind === 'url' ? (['reviews'] as const).filter((t) => parsed.columns[t]) : null;
}

export interface SessionDeps {
  /** The engine, possibly still starting (the worker starts DuckDB while the demo downloads). */
  engine: () => Promise<Engine>;
  /**
   * Closes the engine and starts another. Given, each dataset goes into an engine of its own that
   * is locked down once loaded (engine/lockdown.ts: no file, no network); without it, one engine
   * takes every dataset and is never locked.
   */
  renewEngine?: () => Promise<Engine>;
  fetch: typeof fetch;
  /** Epoch milliseconds of the steps of the worker's and the engine's start, for the load's timeline. */
  startSteps?: () => Record<string, number>;
}

/**
 * The picked reviews.csv files to stream, with the corpus they feed; null when there are none, or
 * when reviews may also come from review files or a zip (the texts are then loaded, as before).
 */
function streamedPicks(picked: readonly PickedFile[], signal: AbortSignal): { files: PickedFile[]; corpus: StreamedCorpus; sources: (problems: Problem[]) => TableSource[] } | null {
  const files = picked.filter((f) => isReviewsCsv(f.name));
  if (!files.length || picked.some((f) => isReviewFile(f.name) || splitExtension(f.name)[1] === 'zip')) return null;
  const byName = new Map(picked.map((f) => [f.name, f.file]));
  const corpus = new StreamedCorpus((name) => blobByteSource(name, byName.get(name)!), TEXT_DEFAULTS.shingle_size);
  return { files, corpus, sources: (problems) => files.map((f) => streamedReviewsCsv(blobByteSource(f.name, f.file), problems, corpus.sink, signal)) };
}

/** Rows with a review's text as the table holds it when streamed get the text itself, read back from its file. */
async function withStreamedTexts(engine: Engine, rows: Row[]): Promise<Row[]> {
  const wanted = rows.filter((r) => r.text === STREAMED_TEXT && typeof r.person_id === 'string' && r.year !== null && r.year !== undefined);
  if (!wanted.length) return rows;
  const texts = await reviewTexts(engine, wanted.map((r) => ({ personId: r.person_id as string, year: Number(r.year) })));
  return rows.map((r) => (r.text === STREAMED_TEXT ? { ...r, text: texts.get(docKey(r.person_id as string, Number(r.year))) ?? r.text } : r));
}

export function createSession(deps: SessionDeps): Session {
  let queue: Promise<unknown> = Promise.resolve();
  /** The engine holds a dataset and is locked down: the next dataset needs a new one. */
  let locked = false;
  /** The load under way, to cancel. */
  let loading: AbortController | null = null;
  /** What the last load left for after its answer; queries and audits wait for it (they queue behind it). */
  let rest: Promise<{ ms: number }> = Promise.resolve({ ms: 0 });
  /** Why the last load's rest failed: the engine holds part of a dataset, so nothing may query it. */
  let unfinished: Error | null = null;
  /** The audits under way or waiting in the queue, to stop. */
  const audits = new Set<AbortController>();
  function serial<T>(job: () => Promise<T>): Promise<T> {
    const next = queue.then(job);
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    load: (source, onProgress = () => {}) =>
      serial(async () => {
        const ms: LoadResult['ms'] = {};
        const timeline: LoadResult['timeline'] = {};
        const stage = async <T>(name: Stage, job: () => Promise<T>): Promise<T> => {
          onProgress({ stage: name, fraction: null });
          const t0 = performance.now();
          try {
            return await job();
          } finally {
            const t1 = performance.now();
            ms[name] = Math.round(t1 - t0);
            timeline[name] = performance.timeOrigin + t1;
          }
        };
        // Each big thing is let go as soon as it is used (a province: ~100 MB of files, ~80 MB of
        // parsed columns), so that the worker's garbage collector may take it back meanwhile.
        // A picked reviews.csv is not read here but streamed while parsing (streamed-reviews.ts).
        const abort = (loading = new AbortController());
        const streamed = source.kind === 'picked' ? streamedPicks(source.files, abort.signal) : null;
        let files: InputFile[] | null =
          source.kind === 'files'
            ? source.files
            : source.kind === 'picked'
              ? await stage('read', () =>
                  readPicked(source.files.filter((f) => !streamed?.files.includes(f)), (done, total, name) => onProgress({ stage: 'read', fraction: done / total, detail: name }))
                )
              : await stage('fetch', () =>
                  fetchDataset(source.base, deps.fetch, (done, total, name) => onProgress({ stage: 'fetch', fraction: done / total, detail: name }))
                );
        const names = files.map((f) => f.name);
        let parsed: ParsedDataset | null = await stage('parse', () =>
          parseDataset(files!, {
            ...source.options,
            onProgress: (file, fraction) => onProgress({ stage: 'parse', fraction, detail: file }),
            ...(streamed && { streamedSources: streamed.sources })
          }).catch((err) => {
            throw abort.signal.aborted ? new Error(CANCELLED) : err;
          }).finally(() => {
            if (loading === abort) loading = null;
          })
        );
        // Cancelled after the last piece: the engine is not touched either.
        if (abort.signal.aborted) throw new Error(CANCELLED);
        if (streamed && (parsed.columns.reviews?.length ?? 0) !== streamed.corpus.rows) throw new Error('bản kiểm điểm đọc dở (the reviews were not all streamed)');
        files = null;
        const { problems, headers } = parsed;
        let engine = await stage('engine', deps.engine);
        let accepted = !hasErrors(problems);
        const later = accepted ? tablesForLater(source, parsed) : null;
        if (accepted && locked && deps.renewEngine) {
          // The previous dataset goes with its engine (only now: a refused dataset keeps it).
          locked = false;
          engine = await stage('engine', deps.renewEngine);
        }
        if (accepted) {
          try {
            await stage('load', () => loadDataset(engine, parsed!, (table, fraction) => onProgress({ stage: 'load', fraction, detail: table }), later ? { later, derived: false } : {}));
          } catch (err) {
            // A row DuckDB refused: reported like any bad row (the tables loaded so far are replaced).
            if (!(err instanceof DatasetError)) throw err;
            problems.push(...err.problems);
            accepted = false;
          }
          if (streamed) attachStreamedCorpus(engine, streamed.corpus);
          if (deps.renewEngine) locked = true;
          if (!later && deps.renewEngine) await lockDown(engine);
        }
        const laterCounts = accepted && later ? Object.fromEntries(later.map((t) => [t, parsed!.columns[t]!.length])) : {};
        const summary = await stage('summary', () => datasetSummary(engine, laterCounts));
        if (accepted && later) {
          // Queued now, so it runs before any request the answer leads to.
          // Only what is still to load is kept: a dataset without reviews lets go of its parse now.
          const held = later.length ? parsed : null;
          unfinished = null;
          rest = serial(async () => {
            const t0 = performance.now();
            try {
              await (held ? loadLater(engine, held, later) : createDerivedTables(engine));
              if (deps.renewEngine) await lockDown(engine);
            } catch (err) {
              unfinished = err instanceof Error ? err : new Error(String(err));
              throw unfinished;
            }
            return { ms: Math.round(performance.now() - t0) };
          });
          rest.catch(() => undefined); // reported by settled(), queries and audits
        } else if (accepted) {
          unfinished = null;
          rest = Promise.resolve({ ms: 0 });
        }
        parsed = null;
        return { accepted, files: names, summary, problems, headers, ms, timeline: { ...deps.startSteps?.(), ...timeline }, ...(later?.length && { later }) };
      }),

    settled: () => rest,

    cancel() {
      if (!loading && !audits.size) return false;
      loading?.abort();
      for (const a of audits) a.abort(new Error(AUDIT_CANCELLED));
      return true;
    },

    query: (sql) =>
      serial(async () => {
        if (unfinished) throw unfinished;
        const engine = await deps.engine();
        return withStreamedTexts(engine, await engine.query(sql));
      }),

    audit: (params, onProgress = () => {}) => {
      // Registered at once: a stop asked while the audit waits in the queue (behind a load) counts.
      const stop = new AbortController();
      audits.add(stop);
      return serial(async () => {
        if (unfinished) throw unfinished;
        const engine = await deps.engine();
        const order = RULES.map((r) => r.id).filter((id) => !params.only || params.only.includes(id));
        return runAudit(engine, {
          ...params,
          signal: stop.signal,
          onProgress: (rule, fraction) =>
            onProgress({ stage: 'audit', fraction: (Math.max(0, order.indexOf(rule)) + fraction) / Math.max(1, order.length), detail: rule })
        });
      }).finally(() => audits.delete(stop));
    }
  };
}
