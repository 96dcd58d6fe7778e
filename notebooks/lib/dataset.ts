/**
 * The dataset a notebook runs on: data/demo, or the folder named by SOI_DATASET. Loaded through
 * the project's own data contract (src/lib/data) into duckdb-wasm, the engine the browser runs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { createWasmNodeEngine } from '../../src/lib/engine/wasm-node';
import { createNativeEngine } from '../../src/lib/engine/native';
import type { Engine } from '../../src/lib/engine/types';
import { parseDataset, loadDataset, hasErrors, type ParsedDataset, type Problem } from '../../src/lib/data/index';
import { readDatasetFolder } from '../../src/lib/data/read-folder';
import { loadTable } from '../../src/lib/data/to-engine';
import { createDerivedTables } from '../../src/lib/data/derived';
import { TABLE_NAMES } from '../../src/lib/data/schema';
import { parseTruthCsv, TRUTH_FILE, type TruthRow } from '../../src/lib/generate/truth-csv';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The generator's answer key sits beside the tables but is no part of the dataset. */
export { TRUTH_FILE };
/** Files of a generated dataset folder that are not data: left out, as the app's demo loader does. */
const NOT_DATA = /^(readme(\..*)?|truth\.csv)$/i;

export function datasetDir(): string {
  const fromEnv = Deno.env.get('SOI_DATASET');
  return fromEnv ? path.resolve(fromEnv) : path.join(REPO, 'data', 'demo');
}

export interface OpenedDataset {
  dir: string;
  engine: Engine;
  parsed: ParsedDataset;
  problems: Problem[];
  /** False when the dataset has errors and was loaded anyway for inspection (see openDataset). */
  valid: boolean;
}

export interface OpenOptions {
  engine?: 'wasm' | 'native';
  /**
   * Load the rows that could be read even when the dataset has errors (the app and the audit
   * refuse such a dataset): the data-quality notebook looks at what is there.
   */
  inspectDespiteErrors?: boolean;
}

export async function openDataset(dir = datasetDir(), options: OpenOptions = {}): Promise<OpenedDataset> {
  if (!existsSync(dir)) throw new Error(`không có thư mục dữ liệu ${dir} (dataset folder not found; set SOI_DATASET)`);
  const files = (await readDatasetFolder(dir)).filter((f) => !NOT_DATA.test(f.name));
  const parsed = await parseDataset(files);
  const engine = options.engine === 'native' ? await createNativeEngine() : await createWasmNodeEngine();
  const valid = !hasErrors(parsed.problems);
  if (valid || !options.inspectDespiteErrors) {
    await loadDataset(engine, parsed); // throws DatasetError, naming file, row and column, on errors
  } else {
    for (const table of TABLE_NAMES) {
      const rows = parsed.tables[table];
      if (rows) await loadTable(engine, table, rows);
    }
    if (parsed.tables.units) await createDerivedTables(engine);
  }
  return { dir, engine, parsed, problems: parsed.problems, valid };
}

/** truth.csv (rule,year,subject_type,subject_id,case): the planted cases of a generated dataset. */
export function readTruth(dir = datasetDir()): TruthRow[] {
  const file = path.join(dir, TRUTH_FILE);
  if (!existsSync(file)) throw new Error(`${file}: không có tệp đáp án (no truth file: the dataset was not generated)`);
  const { rows, errors } = parseTruthCsv(new Uint8Array(readFileSync(file)));
  if (errors.length) throw new Error(`${file}: ${errors.join('; ')}`);
  return rows;
}
