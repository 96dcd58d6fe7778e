/**
 * A file read by byte range, never held whole: a picked File in the browser's worker (Blob.slice),
 * a file on disk in Node (file-byte-source.ts). What a streamed self-review corpus reads
 * once in order, and reads back by offset when a flag's evidence needs two texts.
 */
export interface ByteSource {
  /** The file's name as the dataset names it ("reviews.csv", "2023/P001.docx"). */
  readonly name: string;
  readonly size: number;
  /** Bytes [start, end) of the file. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A Blob (a picked File) as a ByteSource. */
export function blobByteSource(name: string, blob: Blob): ByteSource {
  return { name, size: blob.size, read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()) };
}

/** Bytes already in memory as a ByteSource (tests; small files). */
export function memoryByteSource(name: string, bytes: Uint8Array): ByteSource {
  return { name, size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/** The whole of a source, in pieces of `chunk` bytes, in order. */
export async function* readChunks(source: ByteSource, chunk = 1 << 22): AsyncGenerator<{ bytes: Uint8Array; offset: number }> {
  for (let offset = 0; offset < source.size; offset += chunk) yield { bytes: await source.read(offset, Math.min(source.size, offset + chunk)), offset };
}
