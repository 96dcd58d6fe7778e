/** Node only: a dataset folder → InputFiles (recursive; names relative to the folder, with "/"). */
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from './input-files';

export interface FolderOptions {
  /** Files left out of the list (read by other means: a streamed reviews.csv), by name. */
  leaveOut?: (name: string) => boolean;
  /** Files whose bytes are read from disk each time they are asked for, never kept (review files). */
  readLazily?: (name: string) => boolean;
}

export async function readDatasetFolder(dir: string, o: FolderOptions = {}): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const { name, full } of await listDatasetFolder(dir)) {
    if (o.leaveOut?.(name)) continue;
    if (o.readLazily?.(name)) {
      files.push({ name, get bytes() { return new Uint8Array(readFileSync(full)); } });
      continue;
    }
    const buf = await readFile(full);
    files.push({ name, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) });
  }
  return files;
}

/** Every file of a folder, sorted by name: its name in the dataset and its path on disk. */
export async function listDatasetFolder(dir: string): Promise<{ name: string; full: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: { name: string; full: string }[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    files.push({ name: path.relative(dir, full).split(path.sep).join('/'), full });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
