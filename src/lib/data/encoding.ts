/**
 * Bytes → text for table files: which encoding a file is in, and its text in chunks (a file may be
 * larger than one JS string). All text leaves here as Unicode; NFC is applied per value later.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export const CHUNK_BYTES = 1 << 24;

/** A byte-order mark decides; without one, UTF-8. */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Thrown when bytes are not valid in the encoding that was detected. */
export class EncodingError extends Error {}

/** The text of `bytes`, decoded in pieces of about `chunkBytes`; BOMs dropped. */
export function* decodeChunks(bytes: Uint8Array, encoding: TextEncodingName = detectEncoding(bytes), chunkBytes = CHUNK_BYTES): Generator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for (let at = 0; at < bytes.length; at += chunkBytes) {
      const end = Math.min(bytes.length, at + chunkBytes);
      yield decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    }
    if (bytes.length === 0) yield '';
  } catch (err) {
    if (err instanceof TypeError) throw new EncodingError(`byte không hợp lệ trong ${encoding} (invalid ${encoding} bytes)`);
    throw err;
  }
}

/** Whole text of a small file (review .txt, sniffing). */
export function decodeText(bytes: Uint8Array): string {
  return [...decodeChunks(bytes)].join('');
}
