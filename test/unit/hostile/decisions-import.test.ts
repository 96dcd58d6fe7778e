/**
 * A decisions file from elsewhere is checked before anything of it is kept: rule ids, statuses,
 * real calendar times not in the future, rating years, sizes; one message per problem, with the
 * place in the file.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/lib/review/decision';
import { DECISIONS_LIMITS, DecisionsFileError, decisionsToJson, parseDecisionsJson } from '../../../src/lib/review/exchange';
import { flagId } from '../../../src/lib/rules/flag-id';
import { FLAGS } from '../review/helpers';

const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
type Json = Record<string, any>;

function validFile(n = 1): Json {
  const decisions = FLAGS.slice(0, n).map((f) => decide(undefined, f, { status: 'confirmed', note: 'Biên bản không ghi lý do', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' })!);
  return JSON.parse(decisionsToJson(decisions, { exported_at: '2024-12-11T08:00:00.000Z' }));
}

function problemsOf(file: Json | string): string[] {
  try {
    parseDecisionsJson(typeof file === 'string' ? file : JSON.stringify(file), NOW);
  } catch (err) {
    if (err instanceof DecisionsFileError) return err.problems;
    throw err;
  }
  return [];
}

/** The record re-hashed after an edit of its flag, so that only the edit itself is wrong. */
function rehash(d: Json): void {
  d.flag_id = d.flag.flag_id = flagId(d.flag.rule, d.flag.year, d.flag.subject_type, d.flag.subject_id);
}

describe('a decisions file', () => {
  it('that is valid is read', () => {
    expect(problemsOf(validFile(2))).toEqual([]);
  });

  it('naming a rule that does not exist is refused (it broke the audit list page on every visit)', () => {
    const f = validFile();
    f.decisions[0].flag.rule = 'no_such_rule';
    rehash(f.decisions[0]);
    expect(problemsOf(f)).toEqual(['$.decisions[0].flag.rule: không có nội dung rà soát này (unknown rule id): "no_such_rule"']);
  });

  it('with impossible or future times, or a rating year out of range: one message each', () => {
    const f = validFile(2);
    const [a, b] = f.decisions;
    a.decided_at = '2024-02-31T08:00:00.000Z';
    a.history[0].at = '2024-02-31T08:00:00.000Z';
    b.history[0].at = b.decided_at = '2027-01-01T00:00:00.000Z';
    b.flag.year = 2031;
    rehash(b);
    f.exported_at = '2024-13-01T00:00:00.000Z';
    expect(problemsOf(f)).toEqual([
      expect.stringMatching(/^\$\.exported_at: cần thời điểm ISO 8601 UTC có thật/),
      expect.stringMatching(/^\$\.decisions\[0\]\.decided_at: cần thời điểm ISO 8601 UTC có thật.*"2024-02-31T08:00:00\.000Z"/),
      expect.stringMatching(/^\$\.decisions\[0\]\.history\[0\]\.at: cần thời điểm ISO 8601 UTC có thật/),
      '$.decisions[1].flag.year: cần năm đánh giá từ 1990 đến 2026 (a rating year 1990–2026 expected): 2031',
      '$.decisions[1].decided_at: thời điểm trong tương lai (a time in the future): 2027-01-01T00:00:00.000Z',
      '$.decisions[1].history[0].at: thời điểm trong tương lai (a time in the future): 2027-01-01T00:00:00.000Z'
    ]);
  });

  it('with a status that is none of the four', () => {
    const f = validFile();
    f.decisions[0].status = 'approved';
    expect(problemsOf(f)).toEqual(expect.arrayContaining(['$.decisions[0].status: trạng thái không hợp lệ (invalid status): "approved"']));
  });

  it('too large: the file, a note, a history, the number of decisions', () => {
    expect(problemsOf(' '.repeat(DECISIONS_LIMITS.fileChars + 1))).toEqual([expect.stringMatching(/^tệp quá lớn/)]);

    const f = validFile();
    f.decisions[0].note = f.decisions[0].history[0].note = 'x'.repeat(DECISIONS_LIMITS.text + 1);
    expect(problemsOf(f)[0]).toBe(`$.decisions[0].note: dài ${DECISIONS_LIMITS.text + 1} ký tự, quá ${DECISIONS_LIMITS.text} (longer than ${DECISIONS_LIMITS.text} characters)`);

    const g = validFile();
    g.decisions[0].history = Array.from({ length: DECISIONS_LIMITS.history + 1 }, () => g.decisions[0].history[0]);
    expect(problemsOf(g)).toEqual([`$.decisions[0].history: ${DECISIONS_LIMITS.history + 1} mục, quá ${DECISIONS_LIMITS.history} (more than ${DECISIONS_LIMITS.history} entries)`]);

    const h = validFile();
    h.decisions = new Array(DECISIONS_LIMITS.decisions + 1).fill(0);
    expect(problemsOf(h)).toEqual([`$.decisions: ${DECISIONS_LIMITS.decisions + 1} quyết định, quá ${DECISIONS_LIMITS.decisions} (more than ${DECISIONS_LIMITS.decisions} decisions)`]);
  });

  it('with thousands of bad records lists the first thousand problems and counts the rest', () => {
    const f = validFile();
    f.decisions = new Array(5000).fill('not a record');
    const problems = problemsOf(f);
    expect(problems).toHaveLength(DECISIONS_LIMITS.problems + 1);
    expect(problems.at(-1)).toBe('… và 4000 lỗi khác (and 4000 more)');
  });
});
