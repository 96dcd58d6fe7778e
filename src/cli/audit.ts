/**
 * npm run audit -- <dataset folder> --out <flags.csv> [--config params.json] [--header-map headers.json] [--write-parquet <dir>]
 *   [--zip-max-entry-mb N] [--zip-max-total-mb N] [--zip-max-ratio N]  (archive limits, docs/data-format.md)
 * npm run audit -- <parquet folder> --parquet --out <flags.csv> [--config params.json]
 *
 * --write-parquet also writes the validated tables as canonical Parquet files; --parquet audits such
 * a folder straight from its files (native DuckDB scans them; nothing is loaded into memory first):
 * the path for data beyond a province (src/lib/data/parquet-dataset.ts, docs/benchmarks.md).
 *
 * --header-map names the column of headers the loader cannot match by itself:
 * {"<file name, or file#sheet>": {"<header as written>": "<canonical column>"}}.
 *
 * Runs every check on a dataset folder with native DuckDB and writes the audit list (docs/data-format.md, "The audit list").
 * Bad input: every problem on stderr (file, row, column), exit non-zero, nothing written — an
 * existing --out file stays as it was. A rule that fails also leaves nothing written: the list would
 * be incomplete. The list is written to a temporary file and renamed, so it is never half-written.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lockDown } from '../lib/engine/lockdown';
import { createNativeEngine } from '../lib/engine/native';
import type { Engine } from '../lib/engine/types';
import { attachParquet, checkParquetSources, exportParquet, parquetSources } from '../lib/data/parquet-dataset';
import { DatasetError, describeProblem, hasErrors, loadDataset, parseDataset, sortProblems, type HeaderMap, type ParsedDataset, type Problem } from '../lib/data';
import type { ArchiveLimits } from '../lib/data/archive';
import { readDatasetFolder } from '../lib/data/read-folder';
import { flagsToCsv } from '../lib/export/flags-csv';
import { parseConfigJson, type ParamOverrides } from '../lib/rules/config';
import { runAudit, type AuditResult } from '../lib/rules/run-audit';
import { attachStreamedCorpus } from '../lib/rules/review-text';
import { parseStreamed, shingleSizeOf } from './streamed-dataset';
import { runIfMain } from './main';

export const EXIT = { ok: 0, dataErrors: 1, usage: 2, ruleFailed: 3 } as const;

export interface Io {
  /** One line to stderr (the command writes nothing to stdout). */
  err(line: string): void;
}

const USAGE = `Cách dùng / usage: npm run audit -- <thư mục dữ liệu / dataset folder> --out <flags.csv> [--config <params.json>] [--header-map <headers.json>] [--write-parquet <dir>]
    [--zip-max-entry-mb N] [--zip-max-total-mb N] [--zip-max-ratio N]
  hoặc / or: npm run audit -- <thư mục Parquet / parquet folder> --parquet --out <flags.csv> [--config <params.json>]`;

/** One problem as a line: describeProblem plus what was expected and found, when known. */
export function problemLine(p: Problem): string {
  const extra = [p.expected !== undefined ? `cần / expected: ${p.expected}` : '', p.found !== undefined ? `gặp / found: ${p.found}` : ''].filter(Boolean).join('; ');
  return describeProblem(p) + (extra ? ` (${extra})` : '');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The per-rule summary printed after a run. */
export function summaryLines(result: AuditResult): string[] {
  const width = Math.max(...result.outcomes.map((o) => o.rule.length));
  const lines = result.outcomes.map((o) => {
    const name = o.rule.padEnd(width);
    if (o.status === 'ran') return `  ${name}  ${String(o.flags).padStart(6)} cờ / flags  (${o.ms} ms)`;
    if (o.status === 'skipped') return `  ${name}  không chạy / did not run: ${o.reason}`;
    return `  ${name}  LỖI / FAILED: ${o.error}`;
  });
  return lines;
}

/** The --header-map file: {file: {header: column}}, every value a string; null (and lines on stderr) when it is not. */
export function readHeaderMap(file: string | undefined, io: Io): Record<string, HeaderMap> | null {
  if (!file) return {};
  if (!existsSync(file)) {
    io.err(`Không tìm thấy tệp ánh xạ tiêu đề / header map file not found: ${file}`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    io.err(`Tệp ánh xạ tiêu đề ${file} không phải JSON / header map is not JSON: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const bad = isObject(json) ? Object.entries(json).filter(([, m]) => !isObject(m) || Object.values(m).some((c) => typeof c !== 'string')).map(([f]) => f) : ['(gốc / root)'];
  if (bad.length) {
    io.err(`Tệp ánh xạ tiêu đề ${file}: cần {"tệp": {"tiêu đề": "cột"}} / expected {"file": {"header": "column"}}; sai ở / wrong at: ${bad.join(', ')}`);
    return null;
  }
  return json as Record<string, HeaderMap>;
}

/** --zip-max-entry-mb, --zip-max-total-mb, --zip-max-ratio: limits on what an archive may inflate to. */
function readArchiveLimits(values: Record<string, unknown>, io: Io): Partial<ArchiveLimits> | null {
  const limits: Partial<ArchiveLimits> = {};
  const options = [
    ['zip-max-entry-mb', 'maxEntryBytes', 1024 * 1024],
    ['zip-max-total-mb', 'maxTotalBytes', 1024 * 1024],
    ['zip-max-ratio', 'maxRatio', 1]
  ] as const;
  for (const [option, key, unit] of options) {
    const v = values[option];
    if (v === undefined) continue;
    const n = Number(v);
    if (!(n > 0)) {
      io.err(`--${option}: cần một số dương / a positive number expected: ${String(v)}`);
      return null;
    }
    limits[key] = n * unit;
  }
  return limits;
}

function readConfig(file: string | undefined, io: Io): ParamOverrides | null {
  if (!file) return {};
  if (!existsSync(file)) {
    io.err(`Không tìm thấy tệp cấu hình / config file not found: ${file}`);
    return null;
  }
  const { params, errors } = parseConfigJson(readFileSync(file, 'utf8'));
  if (errors.length) {
    io.err(`Tệp cấu hình ${file} có ${errors.length} lỗi / config errors:`);
    for (const e of errors) io.err(`  ${e}`);
    return null;
  }
  return params;
}

type Options = Record<string, { type: 'string' | 'boolean' }>;

/**
 * A command's arguments: one folder and --out, both checked to exist (the folder, and the folder
 * --out goes in); or the exit code when they are wrong (the usage on stderr) or --help was asked.
 */
export function commandArgs(argv: string[], options: Options, usage: string, io: Io): { values: Record<string, string | boolean | undefined>; dir: string; out: string } | number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
    return EXIT.usage;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.err(usage);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || typeof values.out !== 'string') {
    io.err(usage);
    return EXIT.usage;
  }
  const [dir] = positionals;
  const out = values.out;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(`Không tìm thấy thư mục dữ liệu / dataset folder not found: ${dir}`);
    return EXIT.usage;
  }
  if (!existsSync(path.dirname(path.resolve(out)))) {
    io.err(`Không có thư mục để ghi / output folder does not exist: ${path.dirname(path.resolve(out))}`);
    return EXIT.usage;
  }
  return { values, dir, out };
}

/** A string option's value (undefined when absent). */
export const stringOption = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `stream`: self-reviews streamed, not loaded (streamed-dataset.ts); false reads them whole, as tests compare. */
export async function auditCommand(argv: string[], io: Io, { stream = true } = {}): Promise<number> {
  const args = commandArgs(argv, {
    out: { type: 'string' }, config: { type: 'string' }, 'header-map': { type: 'string' }, parquet: { type: 'boolean' },
    'write-parquet': { type: 'string' }, help: { type: 'boolean' },
    'zip-max-entry-mb': { type: 'string' }, 'zip-max-total-mb': { type: 'string' }, 'zip-max-ratio': { type: 'string' }
  }, USAGE, io);
  if (typeof args === 'number') return args;
  const { values, dir, out } = args;
  const params = readConfig(stringOption(values.config), io);
  if (!params) return EXIT.usage;
  const headerMap = readHeaderMap(stringOption(values['header-map']), io);
  if (!headerMap) return EXIT.usage;

  if (values.parquet) return auditParquet(dir, out, params, io);
  const archiveLimits = readArchiveLimits(values, io);
  if (!archiveLimits) return EXIT.usage;

  const t0 = Date.now();
  // --write-parquet writes the reviews' texts: they are loaded then.
  let streamed = stream && !values['write-parquet'] ? await parseStreamed(dir, { headerMap, archiveLimits }, shingleSizeOf(params)) : null;
  const corpus = streamed?.corpus;
  // Dropped once loaded: the engine holds the tables, and a province's parsed columns are hundreds of MB.
  let parsed: ParsedDataset | null = streamed?.parsed ?? (await parseDataset(await readDatasetFolder(dir), { headerMap, archiveLimits }));
  streamed = null;
  const problems = sortProblems(parsed.problems);
  reportProblems(dir, problems, io);
  if (hasErrors(problems)) return refuse(out, io);

  const engine = await createNativeEngine();
  try {
    try {
      await loadDataset(engine, parsed);
      parsed = null;
    } catch (err) {
      // A row DuckDB would not take is bad input like any other: named, exit 1.
      if (!(err instanceof DatasetError)) throw err;
      reportProblems(dir, err.problems, io);
      return refuse(out, io);
    }
    if (values['write-parquet']) {
      const written = await exportParquet(engine, values['write-parquet'] as string);
      io.err(`Parquet → ${written.dir}: ${Object.keys(written.files).join(', ')} (${seconds(written.ms)})`);
    }
    if (corpus) attachStreamedCorpus(engine, corpus);
    // The checks need no file: from here on no query can read or write one.
    await lockDown(engine);
    return await auditAndWrite(engine, out, params, t0, io);
  } finally {
    await engine.close();
  }
}

/** At most MAX_REPORTED problems, errors first: a broken file must not bury its cause under a million lines. */
export const MAX_REPORTED = 200;

function reportProblems(dir: string, problems: readonly Problem[], io: Io): void {
  if (!problems.length) return;
  const nErrors = problems.filter((p) => p.severity === 'error').length;
  io.err(`Dữ liệu ${dir}: ${nErrors} lỗi / errors, ${problems.length - nErrors} cảnh báo / warnings`);
  for (const p of problems.slice(0, MAX_REPORTED)) io.err(`  ${problemLine(p)}`);
  if (problems.length > MAX_REPORTED) io.err(`  … và ${problems.length - MAX_REPORTED} vấn đề khác / and ${problems.length - MAX_REPORTED} more`);
}

function refuse(out: string, io: Io): number {
  io.err(`Không kiểm tra, không ghi ${out} / not audited, nothing written.`);
  return EXIT.dataErrors;
}

/** --parquet: the rules over a folder of canonical Parquet files, read where they lie. */
async function auditParquet(dir: string, out: string, params: ParamOverrides, io: Io): Promise<number> {
  const t0 = Date.now();
  const sources = parquetSources(dir);
  const engine = await createNativeEngine();
  try {
    const problems = await checkParquetSources(engine, sources);
    if (problems.length) {
      io.err(`Thư mục Parquet ${dir}: ${problems.length} lỗi / errors`);
      for (const p of problems) io.err(`  ${p}`);
      io.err(`Không kiểm tra, không ghi ${out} / not audited, nothing written.`);
      return EXIT.dataErrors;
    }
    await attachParquet(engine, sources, 'views');
    return await auditAndWrite(engine, out, params, t0, io);
  } finally {
    await engine.close();
  }
}

/** Every rule on the engine, the summary on stderr, the list written whole or not at all. */
async function auditAndWrite(engine: Engine, out: string, params: ParamOverrides, t0: number, io: Io): Promise<number> {
  const t1 = Date.now();
  const result = await runAudit(engine, { params });
  const t2 = Date.now();
  io.err(`Kết quả kiểm tra / audit summary (native DuckDB):`);
  for (const line of summaryLines(result)) io.err(line);
  const failed = result.outcomes.filter((o) => o.status === 'failed');
  if (failed.length) {
    io.err(`${failed.length} kiểm tra bị lỗi, danh sách không đầy đủ nên không ghi ${out} / ${failed.length} rule(s) failed, nothing written.`);
    return EXIT.ruleFailed;
  }
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, flagsToCsv(result.flags));
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
  io.err(`Tổng cộng / total: ${result.flags.length} cờ / flags → ${out}`);
  io.err(`Thời gian / time: đọc và nạp / read+load ${seconds(t1 - t0)}, kiểm tra / checks ${seconds(t2 - t1)}, tổng / total ${seconds(Date.now() - t0)}`);
  return EXIT.ok;
}

runIfMain(import.meta.url, auditCommand, EXIT.usage);
