/**
 * The bench's JSON lines → the Markdown table of docs/benchmarks.md. Pure; the command line reads
 * the lines (`npm run bench -- --report bench-out/results.jsonl`).
 */
import type { BenchRecord } from './record';
import { targetChecks, targetsTable } from './targets';

/** "12 345 ms" → "12.3 s" above 10 s; "—" for null. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.round(ms)} ms`;
}

const formatMb = (mb: number | null | undefined): string => (mb === null || mb === undefined ? '—' : `${Math.round(mb).toLocaleString('en-US')} MB`);

/** What distinguishes records of one case beyond scale and engine (mode, source, visit, table). */
export function variant(r: BenchRecord): string {
  const parts: string[] = [];
  if (typeof r.mode === 'string') parts.push(r.mode === 'exhaustive' ? 'exhaustive (colleague rule only, corpus built)' : r.mode === 'streamed' ? 'reviews streamed' : 'LSH, cold corpus');
  if (typeof r.source === 'string') parts.push(r.source);
  if (typeof r.visit === 'string') parts.push(`${r.visit} visit`);
  if (typeof r.table === 'string') parts.push(`${r.table} table only`);
  if (typeof r.provinces === 'number') parts.push(`${r.provinces} provinces side by side`);
  if (typeof r.rule_params === 'string') parts.push(r.rule_params);
  if (typeof r.threads === 'number') parts.push(`${r.threads} thread${r.threads === 1 ? '' : 's'}`);
  if (r.reviews === false && r.case === 'load' && typeof r.source !== 'string') parts.push('without reviews');
  return parts.join(', ');
}

/**
 * One row per record, in the order given: the last record wins when a (case, scale, engine,
 * variant) appears twice, so a results history can be reported as its latest run.
 */
export function markdownTable(records: readonly BenchRecord[]): string {
  const latest = new Map<string, BenchRecord>();
  for (const r of records) latest.set(`${r.case}|${r.scale}|${r.engine}|${variant(r)}`, r);
  const lines = [
    '| case | scale | engine | variant | rows | median | p95 | CPU | peak memory | runs | load avg |',
    '|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|'
  ];
  for (const r of latest.values()) {
    const rows = r.rows === null ? '—' : r.rows.toLocaleString('en-US');
    const ms = r.ms === null ? `not measured: ${r.not_measured ?? ''}` : formatMs(r.ms);
    const cpu = typeof r.cpu_ms === 'number' ? formatMs(r.cpu_ms) : '—';
    const load = typeof r.load1 === 'number' ? r.load1.toFixed(1) : '—';
    lines.push(`| ${r.case} | ${r.scale} | ${r.engine} | ${variant(r)} | ${rows} | ${ms} | ${formatMs(r.p95 as number | null | undefined)} | ${cpu} | ${formatMb(r.peak_mb)} | ${r.runs} | ${load} |`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The records of the latest run in a results history (lines carry their run's id); lines written
 * before runs had ids count as one run.
 */
export function latestRun(records: readonly BenchRecord[]): BenchRecord[] {
  const lastRun = records.at(-1)?.run;
  return records.filter((r) => r.run === lastRun);
}

/** A run's report: its table, then the targets judged on it, met or not. */
export function runReport(records: readonly BenchRecord[]): string {
  const run = typeof records[0]?.run === 'string' ? `Run ${records[0].run}\n\n` : '';
  return `${run}${markdownTable(records)}\nTargets (ratios within this run):\n\n${targetsTable(targetChecks(records))}`;
}

export function parseJsonLines(text: string): BenchRecord[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BenchRecord);
}
