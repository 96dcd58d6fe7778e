/** Node only: a dataset folder → InputFiles (recursive; names relative to the folder, with "/"). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from './input-files';

export async function readDatasetFolder(dir: string): Promise<InputFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: InputFile[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    const buf = await readFile(full);
    files.push({ name: path.relative(dir, full).split(path.sep).join('/'), bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
