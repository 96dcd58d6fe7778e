/** UTF-32 is recognised (with or without a byte-order mark, either byte order), named and read, not taken for UTF-16. */
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../../src/lib/data/encoding';

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const cps = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.codePointAt(0)!)];
  const out = new Uint8Array(cps.length * 4);
  cps.forEach((cp, i) => new DataView(out.buffer).setUint32(i * 4, cp, littleEndian));
  return out;
}

const TEXT = 'unit_id,name\nG01,Đảng bộ xã Tiến Thắng 𝔸\n';

describe('UTF-32', () => {
  it.each([
    [true, true, 'utf-32le'],
    [true, false, 'utf-32le'],
    [false, true, 'utf-32be'],
    [false, false, 'utf-32be']
  ] as const)('little-endian %s, byte-order mark %s → %s, decoded exactly', (le, bom, name) => {
    const bytes = utf32(TEXT, le, bom);
    expect(detectEncoding(bytes)).toBe(name);
    expect(decodeText(bytes)).toBe(TEXT);
  });

  it('UTF-16 stays UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from('a,b\n', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(detectEncoding(bytes)).toBe('utf-16le');
  });
});
