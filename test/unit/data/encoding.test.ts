import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../../src/lib/data/encoding';
import { isVietnameseSyllable } from '../../../src/lib/data/vietnamese-syllables';
import { toTcvn3, toVni, toWindows1258 } from './variants';

const bytes = (...b: (number | string)[]) => new Uint8Array(b.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])));

describe('legacy Vietnamese encodings, from real byte sequences', () => {
  it('TCVN3 (ABC, .VnTime): "Tiếng Việt", "Đảng", "Nguyễn"', () => {
    const b = bytes('Ti', 0xd5, 'ng Vi', 0xd6, 't, ', 0xa7, 0xb6, 'ng, Ngu', 'y', 0xd4, 'n');
    expect(detectEncoding(b)).toBe('tcvn3');
    expect(decodeText(b)).toBe('Tiếng Việt, Đảng, Nguyễn');
  });

  it('VNI (VNI-Times): "Tieáng Vieät", "Ñaûng", "Tröôøng", a level name', () => {
    const b = bytes('Tie', 0xe1, 'ng Vie', 0xe4, 't, ', 0xd1, 'a', 0xfb, 'ng, Tr', 0xf6, 0xf4, 0xf8, 'ng, Hoa', 0xf8, 'n tha', 0xf8, 'nh xua', 0xe1, 't sa', 0xe9, 'c nhie', 0xe4, 'm vu', 0xef);
    expect(detectEncoding(b)).toBe('vni');
    expect(decodeText(b)).toBe('Tiếng Việt, Đảng, Trường, Hoàn thành xuất sắc nhiệm vụ');
  });

  it('VNI capitals: "VIEÄT NAM", "ÑAÛNG"', () => {
    const b = bytes('VIE', 0xc4, 'T NAM, ', 0xd1, 'A', 0xdb, 'NG');
    expect(decodeText(b, 'vni')).toBe('VIỆT NAM, ĐẢNG');
  });

  it('Windows-1258: tones as combining bytes, NFC after', () => {
    const b = bytes('Vi', 0xea, 0xf2, 't Nam, ', 0xd0, 'a', 0xd2, 'ng');
    expect(detectEncoding(b)).toBe('windows-1258');
    expect(decodeText(b).normalize('NFC')).toBe('Việt Nam, Đảng');
  });

  it('UTF-8 with and without BOM, UTF-16 LE and BE with BOM', () => {
    const text = 'Năm,Xếp loại\n2023,Hoàn thành tốt nhiệm vụ\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + 2 * i);
      be.set([c >> 8, c & 0xff], 2 + 2 * i);
    }
    expect([detectEncoding(le), decodeText(le)]).toEqual(['utf-16le', text]);
    expect([detectEncoding(be), decodeText(be)]).toEqual(['utf-16be', text]);
  });

  it('a whole Vietnamese text survives each legacy encoding both ways', () => {
    const text = 'BẢN KIỂM ĐIỂM CÁ NHÂN. Đồng chí Tạ Hữu Thọ, Phó Bí thư Thường trực Huyện ủy, triển khai kiểm điểm, đánh giá, xếp loại chất lượng; ưu điểm, khuyết điểm, phương hướng khắc phục năm 2023.';
    for (const [enc, file] of [['tcvn3', toTcvn3('a.txt', text)], ['vni', toVni('a.txt', text)], ['windows-1258', toWindows1258('a.txt', text)]] as const) {
      expect(detectEncoding(file.bytes), enc).toBe(enc);
      expect(decodeText(file.bytes).normalize('NFC'), enc).toBe(text);
    }
  });
});

describe('Vietnamese syllables', () => {
  it('accepts real syllables and refuses what wrong decodings produce', () => {
    for (const w of ['tiếng', 'Việt', 'nguyễn', 'trường', 'khuyết', 'điểm', 'gì', 'quốc', 'Đảng', 'nghiêng', 'xoay', 'khuya']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['tieẩng', 'ti¬ng', 'tiÕng', 'vieät', 'ñaûng', 'việệt', 'tiếńg']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});
