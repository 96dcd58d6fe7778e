/**
 * npm run audit-provinces -- <folder of provinces> --out <flags.csv> [--config params.json] [--header-map headers.json] [--workers N]
 *
 * National data, province by province: each sub-folder is one province's dataset, audited as
 * `npm run audit` audits a folder (every check, the self-reviews streamed), in a worker_thread of
 * its own, as many at once as the cores and the memory allow (poolSize). No check looks beyond one
 * province's data, the text checks least of all (a person's own years, the colleagues of one
 * organisation), so the provinces are independent. The audit list is each province's list in turn,
 * in the order of the folder names, under one header: the same rows `npm run audit` writes for each.
 * Progress on stderr; a province that fails leaves nothing written, as with `npm run audit`.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import path from 'node:path';
import { commandArgs, EXIT, stringOption, type Io } from './audit';
import type { ProvinceJob, ProvinceMessage } from './audit-province-worker';
import { tsWorker } from './ts-worker';
import { runIfMain } from './main';

const USAGE = `Cách dùng / usage: npm run audit-provinces -- <thư mục các tỉnh / folder of province folders> --out <flags.csv> [--config <params.json>] [--header-map <headers.json>] [--workers N]`;

/**
 * Peak memory of one province's audit, from the size of its folder: a base for Node and DuckDB, and
 * 0.45 times the folder. Measured with the self-reviews streamed, no shingle set kept and the soft
 * heap ceiling: a district's 319 MB folder peaks at 363 MB, a province's 3.2 GB at 1.31 GB
 * (docs/benchmarks.md); the line through both is ≈ 260 MB + 0.34 × the folder, and the margin is
 * for free text, whose shingle tables grow with the vocabulary rather than the folder.
 */
export function provincePeakMb(folderBytes: number): number {
  return Math.round(300 + (folderBytes / 2 ** 20) * 0.45);
}

/** Workers at once: one per core, no more than the free memory holds at each one's peak, at least one. */
export function poolSize(cores: number, freeMb: number, peakMb: number, provinces: number): number {
  return Math.max(1, Math.min(cores, Math.floor(freeMb / peakMb), provinces));
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) total += statSync(path.join(e.parentPath, e.name)).size;
  return total;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function auditProvincesCommand(argv: string[], io: Io): Promise<number> {
  const args = commandArgs(argv, { out: { type: 'string' }, config: { type: 'string' }, 'header-map': { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean' } }, USAGE, io);
  if (typeof args === 'number') return args;
  const { values, dir: root } = args;
  const out = path.resolve(args.out);
  const provinces = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  if (!provinces.length) {
    io.err(`${root}: không có thư mục tỉnh nào / no province folders`);
    return EXIT.usage;
  }
  const workersAsked = values.workers === undefined ? undefined : Number(values.workers);
  if (workersAsked !== undefined && !(Number.isInteger(workersAsked) && workersAsked > 0)) {
    io.err(`--workers: cần một số nguyên dương / a positive integer expected: ${values.workers}`);
    return EXIT.usage;
  }
  const peakMb = Math.max(...provinces.map((p) => provincePeakMb(folderBytes(path.join(root, p)))));
  const freeMb = Math.floor(freemem() / 2 ** 20);
  const pool = workersAsked ?? poolSize(availableParallelism(), freeMb, peakMb, provinces.length);
  io.err(`${provinces.length} tỉnh / provinces, ${pool} luồng / workers (${availableParallelism()} lõi / cores, ${freeMb} MB trống / free, ≈ ${peakMb} MB một tỉnh / per province)`);

  const extra = ['config', 'header-map'].flatMap((o) => {
    const v = stringOption(values[o]);
    return v ? [`--${o}`, v] : [];
  });
  const partOf = (i: number) => `${out}.${process.pid}.${i}.part`;
  const codes: number[] = new Array(provinces.length).fill(-1);
  const t0 = Date.now();
  let next = 0;
  let done = 0;
  const runOne = (i: number) =>
    new Promise<void>((resolve) => {
      const name = provinces[i];
      const started = Date.now();
      const job: ProvinceJob = { args: [path.join(root, name), '--out', partOf(i), ...extra] };
      const worker = tsWorker(new URL('./audit-province-worker.ts', import.meta.url), job);
      worker.on('message', (m: ProvinceMessage) => {
        if ('line' in m) io.err(`[${name}] ${m.line}`);
        else {
          codes[i] = m.code;
          done++;
          io.err(`Tiến độ / progress: ${done}/${provinces.length} tỉnh / provinces; ${name} xong / done in ${seconds(Date.now() - started)}, đỉnh bộ nhớ tiến trình / process peak ${m.peakMb} MB`);
        }
      });
      worker.on('error', (err) => io.err(`[${name}] ${err.stack ?? err.message}`));
      worker.on('exit', () => {
        if (codes[i] < 0) codes[i] = EXIT.usage;
        resolve();
      });
    });
  const lane = async () => {
    while (next < provinces.length) await runOne(next++);
  };
  try {
    await Promise.all(Array.from({ length: pool }, lane));
    const failed = codes.map((c, i) => [c, provinces[i]] as const).filter(([c]) => c !== EXIT.ok);
    if (failed.length) {
      io.err(`${failed.length} tỉnh không kiểm tra được, không ghi ${args.out} / ${failed.length} province(s) failed, nothing written: ${failed.map(([, p]) => p).join(', ')}`);
      return Math.max(...failed.map(([c]) => c));
    }
    writeMerged(out, provinces.map((_, i) => partOf(i)));
    io.err(`Tổng thời gian / total time: ${seconds(Date.now() - t0)} → ${args.out}`);
    return EXIT.ok;
  } finally {
    for (let i = 0; i < provinces.length; i++) rmSync(partOf(i), { force: true });
  }
}

/** One list: the byte-order mark and header of the first, then every list's rows in turn. */
function writeMerged(out: string, parts: string[]): void {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    let text = '';
    parts.forEach((p, i) => {
      const list = readFileSync(p, 'utf8');
      const body = list.indexOf('\r\n') + 2;
      text += i === 0 ? list : list.slice(body);
    });
    writeFileSync(tmp, text);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
}

runIfMain(import.meta.url, auditProvincesCommand, EXIT.usage);
