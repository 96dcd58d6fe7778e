/**
 * The hostile corpus (src/cli/hostile-corpus.ts, generated here, never committed) through the
 * command line and through the worker's pipeline (the browser's parse → load path, over
 * duckdb-wasm in Node). Every case ends quickly with a result or with errors naming file, row and
 * column, the cause first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand, EXIT } from '../../../src/cli/audit';
import { FORMULA_PERSON_ID, FORMULA_UNIT_ID, hostileCases, writeHostileCorpus } from '../../../src/cli/hostile-corpus';
import type { InputFile, Problem } from '../../../src/lib/data';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import type { Engine } from '../../../src/lib/engine/types';
import { createSession, type Session } from '../../../src/lib/worker/session';
import { parseCsv } from '../../../src/lib/data/csv';

let dir: string;
let cases: Record<string, InputFile[]>;
let engine: Engine;
let session: Session;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'soi-hostile-'));
  writeHostileCorpus(dir);
  cases = hostileCases();
  engine = await createWasmNodeEngine();
  session = createSession({ engine: async () => engine, fetch });
}, 120_000);
afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(name: string, ...options: string[]) {
  const lines: string[] = [];
  const out = path.join(dir, `${name}.flags.csv`);
  const t0 = performance.now();
  const code = await auditCommand([path.join(dir, name), '--out', out, ...options], { err: (l) => lines.push(l) });
  return { code, lines, stderr: lines.join('\n'), out, ms: performance.now() - t0 };
}

async function worker(name: string) {
  const t0 = performance.now();
  const result = await session.load({ kind: 'files', files: cases[name] });
  return { ...result, ms: performance.now() - t0 };
}

const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');

describe('a zip bomb (2 MB inflating to 2 GiB)', () => {
  for (const name of ['zip-bomb', 'zip-bomb-lying']) {
    it(`${name}: refused by the command line, naming archive and entry, in seconds`, async () => {
      const r = await cli(name);
      expect(r.code).toBe(EXIT.dataErrors);
      expect(r.stderr).toMatch(/Lỗi bo_du_lieu\.zip\/reviews\.csv: không giải nén/);
      expect(r.ms).toBeLessThan(20_000);
    });

    it(`${name}: refused by the worker's pipeline, naming archive and entry`, async () => {
      const r = await worker(name);
      expect(r.accepted).toBe(false);
      expect(errors(r.problems).map((p) => p.file)).toEqual(['bo_du_lieu.zip/reviews.csv']);
      expect(r.ms).toBeLessThan(30_000);
    });
  }
  it('obeys the limits given on the command line', async () => {
    const r = await cli('zip-bomb', '--zip-max-ratio', '100000', '--zip-max-entry-mb', '64');
    expect(r.code).toBe(EXIT.dataErrors);
    expect(r.stderr).toContain('Lỗi bo_du_lieu.zip/reviews.csv: không giải nén (not unzipped): giải nén ra 2.0 GiB, quá giới hạn 64 MiB một tệp (inflates to more than the per-file limit)');
    expect((await cli('zip-bomb', '--zip-max-ratio', 'lots')).code).toBe(EXIT.usage);
  });

  it('never took this process near 2 GB', () => {
    // Peak resident memory of the whole test process so far (kilobytes).
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(2048);
  });
});

describe('ids and notes that begin like a formula', () => {
  it('reach the command line\'s flags.csv as text a spreadsheet will not run', async () => {
    const r = await cli('formula-ids');
    expect(r.code).toBe(EXIT.ok);
    const rows: string[][] = [];
    parseCsv([readFileSync(r.out, 'utf8').replace(/^\uFEFF/, '')], (fields) => void rows.push(fields));
    const cells = rows.flat();
    expect(cells).toContain(`'${FORMULA_PERSON_ID}`);
    expect(cells).toContain(`'${FORMULA_UNIT_ID}`);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d/.test(c))).toEqual([]);
  });
});

describe('text of any shape', () => {
  it('a review of one 250,000-letter word is audited by the command line and loaded by the worker', async () => {
    const r = await cli('long-word');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/review_copied_prior_year\s+\d+ cờ/);
    expect((await worker('long-word')).accepted).toBe(true);
  });

  it('a review of 2.5 MB is loaded on both engines (DuckDB reads lines over 2 MB)', async () => {
    const r = await cli('big-review');
    expect(r.code).toBe(EXIT.ok);
    const w = await worker('big-review');
    expect(w.problems).toEqual([]);
    expect(w.accepted).toBe(true);
    expect(await engine.query('SELECT max(length(text)) > 2500000 AS long FROM reviews')).toEqual([{ long: true }]);
  });
});

/** The base dataset's ratings.csv (the demo the corpus is made from): its header width and its data rows. */
function baseRatings(): { width: number; rows: number } {
  const rows: string[][] = [];
  parseCsv([readFileSync('data/demo/ratings.csv', 'utf8').replace(/^\uFEFF/, '')], (f) => rows.push(f));
  return { width: rows[0].length, rows: rows.length - 1 };
}

/** The problem lines of the command line's report (after its count line). */
const reported = (lines: string[]) => lines.filter((l) => /^ {2}(Lỗi|Cảnh báo|…)/.test(l)).map((l) => l.trim());

describe('one cause, one message', () => {
  it('a ratings.csv with a header and no rows is an error, not a clean audit', async () => {
    const r = await cli('empty-ratings');
    expect(r.code).toBe(EXIT.dataErrors);
    expect(reported(r.lines)).toEqual(['Lỗi ratings.csv: bảng bắt buộc ratings không có dòng dữ liệu nào (required table ratings has no rows)']);
    const w = await worker('empty-ratings');
    expect(w.accepted).toBe(false);
    expect(errors(w.problems).map((p) => p.file)).toEqual(['ratings.csv']);
  });

  it('a column deleted from the header: the missing column first, one row of the wrong width, the rest counted', async () => {
    const r = await cli('missing-column');
    expect(r.code).toBe(EXIT.dataErrors);
    const lines = reported(r.lines);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Lỗi ratings\.csv, dòng 1, cột subject_id: thiếu cột bắt buộc subject_id/);
    const { width, rows } = baseRatings();
    expect(lines[1]).toMatch(new RegExp(`^Lỗi ratings\\.csv, dòng 2: dòng có ${width} ô nhưng tiêu đề có ${width - 1} cột .*tiêu đề thiếu cột\\?`));
    expect(lines[2]).toMatch(new RegExp(`^Lỗi ratings\\.csv, dòng 2: và ${rows - 1} dòng khác cũng có ${width} ô`));
    const w = await worker('missing-column');
    expect(errors(w.problems)).toHaveLength(3);
  });

  it('a quote never closed in people.csv: that quote is the one error; references into people.csv are not reported one by one', async () => {
    const r = await cli('unterminated-quote');
    expect(r.code).toBe(EXIT.dataErrors);
    expect(reported(r.lines)).toEqual([
      expect.stringMatching(/^Lỗi people\.csv, dòng 12, cột full_name: .*unterminated quoted field/),
      expect.stringMatching(/^Cảnh báo people\.csv: chưa kiểm tra các mã tham chiếu đến people\.csv/)
    ]);
    expect(errors((await worker('unterminated-quote')).problems)).toHaveLength(1);
  });

  it('a header of a million columns: twenty named, the rest counted; every row too short is one error and a count', async () => {
    const r = await cli('million-columns');
    expect(r.code).toBe(EXIT.dataErrors);
    const lines = reported(r.lines);
    expect(lines.length).toBeLessThan(30);
    expect(lines).toContain('Cảnh báo ratings.csv, dòng 1: và 999980 cột khác không thuộc bảng ratings, bỏ qua (and 999980 more unknown columns, ignored) (gặp / found: 999980)');
    const { width, rows } = baseRatings();
    expect(lines.filter((l) => l.startsWith('Lỗi'))).toEqual([
      expect.stringContaining(`dòng 2: dòng có ${width} ô nhưng tiêu đề có ${1_000_000 + width} cột`),
      expect.stringContaining(`dòng 2: và ${rows - 1} dòng khác cũng có ${width} ô`)
    ]);
    expect(r.ms).toBeLessThan(60_000);
  });

  it('UTF-32 is recognised and named, and read', async () => {
    const r = await cli('utf32');
    expect(r.code).toBe(EXIT.ok);
    expect(reported(r.lines)).toEqual([expect.stringMatching(/^Cảnh báo units\.csv: tệp mã hóa UTF-32 LE/)]);
    const w = await worker('utf32');
    expect(w.accepted).toBe(true);
  });
});
