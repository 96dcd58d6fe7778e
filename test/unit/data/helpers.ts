import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFile, Problem } from '../../../src/lib/data';
import { readDatasetFolder } from '../../../src/lib/data/read-folder';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/datasets');

export function textFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** The good fixture dataset, with some files replaced or added. */
export async function goodWith(...replacements: InputFile[]): Promise<InputFile[]> {
  const files = await readDatasetFolder(path.join(FIXTURES, 'good'));
  for (const r of replacements) {
    const i = files.findIndex((f) => f.name === r.name);
    if (i >= 0) files[i] = r;
    else files.push(r);
  }
  return files;
}

export async function goodWithout(...names: string[]): Promise<InputFile[]> {
  return (await goodWith()).filter((f) => !names.includes(f.name));
}

export const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
export const warningsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'warning');
