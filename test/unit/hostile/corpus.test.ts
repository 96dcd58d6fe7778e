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
