/**
 * npm run generate -- --scale <demo|district|province> --seed N --out DIR [--no-reviews] [--format 1|2]
 *
 * Writes a synthetic dataset folder (the tables of docs/data-format.md plus truth.csv, the flags the checks must
 * produce) with the generator of src/lib/generate. The same scale and seed give the same bytes.
 */
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_FORMATS, DEFAULT_FORMAT, SCALE_NAMES, streamDataset, type DataFormat, type ScaleName } from '../lib/generate';

const USAGE = `Cách dùng / usage: npm run generate -- --scale <demo|district|province> --seed <số nguyên / integer> --out <thư mục / folder> [--no-reviews] [--format <phiên bản / version: ${DATA_FORMATS.join('|')}>]`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { scale: { type: 'string', default: 'demo' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, 'no-reviews': { type: 'boolean', default: false }, format: { type: 'string', default: String(DEFAULT_FORMAT) } },
      strict: true
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { scale, seed, out } = args.values;
  const format = Number(args.values.format) as DataFormat;
  if (!SCALE_NAMES.includes(scale as ScaleName) || !/^-?\d+$/.test(seed ?? '') || !out || !DATA_FORMATS.includes(format)) {
    console.error(USAGE);
    return 2;
  }
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const files: string[] = [];
  const summary = streamDataset({ scale: scale as ScaleName, seed: Number(seed), reviews: !args.values['no-reviews'], format }, (_table, file) => {
    const full = path.join(out, file);
    files.push(full);
    const fd = openSync(full, 'w');
    return { write: (chunk) => void writeSync(fd, chunk, null, 'utf8'), end: () => closeSync(fd) };
  });
  const seconds = (performance.now() - t0) / 1000;
  let total = 0;
  console.error(`Đã tạo dữ liệu / generated: scale ${scale}, seed ${seed}, format ${format} → ${out} (${seconds.toFixed(1)} s)`);
  for (const f of files) {
    const size = statSync(f).size;
    total += size;
    const table = path.basename(f, '.csv') as keyof typeof summary.rows;
    console.error(`  ${path.basename(f).padEnd(16)} ${String(summary.rows[table]).padStart(9)} dòng / rows  ${(size / 1e6).toFixed(2).padStart(9)} MB`);
  }
  console.error(`  ${'tổng / total'.padEnd(16)} ${''.padStart(9)}              ${(total / 1e6).toFixed(2).padStart(9)} MB`);
  console.error(`  cờ phải có / truth flags: ${summary.rows.truth}; ca không được gắn cờ / hard negatives: ${summary.negatives.length}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
