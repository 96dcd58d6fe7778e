import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../../src/bench/record';
import { formatMs, markdownTable, parseJsonLines } from '../../../src/bench/report';

const rec = (over: Partial<BenchRecord>): BenchRecord => ({ case: 'rules', scale: 'district', engine: 'wasm', ms: 300, runs: 5, rows: 1000, peak_mb: 900, ...over });

describe('bench report', () => {
  it('formats durations for reading: ms, then seconds', () => {
    expect(formatMs(313.7)).toBe('314 ms');
    expect(formatMs(1928.6)).toBe('1.93 s');
    expect(formatMs(68269)).toBe('68.3 s');
    expect(formatMs(null)).toBe('—');
  });

  it('keeps the latest record of each case, and says why a case was not measured', () => {
    const lines = [
      rec({ ms: 999 }),
      rec({ ms: 300, cpu_ms: 459, load1: 1.4 }),
      rec({ case: 'copies', mode: 'exhaustive', ms: 68269 }),
      rec({ case: 'filter', scale: 'province', engine: 'browser', ms: null, rows: null, peak_mb: null, runs: 0, not_measured: 'no audit list page' })
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const table = markdownTable(parseJsonLines(lines)).trim().split('\n');
    expect(table).toHaveLength(2 + 3);
    expect(table[2]).toBe('| rules | district | wasm |  | 1,000 | 300 ms | — | 459 ms | 900 MB | 5 | 1.4 |');
    expect(table[3]).toContain('exhaustive');
    expect(table[4]).toContain('not measured: no audit list page');
  });

  it('reports the one-thread native run beside the default one, not instead of it', () => {
    const lines = [rec({ engine: 'native', ms: 833 }), rec({ engine: 'native', ms: 1650, threads: 1 })].map((r) => JSON.stringify(r)).join('\n');
    const table = markdownTable(parseJsonLines(lines)).trim().split('\n');
    expect(table).toHaveLength(2 + 2);
    expect(table[2]).toContain('| native |  | 1,000 | 833 ms |');
    expect(table[3]).toContain('| native | 1 thread | 1,000 | 1.65 s |');
  });
});
