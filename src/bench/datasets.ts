/**
 * Benchmark datasets made by the project's generator (`npm run generate`), cached under the bench's
 * output folder by scale and seed. A cached folder is reused while the generator's source is
 * unchanged; an interrupted generation never counts as cached (it is written aside, then renamed).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TABLE_NAMES } from '../lib/data/schema';

export type Scale = 'demo' | 'district' | 'province';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GENERATOR_SOURCES = ['src/lib/generate', 'src/cli/generate.ts'];
const KEY_FILE = '.bench-key';

function filesUnder(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A digest of the generator's source: a changed generator means regenerated data. */
export function generatorFingerprint(): string {
  const h = createHash('sha256');
  const files = GENERATOR_SOURCES.flatMap((p) => filesUnder(path.join(ROOT, p)));
  if (!files.some((f) => f.endsWith(path.join('src', 'cli', 'generate.ts'))))
    throw new Error('không có trình sinh dữ liệu src/cli/generate.ts (the generator, src/cli/generate.ts, is not there yet)');
  for (const f of files) h.update(path.relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export interface BenchDataset {
  dir: string;
  scale: Scale;
  seed: number;
  /** Whether this run generated it (and how long that took), or found it cached. */
  generatedMs: number | null;
}

function run(cmd: string, args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const relay = (d: Buffer) => d.toString().split('\n').filter(Boolean).forEach((l) => log(l));
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${code ?? signal})`))));
  });
}

export async function ensureDataset(cacheDir: string, scale: Scale, seed: number, log: (line: string) => void): Promise<BenchDataset> {
  const dir = path.join(cacheDir, `${scale}-seed${seed}`);
  const key = generatorFingerprint();
  const keyFile = path.join(dir, KEY_FILE);
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() === key) return { dir, scale, seed, generatedMs: null };

  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  log(`generating ${scale} seed ${seed} → ${dir}`);
  const t0 = performance.now();
  await run('npm', ['run', '--silent', 'generate', '--', '--scale', scale, '--seed', String(seed), '--out', partial], (l) => log(`  generate: ${l}`));
  const generatedMs = Math.round(performance.now() - t0);
  writeFileSync(path.join(partial, KEY_FILE), key + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return { dir, scale, seed, generatedMs };
}

/** Sizes of a dataset's CSV files in MB, by file name. */
export function datasetFileSizes(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.csv')) out[f] = Math.round(statSync(path.join(dir, f)).size / 1e5) / 10;
  return out;
}

/** The table files of the data contract (docs/data-format.md). */
const TABLE_FILES = TABLE_NAMES.map((t) => `${t}.csv`);

/**
 * A folder holding only the dataset's table files (hard links, no copy): what a user would load.
 * The generator's truth.csv and README stay out, and so does reviews.csv when `reviews` is false
 * (province reviews are ≈ 2 GB of text: more than a browser tab or one JavaScript string holds).
 */
export function tablesFolder(dataset: BenchDataset, reviews: boolean): string {
  const dir = `${dataset.dir}.tables${reviews ? '' : '-noreviews'}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of TABLE_FILES) {
    if (f === 'reviews.csv' && !reviews) continue;
    const src = path.join(dataset.dir, f);
    if (existsSync(src)) linkSync(src, path.join(dir, f));
  }
  return dir;
}
