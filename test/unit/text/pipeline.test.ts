import { describe, expect, it } from 'vitest';
import { normaliseText, syllables } from '../../../src/lib/text/normalise';
import { sectionBody, splitSections } from '../../../src/lib/text/sections';
import { comparableSentences } from '../../../src/lib/text/sentences';
import { fnv1a32 } from '../../../src/lib/text/hash';
import { scanSentences } from '../../../src/lib/text/tokenize';
import { sortU32 } from '../../../src/lib/text/sort-u32';
import { shingleSet, toSortedSet } from '../../../src/lib/text/shingles';
import { lshCandidatePairs, lshCatchProbability } from '../../../src/lib/text/lsh';
import { minhashSignature } from '../../../src/lib/text/minhash';
import { weightedSimilarity } from '../../../src/lib/text/similarity';
import { shingleWeights } from '../../../src/lib/text/weighting';
import { diffReviewWords, sideBySide, unchangedShare } from '../../../src/lib/text/diff';
import { sentenceOverlap } from '../../../src/lib/text/sentence-match';
import { honestReview, rng } from './review-fixtures';

describe('normalise', () => {
  it('maps NFD and NFC to the same lower-case syllables without punctuation', () => {
    const nfc = 'Hạn chế, KHUYẾT ĐIỂM: “đôi lúc” còn ngại va chạm!';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(syllables(nfd)).toEqual(['hạn', 'chế', 'khuyết', 'điểm', 'đôi', 'lúc', 'còn', 'ngại', 'va', 'chạm']);
    expect(normaliseText(nfd)).toBe(normaliseText(nfc));
    expect(syllables('ĐẢNG ủy')).toEqual(['đảng', 'ủy']);
  });
});

describe('sections', () => {
  const review = honestReview(7, 'Lê Thị Hoa', 2022);

  it('splits the header and the seven Roman-numeral sections', () => {
    const split = splitSections(review);
    expect(split.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(split.header).toContain('Họ và tên: Lê Thị Hoa');
    expect(split.header).not.toContain('Ưu điểm');
    expect(sectionBody(split, 2)).toMatch(/^Hạn chế, khuyết điểm và nguyên nhân\n/);
    expect(sectionBody(split, 2)).not.toContain('III.');
    // The signature block is not part of section VII.
    expect(sectionBody(split, 7)).not.toContain('Lê Thị Hoa');
  });

  it('finds the sections when the line breaks were lost', () => {
    const flat = review.replace(/\n/g, ' ');
    const split = splitSections(flat);
    expect(split.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sectionBody(split, 2)?.trim()).toBe(sectionBody(splitSections(review), 2)?.replace(/\n/g, ' ').trim());
    // The title runs into the first sentence; comparison still drops it.
    const lined = comparableSentences(sectionBody(splitSections(review), 2) as string);
    expect(comparableSentences(sectionBody(split, 2) as string)).toEqual(lined);
  });

  it('does not take "VII." for "V." or a numeral out of order for a heading', () => {
    const split = splitSections('I. Ưu điểm\nTốt.\nVII. Tự nhận mức xếp loại chất lượng\nHoàn thành.\nII. lạc chỗ');
    expect(split.sections.map((s) => s.number)).toEqual([1, 7]);
  });

  it('keeps a text without headings whole, minus its header lines', () => {
    const split = splitSections('BẢN KIỂM ĐIỂM CÁ NHÂN\nHọ và tên: A\nTôi đã hoàn thành mọi nhiệm vụ được giao trong năm qua.');
    expect(split.sections).toEqual([{ number: 0, body: 'Tôi đã hoàn thành mọi nhiệm vụ được giao trong năm qua.' }]);
  });
});

describe('sentences', () => {
  it('hashes each syllable as FNV-1a of its characters', () => {
    const seen: number[][] = [];
    scanSentences('Đảng viên gương mẫu. Tốt', (s) => seen.push(Array.from(s.hash.subarray(0, s.length))));
    expect(seen).toEqual([['đảng', 'viên', 'gương', 'mẫu'].map(fnv1a32), [fnv1a32('tốt')]]);
  });

  it('splits at sentence ends but not inside numbers, and drops list markers and headings', () => {
    expect(comparableSentences('1. Thu 10.000 đồng; chi 1,5 triệu. Xong!\na) Việc khác\n2023.')).toEqual([
      ['thu', '10', '000', 'đồng'],
      ['chi', '1', '5', 'triệu'],
      ['xong'],
      ['việc', 'khác']
    ]);
    expect(comparableSentences('Hạn chế, khuyết điểm và nguyên nhân\nCòn chậm.')).toEqual([['còn', 'chậm']]);
  });
});

describe('shingles', () => {
  it('are 4-syllable windows inside sentences, hashed to sorted distinct 32-bit values', () => {
    const set = shingleSet('Một hai ba bốn năm. Một hai ba bốn.');
    // "một hai ba bốn" appears in both sentences: counted once.
    expect(set.length).toBe(2);
    expect([...set]).toEqual([...set].sort((a, b) => a - b));
    expect(set.every((x) => x >= 0 && x < 2 ** 32)).toBe(true);
  });

  it('do not depend on the order of sentences', () => {
    const a = ['Tôi đã chủ trì ba cuộc họp.', 'Thu ngân sách đạt chín mươi phần trăm.'];
    expect(shingleSet(`${a[1]} ${a[0]}`)).toEqual(shingleSet(a.join(' ')));
    expect(shingleSet(a.join(' '))).not.toEqual(shingleSet(a.join(' ').replace('ba', 'bốn')));
  });

  it('turn a sentence shorter than n into one shingle, and ignore one-syllable sentences', () => {
    expect(shingleSet('Không có.').length).toBe(1);
    expect(shingleSet('Tốt.').length).toBe(0);
  });
});

describe('weighted similarity', () => {
  it('gives a shared stock shingle no weight and rare ones full weight', () => {
    // ids 0..3; id 0 is used by every person (stock), the others by one.
    const w = shingleWeights(Uint32Array.from([100, 1, 1, 1]), 100, { stockShare: 0.3, stockMinPersons: 5 });
    expect(w[0]).toBe(0);
    expect(w[1]).toBeCloseTo(Math.log(101), 5);
    expect(weightedSimilarity('jaccard', Uint32Array.from([0, 1]), Uint32Array.from([0, 2]), w)).toBe(0);
    expect(weightedSimilarity('jaccard', Uint32Array.from([0, 1, 2]), Uint32Array.from([0, 1, 3]), w)).toBeCloseTo(1 / 3, 5);
    expect(weightedSimilarity('containment', Uint32Array.from([1, 2]), Uint32Array.from([1, 2, 3]), w)).toBeCloseTo(1, 5);
    // Nothing but stock phrasing: nothing to compare.
    expect(weightedSimilarity('jaccard', Uint32Array.from([0]), Uint32Array.from([0]), w)).toBe(0);
  });
});

describe('MinHash + LSH', () => {
  const randomSet = (r: () => number, size: number) => toSortedSet(Array.from({ length: size }, () => Math.floor(r() * 2 ** 32)));

  it('agrees on a share of signature values close to the Jaccard similarity', () => {
    const r = rng(1);
    const common = Array.from(randomSet(r, 300));
    const a = toSortedSet([...common, ...randomSet(r, 100)]);
    const b = toSortedSet([...common, ...randomSet(r, 100)]);
    // J = 300 / 500 = 0.6
    const k = 512;
    const sa = minhashSignature(a, k, 42) as Uint32Array;
    const sb = minhashSignature(b, k, 42) as Uint32Array;
    let agree = 0;
    for (let i = 0; i < k; i++) if (sa[i] === sb[i]) agree++;
    expect(agree / k).toBeGreaterThan(0.52);
    expect(agree / k).toBeLessThan(0.68);
    expect(minhashSignature(new Uint32Array(0), k, 42)).toBeNull();
  });

  it('finds nearly every planted pair above J = 0.5 among many unrelated sets', () => {
    const r = rng(2);
    const sets: Uint32Array[] = [];
    const planted: [number, number, number][] = [];
    for (let i = 0; i < 300; i++) sets.push(randomSet(r, 80 + Math.floor(r() * 200)));
    // 100 planted pairs with Jaccard from 0.5 to 0.95.
    for (let p = 0; p < 100; p++) {
      const base = sets[p];
      const j = 0.5 + 0.45 * (p / 99);
      // keep a share of base and add new values so that |A∩B| / |A∪B| = j
      const keep = Math.round((base.length * 2 * j) / (1 + j));
      const kept = Array.from(base).slice(0, keep);
      const copy = toSortedSet([...kept, ...randomSet(r, base.length - keep)]);
      planted.push([p, sets.length, j]);
      sets.push(copy);
    }
    const pairs = new Set(lshCandidatePairs(sets, { bands: 42, rows: 3 }).map(([a, b]) => `${a}-${b}`));
    const found = planted.filter(([a, b]) => pairs.has(`${a}-${b}`)).length;
    // Expected recall over J in [0.5, 0.95] is above 0.99.
    expect(lshCatchProbability(0.5, { bands: 42, rows: 3 })).toBeGreaterThan(0.99);
    expect(found).toBeGreaterThanOrEqual(97);
    // Unrelated random sets (J ≈ 0) are almost never candidates: LSH prunes the 80,000 pairs.
    expect(pairs.size).toBeLessThan(300);
  });
});

describe('word diff', () => {
  it('returns same/added/removed spans on NFC text, also from NFD input', () => {
    const before = 'Tôi đã hoàn thành 12 hồ sơ năm 2022.';
    const after = 'Tôi đã hoàn thành 15 hồ sơ năm 2023.'.normalize('NFD');
    const spans = diffReviewWords(before, after);
    expect(spans.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual(['12', '2022']);
    expect(spans.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['15', '2023']);
    expect(spans.filter((s) => s.kind === 'same').map((s) => s.text).join('')).toContain('hoàn thành');
    const { before: left, after: right } = sideBySide(spans);
    expect(left.map((s) => s.text).join('')).toBe(before);
    expect(right.map((s) => s.text).join('')).toBe(after.normalize('NFC'));
    // "Tôiđãhoànthành15hồsơnăm2023." has 28 characters; "15" and "2023" (6 of them) changed.
    expect(unchangedShare(spans)).toBeCloseTo(22 / 28, 5);
    expect(unchangedShare(diffReviewWords(before, before.normalize('NFD')))).toBe(1);
  });
});

describe('sentence overlap', () => {
  it('counts identical and nearly identical sentences', () => {
    const a = 'I. Ưu điểm\nTôi đã chủ trì 12 cuộc họp về đất đai tại thôn Đông. Thu 300 triệu đồng ủng hộ quỹ vì người nghèo. Tham gia tập huấn chuyển đổi số.';
    const b = 'I. Ưu điểm\nTôi đã chủ trì 12 cuộc họp về đất đai tại thôn Đông. Thu 350 triệu đồng ủng hộ quỹ vì người nghèo. Kiểm tra an toàn thực phẩm.';
    expect(sentenceOverlap(a, b)).toEqual({ sentences: 3, identical: 1, near: 1 });
  });
});

describe('sortU32', () => {
  it('sorts like a numeric sort, small and large, with duplicates and extremes', () => {
    const r = rng(5);
    for (const n of [0, 1, 7, 33, 100, 300, 5000, 200_000]) {
      const a = Uint32Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 0xffffffff : i % 7 === 0 ? 0 : Math.floor(r() * 2 ** 32)));
      const expected = Array.from(a).sort((x, y) => x - y);
      expect(Array.from(sortU32(a))).toEqual(expected);
    }
  });

  it('sorts values that are not spread like hashes (small ids, descending)', () => {
    const a = Uint32Array.from({ length: 3000 }, (_, i) => 3000 - i);
    expect(Array.from(sortU32(a))).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
  });
});
