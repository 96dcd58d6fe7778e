/**
 * `npm run audit` streams the self-reviews (src/cli/streamed-dataset.ts): each review is reduced to
 * its shingles and its place in the file, and the evidence reads the texts back. The audit list
 * must be byte for byte the one the texts loaded whole give: on the demo, on review files, on a
 * reviews.csv inside a zip (read whole), and on a generated district (104,723 reviews).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { auditCommand, EXIT } from '../../../src/cli/audit';
import { parseCsv } from '../../../src/lib/data/csv';
import { generateCsvFiles } from '../../../src/lib/generate';
import { withTempDir } from './cli';

const DEMO = path.resolve('data/demo');
const TEXT_RULES = ['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses'];

async function audit(dir: string, out: string, stream: boolean): Promise<string> {
  const lines: string[] = [];
  const code = await auditCommand([dir, '--out', out], { err: (l) => lines.push(l) }, { stream });
  expect(code, lines.join('\n')).toBe(EXIT.ok);
  return readFileSync(out, 'utf8');
}

/** Both paths on one folder: the lists, and how many flags the text rules raised. */
async function bothPaths(dir: string): Promise<{ streamed: string; whole: string; textFlags: number }> {
  const streamed = await audit(dir, path.join(dir, '..', 'streamed.csv'), true);
  const whole = await audit(dir, path.join(dir, '..', 'whole.csv'), false);
  let textFlags = 0;
  parseCsv([streamed], (f, n) => {
    if (n > 1 && TEXT_RULES.includes(f[1])) textFlags++;
  });
  return { streamed, whole, textFlags };
}

/** A test on a copy of the demo (`<dir>/data`), which `change` may alter first: both paths give the same list, the text rules 11 flags. */
function onDemoCopy(change: (data: string) => void = () => {}): () => Promise<void> {
  return withTempDir('streamed', async (dir) => {
    const data = path.join(dir, 'data');
    cpSync(DEMO, data, { recursive: true });
    change(data);
    const { streamed, whole, textFlags } = await bothPaths(data);
    expect(textFlags).toBe(11);
    expect(streamed).toBe(whole);
  });
}

/** The demo's reviews.csv as rows (person_id, year, text). */
function demoReviews(): string[][] {
  const rows: string[][] = [];
  parseCsv([readFileSync(path.join(DEMO, 'reviews.csv'), 'utf8').replace(/^\uFEFF/, '')], (f, n) => {
    if (n > 1) rows.push(f);
  });
  return rows;
}

describe('npm run audit with the self-reviews streamed', () => {
  it('gives the demo the same audit list as the texts loaded whole', onDemoCopy(), 300_000);

  it('streams review files (<year>/<person_id>.txt) with the same list', onDemoCopy((data) => {
    rmSync(path.join(data, 'reviews.csv'));
    const rows = demoReviews();
    for (const [personId, year, text] of rows) {
      mkdirSync(path.join(data, year), { recursive: true });
      writeFileSync(path.join(data, year, `${personId}.txt`), text);
    }
    expect(rows.length).toBeGreaterThan(3000);
  }), 300_000);

  it('reads a reviews.csv inside a zip whole (it cannot stream from there) and gives the same list', onDemoCopy((data) => {
    writeFileSync(path.join(data, 'reviews.zip'), zipSync({ 'reviews.csv': new Uint8Array(readFileSync(path.join(data, 'reviews.csv'))) }));
    rmSync(path.join(data, 'reviews.csv'));
  }), 300_000);

  it('gives a generated district (104,723 reviews) the same audit list as the texts loaded whole', withTempDir('streamed', async (dir) => {
    const data = path.join(dir, 'data');
    mkdirSync(data);
    for (const [file, text] of Object.entries(generateCsvFiles({ scale: 'district', seed: 1 }))) if (file !== 'truth.csv') writeFileSync(path.join(data, file), text);
    const { streamed, whole, textFlags } = await bothPaths(data);
    expect(textFlags).toBeGreaterThan(30);
    expect(streamed).toBe(whole);
  }), 1_800_000);
});
