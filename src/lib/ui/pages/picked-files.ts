/** Files picked in an <input type=file> → the loader's InputFile list. */
import type { InputFile } from '$lib/data';

/**
 * A folder pick names each file "<folder>/<path>": the picked folder itself is dropped, so a
 * dataset reads the same whether its folder or its files were picked.
 */
export function relativeName(file: { name: string; webkitRelativePath?: string }): string {
  const rel = file.webkitRelativePath ?? '';
  return rel.includes('/') ? rel.slice(rel.indexOf('/') + 1) : file.name;
}

export async function readPicked(files: FileList | readonly File[]): Promise<InputFile[]> {
  return Promise.all([...files].map(async (f) => ({ name: relativeName(f), bytes: new Uint8Array(await f.arrayBuffer()) })));
}
