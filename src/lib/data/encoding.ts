/**
 * Bytes → text for table files: which encoding a file is in, and its text in chunks (a file may be
 * larger than one JS string). UTF-8 (with or without BOM) and UTF-16 (BOM) are read as such; a file
 * that is not valid UTF-8 is tried as Windows-1258, TCVN3 and VNI, and the decoding whose accented
 * words are the most valid Vietnamese syllables wins. Values are put in NFC later, per cell.
 */
import { fromCharCodes } from '../text/char-codes';
import { decodeSingleByte } from './single-byte';
import { vietnameseScore } from './vietnamese-syllables';
import { vniToUnicode } from './vni';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1258' | 'tcvn3' | 'vni';
export const LEGACY_ENCODINGS = ['windows-1258', 'tcvn3', 'vni'] as const;

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC, .VnTime)',
  vni: 'VNI (VNI-Times)'
};

export const CHUNK_BYTES = 1 << 24;
const SAMPLE_BYTES = 1 << 16;
const LF = 10;

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // UTF-32 before UTF-16: the UTF-32 LE byte-order mark begins like UTF-16 LE's.
  const utf32 = utf32Of(bytes);
  if (utf32) return utf32;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  const sample = nonAsciiSample(bytes);
  if (!sample || isUtf8(sample)) return 'utf-8';
  // UTF-8 with a damaged byte stays UTF-8 (and the damage is reported where it is); only text that
  // reads better in a legacy code page is taken for it.
  let best: TextEncodingName = 'utf-8';
  let bestScore = vietnameseScore(new TextDecoder('utf-8').decode(sample));
  for (const name of LEGACY_ENCODINGS) {
    const score = vietnameseScore(decodeLegacy(sample, name));
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}

/** UTF-32: its byte-order mark, or (without one) text whose every 4 bytes are a code point ≤ U+10FFFF. */
function utf32Of(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  const n = Math.min(bytes.length, 1024) & ~3;
  if (n < 8) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    // Code points stop at U+10FFFF: the top byte is 0, the next at most 0x10.
    if (bytes[i + 3] === 0 && bytes[i + 2] <= 0x10 && (bytes[i] | bytes[i + 1] | bytes[i + 2]) !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] <= 0x10 && (bytes[i + 1] | bytes[i + 2] | bytes[i + 3]) !== 0) be++;
  }
  if (le === n / 4) return 'utf-32le';
  if (be === n / 4) return 'utf-32be';
  return null;
}

/** ASCII text in UTF-16 has a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

/** The lines around the first non-ASCII byte, about 64 KB, cut at line ends; null if all ASCII. */
function nonAsciiSample(bytes: Uint8Array): Uint8Array | null {
  let first = -1;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] >= 0x80) {
      first = i;
      break;
    }
  if (first < 0) return null;
  const start = bytes.lastIndexOf(LF, first) + 1;
  let end = start + SAMPLE_BYTES >= bytes.length ? bytes.length : bytes.indexOf(LF, start + SAMPLE_BYTES);
  if (end < 0) end = bytes.length;
  return bytes.subarray(start, end);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeLegacy(bytes: Uint8Array, name: (typeof LEGACY_ENCODINGS)[number]): string {
  if (name === 'vni') return vniToUnicode(new TextDecoder('windows-1252').decode(bytes));
  return decodeSingleByte(bytes, name);
}

/** What an undecodable byte sequence becomes: readers report the cells that hold it. */
export const REPLACEMENT_CHAR = '\uFFFD';

/** The text of `bytes`, decoded in pieces of about `chunkBytes`; BOMs dropped; bad bytes → U+FFFD. */
export function* decodeChunks(bytes: Uint8Array, encoding: TextEncodingName = detectEncoding(bytes), chunkBytes = CHUNK_BYTES): Generator<string> {
  if (bytes.length === 0) {
    yield '';
    return;
  }
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    yield* decodeUtf32(bytes, encoding === 'utf-32le', chunkBytes);
    return;
  }
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoder = new TextDecoder(encoding);
    for (let at = 0; at < bytes.length; at += chunkBytes) {
      const end = Math.min(bytes.length, at + chunkBytes);
      yield decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    }
    return;
  }
  // Legacy encodings are cut at line ends: a VNI letter and its mark byte never straddle a chunk.
  for (let at = 0; at < bytes.length; ) {
    let end = at + chunkBytes >= bytes.length ? bytes.length : bytes.indexOf(LF, at + chunkBytes) + 1;
    if (end <= 0) end = bytes.length;
    yield decodeLegacy(bytes.subarray(at, end), encoding);
    at = end;
  }
}

/** UTF-32 (no TextDecoder reads it): 4 bytes per code point; BOM dropped, invalid code points → U+FFFD. */
function* decodeUtf32(bytes: Uint8Array, littleEndian: boolean, chunkBytes: number): Generator<string> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length & ~3;
  const step = Math.max(4, chunkBytes & ~3);
  for (let at = 0; at < end; at += step) {
    const units = new Uint16Array(((Math.min(end, at + step) - at) / 4) * 2);
    let n = 0;
    for (let i = at; i < Math.min(end, at + step); i += 4) {
      const cp = dv.getUint32(i, littleEndian);
      if (i === 0 && cp === 0xfeff) continue;
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) units[n++] = 0xfffd;
      else if (cp > 0xffff) {
        units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else units[n++] = cp;
    }
    yield fromCharCodes(units, n);
  }
  if (end < bytes.length) yield REPLACEMENT_CHAR;
}

/** Whole text of a small file (a review .txt). */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName = detectEncoding(bytes)): string {
  return [...decodeChunks(bytes, encoding)].join('');
}
