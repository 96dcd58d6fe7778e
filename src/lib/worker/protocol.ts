/**
 * The messages between the page (client.ts) and our one Web Worker (soi.worker.ts). Three methods:
 * load a dataset, run a query, run the checks. Each request carries an id; the worker answers with
 * any number of progress messages and then exactly one result or error for that id.
 */
import type { InputFile, ParseOptions, SourceHeaders } from '../data';
import type { Problem } from '../data/problems';
import type { TableName } from '../data/schema';
import type { Row } from '../engine/types';
import type { AuditOptions, AuditResult } from '../rules/run-audit';

/** What the loader is told besides the files: header mappings the user chose. */
export type LoadOptions = Pick<ParseOptions, 'headerMap' | 'tableHeaderMap'>;

/** A file the user picked, by handle: the worker reads it, so the page keeps no copy and can load it again. */
export interface PickedFile {
  name: string;
  file: Blob;
}

/** Where a dataset comes from: files the user picked, or a folder on the serving host (the demo). */
export type LoadSource = (
  | { kind: 'files'; files: InputFile[] }
  | { kind: 'picked'; files: PickedFile[] }
  /** `base` ends with '/' and holds index.json (the list of file names) and those files. */
  | { kind: 'url'; base: string }
) & { options?: LoadOptions };

export interface RatingsOfYear {
  year: number;
  /** All rating rows of the year (every track, persons and units). */
  total: number;
  /** Party-member ratings of persons. */
  members: number;
  /** Ratings of persons as leaders (`leader` track). */
  leaders: number;
  /** Ratings of units (collectives and organisations). */
  units: number;
}

/** What is loaded in the engine. `null` counts: the table is absent from the dataset. */
export interface DatasetSummary {
  units: number;
  people: number;
  ratings: number;
  ratingsByYear: RatingsOfYear[];
  reviews: number | null;
  disciplines: number | null;
  /** Rows of unit_changes.csv; null when the dataset has none (an optional table). */
  unitChanges?: number | null;
}

export interface LoadResult {
  /** False when the dataset had errors: nothing was loaded and the previous data (if any) stays. */
  accepted: boolean;
  /** The files read, by name. */
  files: string[];
  /** The summary of what the engine now holds (the previous dataset when refused; null if none). */
  summary: DatasetSummary | null;
  problems: Problem[];
  /** Each table file's (or sheet's) header row as read: what the page asks the user to map. */
  headers: SourceHeaders[];
  /** Milliseconds spent in each stage ('engine': waiting for DuckDB to start, overlapped with 'fetch'). */
  ms: Partial<Record<Stage, number>>;
  /**
   * Epoch milliseconds at which each stage ended, and each step of the worker's and the engine's
   * start (workerStarted, wasmRequested, wasmDownloaded, wasmCompiled, wasmInstantiated,
   * engineReady) in the browser: where a page load's time went.
   */
  timeline?: Record<string, number>;
  /**
   * Tables still loading after this answer (a served folder's self-reviews; their count in the
   * summary is already the parsed rows'). Queries and audits wait for them; `settled` says when.
   */
  later?: TableName[];
}

/** Parameters of an audit run: rule parameters by rule id, and optionally only some rules. */
export type AuditParams = Pick<AuditOptions, 'params' | 'only'>;

export interface Methods {
  load: { args: LoadSource; result: LoadResult };
  query: { args: { sql: string }; result: Row[] };
  audit: { args: AuditParams; result: AuditResult };
  /** Stops the load under way (answered at once, not after it); true when there was one. */
  cancel: { args: Record<string, never>; result: boolean };
  /** Answered once what the last load left for later is loaded (ms it took), or with the reason it failed. */
  settled: { args: Record<string, never>; result: { ms: number } };
}
export type Method = keyof Methods;

/** The error a cancelled load fails with. */
export const CANCELLED = 'đã hủy nạp dữ liệu (loading cancelled)';
/** The error a stopped audit fails with (no partial list comes back). */
export const AUDIT_CANCELLED = 'đã dừng rà soát (checks stopped)';

export type Stage = 'engine' | 'fetch' | 'read' | 'parse' | 'load' | 'summary' | 'audit';

export interface Progress {
  stage: Stage;
  /** 0..1 when known. */
  fraction: number | null;
  /** e.g. the file being read or the rule being run. */
  detail?: string;
}

export type Request<M extends Method = Method> = { id: number; method: M; args: Methods[M]['args'] };

export type Response =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'result'; result: Methods[Method]['result'] }
  | { id: number; type: 'error'; message: string };
