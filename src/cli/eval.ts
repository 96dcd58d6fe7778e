/**
 * npm run eval [-- --scale demo|district|province] [--seed N] [--format 1|2] [--data DIR] [--keep DIR] [--min 0.9] [--examples 5] [--config params.json]
 *
 * Measures the checks against planted truth: generates a dataset with the project's generator
 * (`npm run generate`, which writes truth.csv — rule,year,subject_type,subject_id,case — beside the
 * tables), runs every registered rule with native DuckDB and prints precision and recall per rule as
 * a markdown table, then the first false positives and false negatives of each rule (with the
 * truth's case note) so that misses can be explained. With --data, an existing folder holding
 * truth.csv is evaluated instead. Exits non-zero when a rule's precision or recall is below --min.
 *
 * Without --scale, --seed, --format or --data it runs the standard suite (SUITE): version 2 of the
 * data contract at district scale (seeds 1 and 2) and demo scale, every rule graded; and version 1
 * at district scale, graded on the rules version 1 data can say anything about (VERSION1_RULES).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createNativeEngine } from '../lib/engine/native';
import { hasErrors, loadDataset, parseDataset, sortProblems } from '../lib/data';
import { readDatasetFolder } from '../lib/data/read-folder';
import { parseConfigJson, type ParamOverrides } from '../lib/rules/config';
import { RULES } from '../lib/rules/registry';
import { RULE_IDS } from '../lib/domain/rule-ids';
import { runAudit, type AuditResult } from '../lib/rules/run-audit';
import type { Flag, RuleOutcome } from '../lib/rules/types';
import { problemLine, type Io } from './audit';
import { parseTruthCsv, TRUTH_FILE, type TruthRow } from '../lib/generate/truth-csv';
import { runIfMain } from './main';

export { parseTruthCsv, TRUTH_FILE, type TruthRow };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');


export function flagKey(r: { rule: string; year: number; subject_type: string; subject_id: string }): string {
  return `${r.rule}|${r.year}|${r.subject_type}|${r.subject_id}`;
}


/**
 * The rules graded on version-1 data, 1, 2 and 4–14: 3, 15 and 16 read nothing version 2 changed and are graded
 * on version 2; 17 and 18 need what only version 2 carries (membership dates, the civil-servant
 * track; version-1 leader rows below an excellent member row were no case then).
 */
export const VERSION1_RULES: readonly string[] = RULE_IDS.filter((_, i) => i < 14 && i !== 2);

/** One run of the standard suite. */
export interface SuiteRun {
  scale: string;
  seed: string;
  format: string;
  /** Rules graded (all when absent). */
  rules?: readonly string[];
}

export const SUITE: readonly SuiteRun[] = [
  { scale: 'district', seed: '1', format: '2' },
  { scale: 'district', seed: '2', format: '2' },
  { scale: 'demo', seed: '1', format: '2' },
  { scale: 'district', seed: '1', format: '1', rules: VERSION1_RULES }
];

export interface RuleScore {
  rule: string;
  /** How the rule ran, or 'unregistered' for a rule the truth names but the registry lacks. */
  status: RuleOutcome['status'] | 'unregistered';
  note?: string;
  truth: number;
  flags: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when the rule raised no flag (nothing to be precise about). */
  precision: number | null;
  /** null when the truth plants no case for the rule. */
  recall: number | null;
  falsePositives: Flag[];
  falseNegatives: TruthRow[];
}

/** Compares the audit list with the truth, rule by rule: exact match on (rule, year, subject_type, subject_id). */
export function scoreAudit(result: AuditResult, truth: readonly TruthRow[], ruleIds: readonly string[]): RuleScore[] {
  const truthByKey = new Map<string, TruthRow>();
  for (const t of truth) {
    const prior = truthByKey.get(flagKey(t));
    truthByKey.set(flagKey(t), prior ? { ...prior, case: [prior.case, t.case].filter(Boolean).join(' | ') } : t);
  }
  const flagKeys = new Set(result.flags.map(flagKey));
  // One flag per key (flags.csv's contract): a duplicate is counted once, as the audit list shows it.
  const distinct = [...new Map(result.flags.map((f) => [flagKey(f), f])).values()];
  const ids = [...ruleIds, ...[...new Set(truth.map((t) => t.rule))].filter((r) => !ruleIds.includes(r)).sort()];
  return ids.map((rule) => {
    const outcome = result.outcomes.find((o) => o.rule === rule);
    const flags = distinct.filter((f) => f.rule === rule);
    const planted = [...truthByKey.values()].filter((t) => t.rule === rule);
    const falsePositives = flags.filter((f) => !truthByKey.has(flagKey(f)));
    const falseNegatives = planted.filter((t) => !flagKeys.has(flagKey(t)));
    const tp = flags.length - falsePositives.length;
    return {
      rule,
      status: outcome?.status ?? 'unregistered',
      note: outcome?.status === 'skipped' ? outcome.reason : outcome?.status === 'failed' ? outcome.error : undefined,
      truth: planted.length,
      flags: flags.length,
      tp,
      fp: falsePositives.length,
      fn: falseNegatives.length,
      precision: flags.length ? tp / flags.length : null,
      recall: planted.length ? tp / planted.length : null,
      falsePositives,
      falseNegatives
    };
  });
}

/** Rules whose precision or recall is below `min` (a rule that did not run but has planted cases fails on recall). */
export function belowMin(scores: readonly RuleScore[], min: number): RuleScore[] {
  return scores.filter((s) => (s.precision !== null && s.precision < min) || (s.recall !== null && s.recall < min));
}

const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function markdownReport(scores: readonly RuleScore[], examples: number): string {
  const lines = [
    '| rule | truth | flags | TP | FP | FN | precision | recall | note |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|'
  ];
  for (const s of scores) {
    const note = s.status === 'ran' ? '' : s.status === 'skipped' ? `không chạy / did not run: ${s.note}` : s.status === 'failed' ? `LỖI / failed: ${s.note}` : 'chưa có trong registry / not registered';
    lines.push(`| ${s.rule} | ${s.truth} | ${s.flags} | ${s.tp} | ${s.fp} | ${s.fn} | ${ratio(s.precision)} | ${ratio(s.recall)} | ${cell(note)} |`);
  }
  const totals = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  lines.push(`| **all** | ${totals.tp + totals.fn} | ${totals.tp + totals.fp} | ${totals.tp} | ${totals.fp} | ${totals.fn} | ${ratio(totals.tp + totals.fp ? totals.tp / (totals.tp + totals.fp) : null)} | ${ratio(totals.tp + totals.fn ? totals.tp / (totals.tp + totals.fn) : null)} | |`);

  for (const s of scores) {
    if (!s.fp && !s.fn) continue;
    lines.push('', `### ${s.rule}`);
    for (const f of s.falsePositives.slice(0, examples)) lines.push(`- FP ${f.year} ${f.subject_type} ${f.subject_id}: ${cell(f.message)}`);
    if (s.fp > examples) lines.push(`- … ${s.fp - examples} FP khác / more`);
    for (const t of s.falseNegatives.slice(0, examples)) lines.push(`- FN ${t.year} ${t.subject_type} ${t.subject_id}: ${cell(t.case || '(không có ghi chú / no case note)')}`);
    if (s.fn > examples) lines.push(`- … ${s.fn - examples} FN khác / more`);
  }
  return lines.join('\n') + '\n';
}

function generate(scale: string, seed: string, format: string | undefined, out: string, io: Io): boolean {
  const formatArgs = format === undefined ? [] : ['--format', format];
  io.err(`Sinh dữ liệu / generating: --scale ${scale} --seed ${seed}${format === undefined ? '' : ` --format ${format}`} → ${out}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/generate.ts'), '--scale', scale, '--seed', seed, ...formatArgs, '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit']
  });
  if (run.status !== 0) io.err(`Trình sinh dữ liệu lỗi / the generator failed (exit ${run.status ?? run.signal}).`);
  return run.status === 0;
}

const USAGE =
  'Cách dùng / usage: npm run eval -- [--scale demo|district|province] [--seed N] [--format 1|2] [--data <thư mục có truth.csv>] [--keep <thư mục>] [--min 0.9] [--examples 5] [--config params.json]';

export async function evalCommand(argv: string[], io: Io & { out(text: string): void }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scale: { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string' },
        data: { type: 'string' },
        keep: { type: 'string' },
        min: { type: 'string' },
        examples: { type: 'string', default: '5' },
        config: { type: 'string' },
        help: { type: 'boolean' }
      }
    }));
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.err(USAGE);
    return 0;
  }
  const min = values.min === undefined ? undefined : Number(values.min);
  const examples = Number(values.examples);
  if ((min !== undefined && !(min >= 0 && min <= 1)) || !Number.isInteger(examples) || examples < 0) {
    io.err(`--min phải trong [0, 1], --examples là số nguyên ≥ 0 (bad --min or --examples)\n${USAGE}`);
    return 2;
  }
  let params: ParamOverrides = {};
  if (values.config) {
    const parsed = parseConfigJson(readFileSync(values.config, 'utf8'));
    if (parsed.errors.length) {
      for (const e of parsed.errors) io.err(e);
      return 2;
    }
    params = parsed.params;
  }

  const single = values.scale !== undefined || values.seed !== undefined || values.format !== undefined || values.data !== undefined;
  const runs: SuiteRun[] = single ? [{ scale: values.scale ?? 'district', seed: values.seed ?? '1', format: values.format ?? '2' }] : [...SUITE];
  let worst = 0;
  for (const run of runs) {
    if (!single) io.out(`\n## ${run.scale}, seed ${run.seed}, data contract version ${run.format}${run.rules ? ` (graded: ${run.rules.length} rules)` : ''}\n\n`);
    const code = await evaluateRun(run, { data: values.data, keep: single ? values.keep : undefined, min, examples, params }, io);
    worst = Math.max(worst, code);
  }
  return worst;
}

interface RunOptions {
  data?: string;
  keep?: string;
  min?: number;
  examples: number;
  params: ParamOverrides;
}

async function evaluateRun(run: SuiteRun, opts: RunOptions, io: Io & { out(text: string): void }): Promise<number> {
  const { min, examples, params } = opts;
  const temp = opts.data || opts.keep ? undefined : mkdtempSync(path.join(tmpdir(), 'soi-eval-'));
  const dir = opts.data ?? opts.keep ?? temp!;
  try {
    if (!opts.data && !generate(run.scale, run.seed, run.format, dir, io)) return 2;
    const truthPath = path.join(dir, TRUTH_FILE);
    if (!existsSync(truthPath)) {
      io.err(`Không có ${TRUTH_FILE} trong ${dir} (no truth file)`);
      return 2;
    }
    const truth = parseTruthCsv(new Uint8Array(readFileSync(truthPath)));
    if (truth.errors.length) {
      for (const e of truth.errors) io.err(e);
      return 2;
    }
    const files = (await readDatasetFolder(dir)).filter((f) => f.name !== TRUTH_FILE);
    const parsed = await parseDataset(files);
    for (const p of sortProblems(parsed.problems)) io.err(problemLine(p));
    if (hasErrors(parsed.problems)) {
      io.err('Dữ liệu sinh ra có lỗi / the generated data has errors.');
      return 1;
    }
    const engine = await createNativeEngine();
    try {
      const t0 = Date.now();
      await loadDataset(engine, parsed);
      const t1 = Date.now();
      const result = await runAudit(engine, { params });
      const t2 = Date.now();
      io.err(`Nạp / load ${t1 - t0} ms, kiểm tra / checks ${t2 - t1} ms, ${result.flags.length} cờ / flags, ${truth.rows.length} trường hợp cài sẵn / planted`);
      const graded = (rule: string) => !run.rules || run.rules.includes(rule);
      const scores = scoreAudit(
        { ...result, flags: result.flags.filter((f) => graded(f.rule)) },
        truth.rows.filter((t) => graded(t.rule)),
        RULES.map((r) => r.id).filter(graded)
      );
      io.out(markdownReport(scores, examples));
      if (min !== undefined) {
        const failing = belowMin(scores, min);
        if (failing.length) {
          io.err(`Dưới ngưỡng ${min} / below --min: ${failing.map((s) => `${s.rule} (P ${ratio(s.precision)}, R ${ratio(s.recall)})`).join(', ')}`);
          return 1;
        }
      }
      return 0;
    } finally {
      await engine.close();
    }
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, evalCommand, 2);
