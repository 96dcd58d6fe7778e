/** The bench's output: one JSON object per line on stdout, one line per measured (or unmeasured) case. */
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export type CaseName = 'load' | 'rules' | 'copies' | 'filter' | 'bigfile';
export type EngineName = 'wasm' | 'native' | 'browser';

export interface BenchRecord {
  case: CaseName;
  scale: 'demo' | 'district' | 'province';
  engine: EngineName;
  /** Median of the timed runs; null when the case was not measured (`not_measured` says why). */
  ms: number | null;
  runs: number;
  /** Input rows of the case (the dataset's rows for load and rules, the reviews for copies). */
  rows: number | null;
  peak_mb: number | null;
  p95?: number | null;
  not_measured?: string;
  [extra: string]: unknown;
}

export class RecordSink {
  readonly records: BenchRecord[] = [];
  /**
   * `file`: also append every line there (the bench's cache folder keeps a history of runs);
   * `run`: the run's id on every line, so that a report compares the lines of one run.
   */
  constructor(
    private readonly file?: string,
    readonly run?: string
  ) {}

  emit(record: BenchRecord): void {
    // The machine's 1-minute load average when the case ended: other work skews the timings.
    const withLoad = { ...record, load1: Math.round(loadavg()[0] * 10) / 10, ...(this.run ? { run: this.run } : {}) };
    this.records.push(withLoad);
    const line = JSON.stringify(withLoad);
    process.stdout.write(line + '\n');
    if (this.file) appendFileSync(this.file, line + '\n');
  }
}

/** Progress and notes go to stderr, so that stdout stays one JSON object per line. */
export const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);
