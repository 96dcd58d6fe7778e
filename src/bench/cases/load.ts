/**
 * Case `load`: a dataset folder → read → parse and validate → tables in the engine (
 * readDatasetFolder, parseDataset, loadDataset), on a fresh engine every run. Keeps the engine of
 * the last run, loaded, for the cases that follow.
 */
import { hasErrors, loadDataset, parseDataset } from '../../lib/data';
import { readDatasetFolder } from '../../lib/data/read-folder';
import type { Engine } from '../../lib/engine/types';
import { createEngine, duckdbMemoryMb, type NodeEngineName } from '../engines';
import { measureCase, timingFields } from '../measure';
import type { BenchRecord } from '../record';
import { median, round1 } from '../stats';

export interface LoadOutcome {
  record: BenchRecord;
  engine: Engine;
  tableRows: Record<string, number>;
}

interface Steps {
  read: number;
  parse: number;
  load: number;
  rows: Record<string, number>;
}

export async function loadCase(
  engineName: NodeEngineName,
  scale: BenchRecord['scale'],
  folder: string,
  runs: { warmup: number; runs: number }
): Promise<LoadOutcome> {
  const steps: Steps[] = [];
  let kept: Engine | null = null;
  const result = await measureCase({
    ...runs,
    setup: () => createEngine(engineName),
    async run(engine) {
      let t = performance.now();
      const files = await readDatasetFolder(folder);
      const read = performance.now() - t;
      t = performance.now();
      const parsed = await parseDataset(files);
      const parse = performance.now() - t;
      if (hasErrors(parsed.problems)) {
        const first = parsed.problems.filter((p) => p.severity === 'error').slice(0, 3);
        throw new Error(`the generated dataset does not validate: ${JSON.stringify(first)}`);
      }
      t = performance.now();
      await loadDataset(engine, parsed);
      const load = performance.now() - t;
      const rows = Object.fromEntries(Object.entries(parsed.columns).map(([k, v]) => [k, v?.length ?? 0]));
      return { read, parse, load, rows };
    },
    async teardown(engine, s, { timed, last }) {
      if (timed) steps.push(s);
      // Only one engine at a time: the next run's memory starts clean.
      if (last) kept = engine;
      else await engine.close();
    }
  });
  const engine = kept as unknown as Engine;
  const tableRows = result.last.rows;
  const stepMs = (k: 'read' | 'parse' | 'load') => round1(median(steps.map((s) => s[k])));
  return {
    engine,
    tableRows,
    record: {
      case: 'load',
      scale,
      engine: engineName,
      ...timingFields(result),
      rows: Object.values(tableRows).reduce((a, b) => a + b, 0),
      steps_ms: { read: stepMs('read'), parse: stepMs('parse'), load: stepMs('load') },
      tables: tableRows,
      duckdb_mb: await duckdbMemoryMb(engine)
    }
  };
}
