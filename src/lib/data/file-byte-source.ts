/** Node only: a file on disk as a ByteSource (byte-source.ts), read by range, never whole. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { ByteSource } from './byte-source';

export function fileByteSource(name: string, path: string): ByteSource {
  let size: number | undefined;
  return {
    name,
    get size() {
      return (size ??= statSync(path).size);
    },
    async read(start, end) {
      const out = new Uint8Array(Math.max(0, end - start));
      const fd = openSync(path, 'r');
      try {
        let at = 0;
        while (at < out.length) {
          const n = readSync(fd, out, at, out.length - at, start + at);
          if (n === 0) break;
          at += n;
        }
        return at === out.length ? out : out.subarray(0, at);
      } finally {
        closeSync(fd);
      }
    }
  };
}
