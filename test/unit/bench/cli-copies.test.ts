/**
 * The native copies case runs `npm run audit` in a process of its own and reads its figures from the
 * command's summary: on the demo the text rules' flags it reports are the planted ones, the list it
 * wrote is the whole audit list, and the peak and CPU are the child's (nonzero, read from /proc).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliCopiesCase, parseAuditSummary } from '../../../src/bench/cases/cli-copies';
import { TEXT_RULES } from '../../../src/bench/cases/rules';

const truth = readFileSync('data/demo/truth.csv', 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split(',')[0]);
const planted = (rule: string) => truth.filter((r) => r === rule).length;

describe('copies on the command line, as a user runs it', () => {
  it('reports the text rules of the demo from the audit command run in its own process', async () => {
    const r = await cliCopiesCase('data/demo', 'demo', { warmup: 0, runs: 1 });
    expect(r.flags_by_rule).toEqual(Object.fromEntries(TEXT_RULES.map((id) => [id, planted(id)])));
    expect(r.all_flags).toBe(truth.length);
    expect(r.ms).toBe((r.load_ms as number) + (r.rules_ms as number));
    expect(r.peak_mb).toBeGreaterThan(50);
    expect(r.cpu_ms).toBeGreaterThan(0);
    expect(r.command_ms as number).toBeGreaterThanOrEqual(r.ms as number);
  }, 120_000);

  it('refuses an output without the time line rather than inventing a load time', () => {
    expect(() => parseAuditSummary('  late_rating  4 cờ / flags  (12 ms)')).toThrow(/read\+load/);
    const s = parseAuditSummary('  late_rating       4 cờ / flags  (12 ms)\nThời gian / time: đọc và nạp / read+load 1.5 s, kiểm tra / checks 0.2 s');
    expect(s.readLoadMs).toBe(1500);
    expect(s.rules.get('late_rating')).toEqual({ flags: 4, ms: 12 });
  });
});
