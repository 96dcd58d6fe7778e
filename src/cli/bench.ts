/**
 * `npm run bench` (district and province) and `npm run bench -- --quick` (district, fewer runs):
 * generates the data (cached in bench-out/), then prints one JSON object per measured case.
 * See docs/benchmarks.md for what each case measures and the results.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseBenchArgs, USAGE } from '../bench/options';
import { latestRun, parseJsonLines, runReport } from '../bench/report';
import { runBench } from '../bench/run-bench';

if (process.argv.includes('--help')) {
  console.error(USAGE);
  process.exit(0);
}
const report = process.argv.indexOf('--report');
if (report > 0) {
  // `--report results.jsonl`: the latest run's table and its targets, met or not; no measuring.
  const file = process.argv[report + 1]?.startsWith('--') === false ? process.argv[report + 1] : 'bench-out/results.jsonl';
  if (!existsSync(file)) {
    console.error(`[bench] no results at ${file}: run npm run bench first, or name the file after --report`);
    process.exit(1);
  }
  process.stdout.write(runReport(latestRun(parseJsonLines(readFileSync(file, 'utf8')))));
  process.exit(0);
}
try {
  await runBench(parseBenchArgs(process.argv.slice(2)));
  // Engines and the preview server are closed; duckdb-wasm's Node bundle may keep handles open.
  process.exit(0);
} catch (err) {
  console.error(`[bench] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
}
