/**
 * Case `copies`, engine `native`, mode `streamed`: `npm run audit` itself on the dataset folder, in a
 * process of its own, as a user runs it (reviews.csv streamed, the tables in native DuckDB, every
 * rule, the list written). Timed as the tab's case is: reading and loading the folder, then the
 * three self-review rules — both from the command's own summary; the other rules' time is reported
 * apart. peak_mb is that process's peak resident set, not the bench process's, which by then has
 * held the dataset in other engines.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cpuMsOf, peakMb } from '../memory';
import { log, type BenchRecord } from '../record';
import { median, p95, round1 } from '../stats';
import { TEXT_RULES } from './rules';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** How often the child's peak and CPU are read: /proc forgets a process once it has exited. */
const POLL_MS = 200;

export interface AuditSummary {
  /** "đọc và nạp / read+load": the folder read, parsed and loaded (reviews streamed). */
  readLoadMs: number;
  /** Per rule that ran: its flags and its time. */
  rules: Map<string, { flags: number; ms: number }>;
}

/** The figures `npm run audit` prints on stderr (src/cli/audit.ts: summaryLines and the time line). */
export function parseAuditSummary(stderr: string): AuditSummary {
  const rules = new Map<string, { flags: number; ms: number }>();
  for (const m of stderr.matchAll(/^ {2}(\S+)\s+(\d+) cờ \/ flags\s+\((\d+) ms\)$/gm)) rules.set(m[1], { flags: Number(m[2]), ms: Number(m[3]) });
  const load = /read\+load ([\d.]+) s/.exec(stderr);
  if (!load) throw new Error(`no read+load time in the audit's output: ${stderr.slice(-500)}`);
  return { readLoadMs: Math.round(Number(load[1]) * 1000), rules };
}

interface ChildRun {
  wallMs: number;
  peakMb: number;
  cpuMs: number;
  summary: AuditSummary;
  flagLines: number;
}

/** One `npm run audit` (node + tsx, no npm in between, so that the pid watched is the audit's). */
function runAudit(folder: string): Promise<ChildRun> {
  const out = mkdtempSync(path.join(tmpdir(), 'soi-bench-audit-'));
  const flagsCsv = path.join(out, 'flags.csv');
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/audit.ts'), folder, '--out', flagsCsv], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let peak = 0;
  let cpu = 0;
  const poll = setInterval(() => {
    try {
      peak = Math.max(peak, peakMb(child.pid as number));
      cpu = cpuMsOf(child.pid as number);
    } catch {
      /* exited between two reads */
    }
  }, POLL_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - t0;
      try {
        if (code !== 0) throw new Error(`npm run audit exited with ${code}: ${stderr.slice(-800)}`);
        const flagLines = readFileSync(flagsCsv, 'utf8').trimEnd().split('\n').length - 1;
        resolve({ wallMs, peakMb: peak, cpuMs: cpu, summary: parseAuditSummary(stderr), flagLines });
      } catch (err) {
        reject(err);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
}

export async function cliCopiesCase(folder: string, scale: BenchRecord['scale'], runs: { warmup: number; runs: number }): Promise<BenchRecord> {
  const timed: ChildRun[] = [];
  for (let i = 0; i < runs.warmup + runs.runs; i++) {
    const r = await runAudit(folder);
    log(`  ${scale} npm run audit ${i + 1}: ${Math.round(r.wallMs / 1000)} s, peak ${Math.round(r.peakMb)} MB`);
    if (i >= runs.warmup) timed.push(r);
  }
  const textMs = (r: ChildRun) => TEXT_RULES.reduce((s, id) => s + (r.summary.rules.get(id)?.ms ?? 0), 0);
  const samples = timed.map((r) => r.summary.readLoadMs + textMs(r));
  const last = timed[timed.length - 1];
  const missing = TEXT_RULES.filter((id) => !last.summary.rules.has(id));
  if (missing.length) throw new Error(`npm run audit did not run ${missing.join(', ')}`);
  return {
    case: 'copies',
    scale,
    engine: 'native',
    ms: round1(median(samples)),
    runs: timed.length,
    rows: null,
    peak_mb: round1(Math.max(...timed.map((r) => r.peakMb))),
    p95: round1(p95(samples)),
    cpu_ms: median(timed.map((r) => r.cpuMs)),
    mode: 'streamed',
    via: 'npm run audit in its own process (node --import tsx src/cli/audit.ts); ms = read+load + the three text rules, from its summary; cpu_ms and peak_mb are the whole command\'s',
    node_options: process.env.NODE_OPTIONS ?? null,
    load_ms: last.summary.readLoadMs,
    rules_ms: textMs(last),
    per_rule_ms: Object.fromEntries(TEXT_RULES.map((id) => [id, last.summary.rules.get(id)?.ms ?? null])),
    other_rules_ms: [...last.summary.rules].filter(([id]) => !(TEXT_RULES as readonly string[]).includes(id)).reduce((s, [, r]) => s + r.ms, 0),
    command_ms: Math.round(last.wallMs),
    flags: TEXT_RULES.reduce((s, id) => s + (last.summary.rules.get(id)?.flags ?? 0), 0),
    flags_by_rule: Object.fromEntries(TEXT_RULES.map((id) => [id, last.summary.rules.get(id)?.flags ?? 0])),
    all_flags: last.flagLines
  };
}
