import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../../src/bench/record';
import { latestRun, runReport } from '../../../src/bench/report';
import { targetChecks, targetsTable } from '../../../src/bench/targets';

const rec = (over: Partial<BenchRecord>): BenchRecord => ({ case: 'rules', scale: 'province', engine: 'wasm', ms: 300, runs: 5, rows: 1000, peak_mb: 900, ...over });

/** One run of the six target measurements, as `npm run bench -- --targets` writes them. */
const run = (over: { tab?: Partial<BenchRecord>; cli?: Partial<BenchRecord>; wasm?: number; native?: number; inTab?: number; demo?: number } = {}): BenchRecord[] => [
  rec({ case: 'rules', engine: 'wasm', ms: over.wasm ?? 1800, rules: 15, load1: 3.2, cpu_ms: 1700 }),
  rec({ case: 'rules', engine: 'browser', ms: over.inTab ?? 1500, rules: 15 }),
  rec({ case: 'rules', engine: 'native', ms: over.native ?? 1000, load1: 3.4, cpu_ms: 1000 }),
  // The one-thread line must not stand in for the native rules.
  rec({ case: 'rules', engine: 'native', ms: 100, threads: 1 }),
  rec({ case: 'copies', engine: 'native', mode: 'streamed', ms: 100_000, peak_mb: 1800, ...over.cli }),
  rec({ case: 'copies', engine: 'browser', mode: 'streamed', ms: 140_000, peak_mb: 1400, ...over.tab }),
  rec({ case: 'load', scale: 'demo', engine: 'browser', visit: 'first', ms: 2000, engine_start_ms: 1300, ready_over_engine_start: over.demo ?? 1.54 }),
  rec({ case: 'load', scale: 'demo', engine: 'browser', visit: 'second', ms: 900 })
];

const verdicts = (records: BenchRecord[]) => targetChecks(records).map((c) => [c.target, c.value, c.met]);

describe('bench targets', () => {
  it('judges the five targets on ratios within the run, met when within their limits', () => {
    expect(verdicts(run())).toEqual([
      ['province copy checks, tab ÷ command line', 1.4, true],
      ["province copy checks, the tab's peak", 1400, true],
      ["province copy checks, the command line's peak", 1800, true],
      ['SQL checks at province, wasm ÷ native', 1.8, true],
      ["SQL checks at province, the tab's wasm ÷ native", 1.5, true],
      ["demo ready ÷ the engine's own start (first visit)", 1.54, true]
    ]);
  });

  it('says not met past each limit, with the limit itself still met (≤) or not (<)', () => {
    const checks = targetChecks(run({ tab: { ms: 160_000, peak_mb: 1500 }, cli: { peak_mb: 2400 }, wasm: 2000, inTab: 2100, demo: 1.77 }));
    expect(checks.map((c) => c.met)).toEqual([false, false, false, true, false, false]);
    const table = targetsTable(checks);
    expect(table).toContain('| SQL checks at province, wasm ÷ native | 15 checks: wasm 2.00 s, native 1.00 s: 2 × (CPU 1.7 ×); load avg 3.2/3.4 | ≤ 2 | met |');
    expect(table).toContain("| SQL checks at province, the tab's wasm ÷ native | 15 checks: tab 2.10 s, native 1.00 s: 2.1 ×; load avg 3.4 | ≤ 2 | **not met** |");
    expect(table).toContain("| demo ready ÷ the engine's own start (first visit) | ready 2.00 s after navigation, engine start 1.30 s: 1.77 | ≤ 1.6 | **not met** |");
    expect(table).toContain('< 1,500 MB | **not met** |');
  });

  it('names what was not measured and why, never a verdict without its figures', () => {
    const records = run().filter((r) => !(r.case === 'copies' && r.engine === 'browser'));
    records.push(rec({ case: 'copies', engine: 'browser', ms: null, peak_mb: null, runs: 0, not_measured: 'the tab crashed' }));
    const checks = targetChecks(records);
    expect(checks[0].met).toBeNull();
    expect(checks[0].measured).toContain('copies province browser: the tab crashed');
    expect(checks[1].met).toBeNull();
    expect(checks[2].met).toBe(true);
    expect(targetChecks([]).every((c) => c.met === null)).toBe(true);
  });

  it('shows copies measured at district only, without judging a province target on them', () => {
    const records = run().map((r) => (r.case === 'copies' ? { ...r, scale: 'district' as const } : r));
    const checks = targetChecks(records);
    expect(checks[0].value).toBe(1.4);
    expect(checks.slice(0, 3).map((c) => c.met)).toEqual([null, null, null]);
    expect(targetsTable(checks)).toContain('tab 140.00 s, native 100.00 s: 1.4 × (district) | ≤ 1.5 | not judged: district, not province |');
  });

  it('reports the latest run of a history, its table and its targets', () => {
    const history = [...run({ wasm: 5000 }).map((r) => ({ ...r, run: 'a' })), ...run().map((r) => ({ ...r, run: 'b' }))];
    const latest = latestRun(history);
    expect(latest).toHaveLength(8);
    const report = runReport(latest);
    expect(report).toContain('Run b');
    expect(report).toContain('| copies | province | browser | reviews streamed |');
    expect(report).toContain('wasm 1.80 s, native 1.00 s: 1.8 × (CPU 1.7 ×)');
    expect(report).not.toContain('wasm 5.00 s');
  });
});
