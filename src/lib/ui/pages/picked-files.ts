/** Files picked in an <input type=file> → the worker's PickedFile list (handles: the worker reads them). */
import type { PickedFile } from '$lib/worker/protocol';

/**
 * A folder pick names each file "<folder>/<path>": the picked folder itself is dropped, so a
 * dataset reads the same whether its folder or its files were picked.
 */
export function relativeName(file: { name: string; webkitRelativePath?: string }): string {
  const rel = file.webkitRelativePath ?? '';
  return rel.includes('/') ? rel.slice(rel.indexOf('/') + 1) : file.name;
}

/**
 * The picked files by handle, read by nobody yet: the page never holds a copy of a large file, and
 * the same list can be loaded again (with a header mapping) without picking the files again.
 */
export function pickedFiles(files: FileList | readonly File[]): PickedFile[] {
  return [...files].map((file) => ({ name: relativeName(file), file }));
}
