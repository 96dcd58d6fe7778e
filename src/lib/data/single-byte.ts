/**
 * Single-byte Vietnamese code pages, decoded with iconv-lite's own tables (its data file only:
 * iconv-lite's decoder needs Node's Buffer, and this runs in the browser too).
 * - windows-1258: tone marks are separate combining characters (NFC is applied per value later).
 * - tcvn3: TCVN 5712 (the ".VnTime" ABC fonts), precomposed letters.
 */
// @ts-expect-error: a plain CommonJS data module without types
import sbcsData from 'iconv-lite/encodings/sbcs-data-generated.js';

import { fromCharCodes } from '../text/char-codes';

export type SingleByteName = 'windows-1258' | 'tcvn3';

const CHARS: Record<SingleByteName, string> = {
  'windows-1258': (sbcsData as Record<string, { chars: string }>).windows1258.chars,
  tcvn3: (sbcsData as Record<string, { chars: string }>).tcvn.chars
};

const TABLES = new Map<SingleByteName, Uint16Array>();

function table(name: SingleByteName): Uint16Array {
  let t = TABLES.get(name);
  if (!t) {
    const chars = CHARS[name];
    // iconv-lite lists 128 chars for the upper half only, or all 256.
    const offset = 256 - chars.length;
    t = new Uint16Array(256);
    for (let i = 0; i < 256; i++) t[i] = i < offset ? i : chars.charCodeAt(i - offset);
    TABLES.set(name, t);
  }
  return t;
}

export function decodeSingleByte(bytes: Uint8Array, name: SingleByteName): string {
  const t = table(name);
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) codes[i] = t[bytes[i]];
  return fromCharCodes(codes);
}
