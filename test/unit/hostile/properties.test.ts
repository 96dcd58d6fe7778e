/**
 * Property tests (fast-check) over the parsers that meet hostile input first: the CSV reader, the
 * header matcher, the level normaliser and the decisions import. Whatever the input: never a crash
 * or a hang, always a result or problems that say where (file, row, column; a path in the file).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv';
import { mapHeader } from '../../../src/lib/data/headers';
import { parseDataset, SCHEMA, type Problem } from '../../../src/lib/data';
import { LEVEL_CODES, LEVELS, parseLevel } from '../../../src/lib/domain/levels';
import { RULE_IDS } from '../../../src/lib/domain/rule-ids';
import { decide } from '../../../src/lib/review/decision';
import { DecisionsFileError, decisionsToJson, parseDecisionsJson } from '../../../src/lib/review/exchange';
import { FLAGS } from '../review/helpers';
import { goodWith } from '../data/helpers';

const NOW = Date.UTC(2026, 11, 6);
/** Text that stresses a CSV reader: its syntax, line ends, Vietnamese, astral characters, a BOM. */
const csvChar = fc.constantFrom(',', '"', '\n', '\r', ' ', 'a', 'Đ', 'ệ', '𝔸', '\uFEFF', '\u0000', '=', '1');
const csvText = fc.array(csvChar, { maxLength: 300 }).map((cs) => cs.join(''));
const cell = fc.oneof(fc.string({ maxLength: 20 }), csvText.map((s) => s.slice(0, 40)));

/** A text cut into chunks at arbitrary places, as a large file arrives. */
function chunked(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of at) {
    out.push(text.slice(prev, c));
    prev = c;
  }
  out.push(text.slice(prev));
  return out;
}

describe('the CSV reader', () => {
  it('reads back any records written with RFC 4180 quoting, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (records, cuts) => {
        // A record of one empty field is a blank line: not data, never read back.
        const data = records.filter((r) => !(r.length === 1 && r[0] === ''));
        const text = data.map((r) => r.map((v) => (v === '' ? '' : `"${v.replace(/"/g, '""')}"`)).join(',')).join('\r\n');
        const read: string[][] = [];
        const issues: unknown[] = [];
        parseCsv(chunked(text, cuts), (fields) => void read.push(fields), issues as never);
        expect(issues).toEqual([]);
        expect(read).toEqual(data);
      }),
      { numRuns: 300 }
    );
  });

  it('never throws on any text; every issue names a record that exists', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        const issues: { record: number }[] = [];
        const n = parseCsv(chunked(text, cuts), () => {}, issues as never);
        for (const i of issues) expect(i.record).toBeGreaterThanOrEqual(1);
        for (const i of issues) expect(i.record).toBeLessThanOrEqual(Math.max(1, n));
      }),
      { numRuns: 500 }
    );
  });

  it('as a dataset file: any bytes in ratings.csv give a result or problems naming the file (and a row ≥ 1 when one is named)', async () => {
    const good = await goodWith();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          csvText.map((t) => new TextEncoder().encode(`year,subject_type,subject_id,unit_id,level\n${t}`)),
          fc.uint8Array({ maxLength: 400 })
        ),
        async (bytes) => {
          const { problems } = await parseDataset([...good.filter((f) => f.name !== 'ratings.csv'), { name: 'ratings.csv', bytes }]);
          for (const p of problems as Problem[]) {
            expect(p.file).toBeTruthy();
            if (p.row !== undefined) expect(p.row).toBeGreaterThanOrEqual(1);
            expect(p.message).toBeTruthy();
          }
        }
      ),
      { numRuns: 60 }
    );
  }, 120_000);
});

describe('the header matcher', () => {
  it('maps any header row: one column per cell, every required column found or reported missing, at most 21 unknown-column warnings', () => {
    const known = SCHEMA.ratings.map((c) => c.name);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...known, 'Năm', 'Mã đối tượng', 'Xếp loại', ''), fc.string({ maxLength: 12 }), fc.constant(null)), { maxLength: 60 }), (cells) => {
        const problems: Problem[] = [];
        const m = mapHeader('ratings', 'ratings.csv', cells, undefined, problems);
        expect(m.columns).toHaveLength(cells.length);
        for (const col of SCHEMA.ratings.filter((c) => c.required))
          if (m.headerOf[col.name] === undefined) expect(problems.some((p) => p.column === col.name && p.message.includes('missing required column'))).toBe(true);
        expect(problems.filter((p) => p.message.includes('unknown column')).length).toBeLessThanOrEqual(21);
        for (const p of problems) expect(p).toMatchObject({ file: 'ratings.csv', row: 1 });
      }),
      { numRuns: 500 }
    );
  });
});

describe('the level normaliser', () => {
  it('gives a level or an error for any text, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 })), (s) => {
        const r = parseLevel(s);
        if (r.ok) expect(LEVEL_CODES).toContain(r.value);
        else expect(r.error).toMatch(/level/);
      }),
      { numRuns: 1000 }
    );
  });

  it('reads every level written in any case, NFC or NFD, with any surrounding blanks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVEL_CODES),
        fc.constantFrom<'code' | 'vi' | 'short'>('code', 'vi', 'short'),
        fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('', ' ', '  \t'),
        (code, form, nf, upper, pad) => {
          const text = [...LEVELS[code][form]].map((c, i) => (upper[i % 40] ? c.toUpperCase() : c.toLowerCase())).join('');
          expect(parseLevel(pad + text.normalize(nf) + pad)).toEqual({ ok: true, value: code });
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe('the decisions import', () => {
  const valid = JSON.parse(
    decisionsToJson(
      FLAGS.map((f) => decide(undefined, f, { status: 'confirmed', note: 'Biên bản không ghi lý do', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' })!),
      { exported_at: '2024-12-11T08:00:00.000Z' }
    )
  );

  /** Either a file the checks accept in full, or DecisionsFileError with one located message per problem. */
  function checked(text: string): void {
    let result;
    try {
      result = parseDecisionsJson(text, NOW);
    } catch (err) {
      expect(err).toBeInstanceOf(DecisionsFileError);
      const problems = (err as DecisionsFileError).problems;
      expect(problems.length).toBeGreaterThan(0);
      return;
    }
    for (const d of result.decisions) {
      expect(RULE_IDS).toContain(d.flag.rule);
      expect(Date.parse(d.decided_at)).toBeLessThanOrEqual(NOW + 86_400_000);
      expect(new Date(d.decided_at).toISOString().slice(0, 19)).toBe(d.decided_at.slice(0, 19));
    }
  }

  it('never throws anything but its own error on any JSON', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => checked(JSON.stringify(v))), { numRuns: 500 });
    fc.assert(fc.property(fc.string(), (s) => checked(s)), { numRuns: 300 });
  });

  it('accepts only what is valid when any field of a valid file is replaced by anything', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, at: (string | number)[]) => {
      paths.push(at);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...at, Array.isArray(v) ? Number(k) : k]);
    };
    walk(valid, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('no_such_rule', '2024-02-31T08:00:00.000Z', '2099-01-01T00:00:00.000Z', 'approved', 3000, 'x'.repeat(20_000))),
        (at, value) => {
          const copy = structuredClone(valid);
          let o = copy;
          for (const k of at.slice(0, -1)) o = o[k];
          o[at.at(-1)!] = value;
          checked(JSON.stringify(copy));
        }
      ),
      { numRuns: 1000 }
    );
  });
});
