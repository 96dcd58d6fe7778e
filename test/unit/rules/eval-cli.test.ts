import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { belowMin, evalCommand, markdownReport, parseTruthCsv, scoreAudit } from '../../../src/cli/eval';
import type { AuditResult } from '../../../src/lib/rules/run-audit';
import type { Flag } from '../../../src/lib/rules/types';

const enc = (s: string) => new TextEncoder().encode(s);

function flag(rule: Flag['rule'], year: number, subject_id: string, subject_type: Flag['subject_type'] = 'unit'): Flag {
  return { flag_id: 'x', rule, severity: 'medium', year, subject_type, subject_id, unit_id: null, score: null, regulation: '', message: `cờ ${subject_id}`, evidence: '', related: '' };
}

describe('eval: truth file and scores', () => {
  it('reads truth.csv with a BOM, quoted case notes and any column order', () => {
    const { rows, errors } = parseTruthCsv(enc('\uFEFFsubject_id,rule,year,subject_type,case\r\nG,quota_excellent_members,2021,unit,"4 HTXSNV, 15 HTTNV"\r\n\r\n'));
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ rule: 'quota_excellent_members', year: 2021, subject_type: 'unit', subject_id: 'G', case: '4 HTXSNV, 15 HTTNV' }]);
    expect(parseTruthCsv(enc('rule,year\nx,2021\n')).errors).toHaveLength(2);
    expect(parseTruthCsv(enc('rule,year,subject_type,subject_id\nx,năm,unit,G\n')).errors[0]).toContain('dòng 2');
  });

  it('counts true and false positives and negatives per rule on the exact key', () => {
    const result: AuditResult = {
      flags: [flag('quota_excellent_members', 2021, 'G'), flag('quota_excellent_members', 2022, 'G'), flag('late_rating', 2021, 'P1', 'person')],
      outcomes: [
        { rule: 'quota_excellent_members', status: 'ran', flags: 2, ms: 1 },
        { rule: 'late_rating', status: 'ran', flags: 1, ms: 1 },
        { rule: 'repeated_weaknesses', status: 'skipped', reason: 'thiếu bảng reviews' }
      ]
    };
    const truth = [
      { rule: 'quota_excellent_members', year: 2021, subject_type: 'unit', subject_id: 'G', case: 'a' },
      { rule: 'quota_excellent_members', year: 2021, subject_type: 'unit', subject_id: 'G2', case: 'b' },
      { rule: 'repeated_weaknesses', year: 2023, subject_type: 'person', subject_id: 'P9', case: 'c' },
      { rule: 'made_up_rule', year: 2023, subject_type: 'person', subject_id: 'P9', case: 'd' }
    ];
    const scores = scoreAudit(result, truth, ['quota_excellent_members', 'late_rating', 'repeated_weaknesses']);
    expect(scores.map((s) => [s.rule, s.status, s.tp, s.fp, s.fn, s.precision, s.recall])).toEqual([
      ['quota_excellent_members', 'ran', 1, 1, 1, 0.5, 0.5],
      ['late_rating', 'ran', 0, 1, 0, 0, null],
      ['repeated_weaknesses', 'skipped', 0, 0, 1, null, 0],
      ['made_up_rule', 'unregistered', 0, 0, 1, null, 0]
    ]);
    expect(belowMin(scores, 0.5).map((s) => s.rule)).toEqual(['late_rating', 'repeated_weaknesses', 'made_up_rule']);
    const md = markdownReport(scores, 5);
    expect(md).toContain('| quota_excellent_members | 2 | 2 | 1 | 1 | 1 | 0.500 | 0.500 |  |');
    expect(md).toContain('- FP 2022 unit G: cờ G');
    expect(md).toContain('- FN 2021 unit G2: b');
    expect(md).toContain('không chạy / did not run: thiếu bảng reviews');
    expect(md).toContain('| **all** | 4 | 3 | 1 | 2 | 3 | 0.333 | 0.250 | |');
  });
});

describe('npm run eval --data', () => {
  it('evaluates a folder with truth.csv and fails below --min', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'soi-eval-test-'));
    cpSync(path.resolve('test/fixtures/rules/audit-small'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'truth.csv'),
      [
        'rule,year,subject_type,subject_id,case',
        'quota_excellent_members,2021,unit,G,"seed 002: 4 HTXSNV / 15 HTTNV"',
        'head_above_collective,2021,person,P01,head HTXSNV over cell HTTNV',
        'disciplined_not_downgraded,2021,person,P06,reprimand 2021',
        'late_rating,2021,person,P05,decided 10/12',
        'not_completed_twice,2021,person,P07,planted but absent from the data'
      ].join('\n')
    );
    let out = '';
    const err: string[] = [];
    const io = { err: (l: string) => err.push(l), out: (t: string) => (out += t) };
    expect(await evalCommand(['--data', dir], io)).toBe(0);
    expect(out).toContain('| quota_excellent_members | 1 | 1 | 1 | 0 | 0 | 1.000 | 1.000 |');
    expect(out).toContain('| not_completed_twice | 1 | 0 | 0 | 0 | 1 | — | 0.000 |');
    expect(out).toContain('- FN 2021 person P07: planted but absent from the data');
    expect(err.join('\n')).not.toContain('truth.csv');
    out = '';
    expect(await evalCommand(['--data', dir, '--min', '0.9'], io)).toBe(1);
    expect(err.at(-1)).toContain('not_completed_twice (P —, R 0.000)');
    rmSync(dir, { recursive: true });
  });
});
