/**
 * Files the user picked (their handles, sent by the page) → the loader's InputFile list, read here in
 * the worker: the page holds no copy of a large file, never waits on it, and keeps the handles to
 * load the same files again (with a header mapping, say). Progress in bytes, at most every 100 ms.
 */
import type { InputFile } from '../data';
import type { PickedFile } from './protocol';

const PROGRESS_EVERY_MS = 100;

export async function readPicked(files: readonly PickedFile[], onBytes?: (done: number, total: number, name: string) => void): Promise<InputFile[]> {
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  if (!files.length) return [];
  let done = 0;
  let reported = -Infinity;
  const out: InputFile[] = [];
  for (const { name, file } of files) {
    const bytes = new Uint8Array(file.size);
    let at = 0;
    const reader = file.stream().getReader();
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      // A file changed on disk since it was picked may have grown: never write past the buffer.
      if (at + value.length > bytes.length) throw new Error(`${name}: tệp đã thay đổi từ khi được chọn, hãy chọn lại (the file changed since it was picked; pick it again)`);
      bytes.set(value, at);
      at += value.length;
      done += value.length;
      const now = performance.now();
      if (now - reported >= PROGRESS_EVERY_MS) {
        reported = now;
        onBytes?.(done, total, name);
      }
    }
    out.push({ name, bytes: at === bytes.length ? bytes : bytes.subarray(0, at) });
  }
  onBytes?.(done, total, files.at(-1)?.name ?? '');
  return out;
}
