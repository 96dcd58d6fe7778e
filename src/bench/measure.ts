/**
 * One benchmark case: warm-up runs, then timed runs, each after an untimed setup. Reports the
 * samples, their median and p95, and the process's peak RSS during the timed part of any run.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { peakMb, resetPeak } from './memory';
import { median, p95, round1 } from './stats';

setFlagsFromString('--expose-gc');
/** A full garbage collection, so that one run's garbage does not count in the next run's peak. */
export const collectGarbage = runInNewContext('gc') as () => void;

export interface CaseSpec<S, T> {
  warmup: number;
  runs: number;
  /** Untimed, before every run (e.g. a fresh engine). */
  setup: () => Promise<S>;
  /** The timed work. */
  run: (state: S) => Promise<T>;
  /** Untimed, after every run (e.g. closing the engine); gets the run's result. */
  teardown?: (state: S, result: T, run: { timed: boolean; last: boolean }) => Promise<void>;
}

export interface CaseResult<T> {
  samples: number[];
  ms: number;
  /**
   * Median CPU time (user + system, all threads) of the process per run. On a shared machine wall
   * time stretches with other work; CPU time much less so: for single-threaded work (JavaScript,
   * duckdb-wasm) it is close to what the wall time would be on an idle machine.
   */
  cpu_ms: number;
  p95: number;
  peak_mb: number;
  /** The last timed run's result (for row counts, flags, parity checks). */
  last: T;
}

export async function measureCase<S, T>(spec: CaseSpec<S, T>): Promise<CaseResult<T>> {
  const samples: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  let last: T | undefined;
  const total = spec.warmup + spec.runs;
  for (let i = 0; i < total; i++) {
    const timed = i >= spec.warmup;
    const state = await spec.setup();
    collectGarbage();
    resetPeak();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await spec.run(state);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (timed) {
      samples.push(ms);
      cpu.push((c.user + c.system) / 1000);
      peak = Math.max(peak, peakMb());
      last = result;
    }
    await spec.teardown?.(state, result, { timed, last: i === total - 1 });
  }
  if (!samples.length) throw new Error('a case needs at least one timed run');
  return { samples: samples.map(round1), ms: round1(median(samples)), cpu_ms: round1(median(cpu)), p95: round1(p95(samples)), peak_mb: round1(peak), last: last as T };
}

/** The timing fields every bench record carries, from a measured case. */
export function timingFields(m: CaseResult<unknown>): Pick<CaseResult<unknown>, 'ms' | 'samples' | 'cpu_ms' | 'p95' | 'peak_mb'> & { runs: number } {
  return { ms: m.ms, runs: m.samples.length, peak_mb: m.peak_mb, p95: m.p95, cpu_ms: m.cpu_ms, samples: m.samples };
}
