/**
 * The performance targets, judged on the records of one bench run: ratios within a run, since a
 * shared machine's absolute times wander (docs/benchmarks.md, "The targets' run"). Pure.
 */
import type { BenchRecord } from './record';

export interface TargetCheck {
  target: string;
  /** The figure compared with the limit (a ratio or MB); null when a record it needs is missing. */
  value: number | null;
  limit: number;
  /** `≤` or `<`: how value must compare with limit. */
  op: '≤' | '<';
  /** What was measured, in words: the records' figures and scale. */
  measured: string;
  met: boolean | null;
  /** Why it is not judged although measured (e.g. copies measured at district only). */
  notJudged?: string;
}

const fmtS = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMb = (mb: number): string => `${Math.round(mb).toLocaleString('en-US')} MB`;
const loadNote = (...rs: BenchRecord[]): string => {
  const loads = rs.map((r) => r.load1).filter((x): x is number => typeof x === 'number');
  return loads.length ? `; load avg ${[...new Set(loads.map((x) => x.toFixed(1)))].join('/')}` : '';
};

/** The CPU times' ratio beside the wall times' (a loaded machine stretches wall time; wasm runs on one thread, native on all). */
const cpuNote = (a: BenchRecord, b: BenchRecord): string =>
  typeof a.cpu_ms === 'number' && typeof b.cpu_ms === 'number' && b.cpu_ms > 0 ? ` (CPU ${Math.round((a.cpu_ms / b.cpu_ms) * 100) / 100} ×)` : '';

/** The plain line of a case (no thread count, source, slice or parameters), measured. */
const plain = (r: BenchRecord): boolean => r.threads === undefined && r.source === undefined && r.provinces === undefined && r.rule_params === undefined;

function last(records: readonly BenchRecord[], pick: (r: BenchRecord) => boolean): BenchRecord | null {
  return [...records].reverse().find((r) => pick(r) && r.ms !== null) ?? null;
}

function check(target: string, value: number | null, op: '≤' | '<', limit: number, measured: string, notJudged?: string): TargetCheck {
  return { target, value, limit, op, measured, met: value === null || notJudged ? null : op === '≤' ? value <= limit : value < limit, ...(notJudged ? { notJudged } : {}) };
}

/** Why a figure is missing: the not_measured reason of the record that should have given it, if any. */
function missing(records: readonly BenchRecord[], c: string, engine: string, scale: string): string {
  const r = [...records].reverse().find((x) => x.case === c && x.engine === engine && x.scale === scale && x.ms === null);
  return `${c} ${scale} ${engine}: ${r?.not_measured ?? 'not in this run'}`;
}

/**
 * The copy checks: the streamed path in the tab against the command line's, at province, or at the
 * largest scale the run measured both (a district run proves the command, it does not meet the target).
 */
function copiesChecks(records: readonly BenchRecord[]): TargetCheck[] {
  const streamed = (engine: string, scale: string) => last(records, (r) => r.case === 'copies' && r.engine === engine && r.scale === scale && r.mode === 'streamed' && plain(r));
  const scale = (['province', 'district', 'demo'] as const).find((s) => streamed('browser', s) && streamed('native', s)) ?? 'province';
  const tab = streamed('browser', scale);
  const cli = streamed('native', scale);
  const at = scale === 'province' ? '' : ` (${scale})`;
  const notJudged = scale === 'province' || !tab || !cli ? undefined : `not judged: ${scale}, not province`;
  const ratio = tab && cli && tab.ms !== null && cli.ms !== null ? Math.round((tab.ms / cli.ms) * 100) / 100 : null;
  return [
    check(
      'province copy checks, tab ÷ command line',
      ratio,
      '≤',
      1.5,
      tab && cli ? `tab ${fmtS(tab.ms as number)}, native ${fmtS(cli.ms as number)}: ${ratio} ×${cpuNote(tab, cli)}${at}${loadNote(tab, cli)}` : [tab ? '' : missing(records, 'copies', 'browser', scale), cli ? '' : missing(records, 'copies', 'native', scale)].filter(Boolean).join('; '),
      notJudged
    ),
    check('province copy checks, the tab\'s peak', tab?.peak_mb ?? null, '<', 1500, tab && tab.peak_mb !== null ? `${fmtMb(tab.peak_mb)}${at}` : missing(records, 'copies', 'browser', scale), notJudged),
    check('province copy checks, the command line\'s peak', cli?.peak_mb ?? null, '<', 2000, cli && cli.peak_mb !== null ? `${fmtMb(cli.peak_mb)}${at}` : missing(records, 'copies', 'native', scale), notJudged)
  ];
}

const RULES_LABELS = {
  wasm: { target: 'SQL checks at province, wasm ÷ native', name: 'wasm' },
  browser: { target: "SQL checks at province, the tab's wasm ÷ native", name: 'tab' }
} as const;

/**
 * The SQL checks on duckdb-wasm ÷ native DuckDB: `wasm` is duckdb-wasm in Node (the bundle the tests
 * run, as the issue names it); `browser` is the built site's worker in Chromium, what users run.
 */
function rulesCheck(records: readonly BenchRecord[], engine: 'wasm' | 'browser'): TargetCheck {
  const rules = (e: string) => last(records, (r) => r.case === 'rules' && r.scale === 'province' && r.engine === e && plain(r));
  const measured = rules(engine);
  const native = rules('native');
  const { target, name } = RULES_LABELS[engine];
  if (!measured || !native)
    return check(target, null, '≤', 2, [measured ? '' : missing(records, 'rules', engine, 'province'), native ? '' : missing(records, 'rules', 'native', 'province')].filter(Boolean).join('; '));
  const ratio = Math.round(((measured.ms as number) / (native.ms as number)) * 100) / 100;
  const n = typeof measured.rules === 'number' ? `${measured.rules} ` : '';
  return check(target, ratio, '≤', 2, `${n}checks: ${name} ${fmtS(measured.ms as number)}, native ${fmtS(native.ms as number)}: ${ratio} ×${cpuNote(measured, native)}${loadNote(measured, native)}`);
}

function demoCheck(records: readonly BenchRecord[]): TargetCheck {
  const first = last(records, (r) => r.case === 'load' && r.scale === 'demo' && r.engine === 'browser' && r.visit === 'first');
  const ratio = typeof first?.ready_over_engine_start === 'number' ? first.ready_over_engine_start : null;
  const engine = typeof first?.engine_start_ms === 'number' ? first.engine_start_ms : null;
  return check(
    'demo ready ÷ the engine\'s own start (first visit)',
    ratio,
    '≤',
    1.6,
    first && ratio !== null && engine !== null ? `ready ${fmtS(first.ms as number)} after navigation, engine start ${fmtS(engine)}: ${ratio}${loadNote(first)}` : missing(records, 'load', 'browser', 'demo')
  );
}

export function targetChecks(records: readonly BenchRecord[]): TargetCheck[] {
  return [...copiesChecks(records), rulesCheck(records, 'wasm'), rulesCheck(records, 'browser'), demoCheck(records)];
}

/** The checks as a Markdown table: target, measured, limit, met / not met / not measured. */
export function targetsTable(checks: readonly TargetCheck[]): string {
  const lines = ['| target | measured | limit | met? |', '|---|---|---|---|'];
  for (const c of checks) {
    const verdict = c.met === null ? (c.notJudged ?? 'not measured') : c.met ? 'met' : '**not met**';
    const limit = c.target.includes('peak') ? `${c.op} ${fmtMb(c.limit)}` : `${c.op} ${c.limit}`;
    lines.push(`| ${c.target} | ${c.measured} | ${limit} | ${verdict} |`);
  }
  return lines.join('\n') + '\n';
}
