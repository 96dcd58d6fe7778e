/**
 * The demo dataset as the tests use it: generated in memory once per test file, as CSV files read
 * through the project's loader (the path every user's data takes).
 */
import { generateCsvFiles, type GenerateOptions } from '../../../src/lib/generate';
import { parseDataset, type ParsedDataset } from '../../../src/lib/data';

/**
 * Version 1 of the demo: the tests that pin the checks' exact flags on generated data (truth,
 * hard negatives) run on it; version 2 is graded by format-v2.test.ts and `npm run eval`.
 */
export const DEMO: GenerateOptions = { scale: 'demo', seed: 1, format: 1 };

/** The committed demo (data/demo): version 2, the default. */
export const COMMITTED_DEMO: GenerateOptions = { scale: 'demo', seed: 1 };

export interface CsvRow {
  [column: string]: string;
}

/** Minimal RFC 4180 reader for the generator's own output (quoted fields may hold commas, quotes, newlines). */
export function readCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new Error('unterminated quote');
        if (text[q + 1] === '"') {
          value += text.slice(j, q + 1);
          j = q + 2;
        } else {
          value += text.slice(j, q);
          i = q + 1;
          break;
        }
      }
      record.push(value);
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\r') j++;
      record.push(text.slice(i, j));
      i = j;
    }
    if (text[i] === ',') i++;
    else {
      if (text.startsWith('\r\n', i)) i += 2;
      else if (i < text.length) throw new Error(`bad record end at ${i}`);
      records.push(record);
      record = [];
    }
  }
  const [header, ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? '']))) };
}

export function asInputFiles(files: Record<string, string>) {
  return Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
}

export async function demoParsed(files: Record<string, string>): Promise<ParsedDataset> {
  return parseDataset(asInputFiles(files));
}

export function demoFiles(options: GenerateOptions = DEMO): Record<string, string> {
  return generateCsvFiles(options);
}
