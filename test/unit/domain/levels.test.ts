import { describe, expect, it } from 'vitest';
import { LEVELS, parseLevel, rankOf, levelOfRank } from '../../../src/lib/domain/levels';

const cases: [string, string][] = [
  ['HTXSNV', 'HTXSNV'], ['htxsnv', 'HTXSNV'], [' HTXSNV ', 'HTXSNV'],
  ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'], ['HOÀN THÀNH XUẤT SẮC NHIỆM VỤ', 'HTXSNV'],
  ['Xuất sắc', 'HTXSNV'], ['HT xuất sắc NV', 'HTXSNV'], ['Hoàn thành  xuất sắc   nhiệm vụ', 'HTXSNV'],
  ['HTTNV', 'HTTNV'], ['Hoàn thành tốt nhiệm vụ', 'HTTNV'], ['Tốt', 'HTTNV'], ['HT tốt NV', 'HTTNV'],
  ['HTNV', 'HTNV'], ['Hoàn thành nhiệm vụ', 'HTNV'], ['Hoàn thành', 'HTNV'],
  ['KHTNV', 'KHTNV'], ['Không hoàn thành nhiệm vụ', 'KHTNV'], ['không hoàn thành', 'KHTNV'],
  ['excellent', 'HTXSNV'], ['good', 'HTTNV'], ['completed', 'HTNV'], ['not completed', 'KHTNV']
];

describe('parseLevel', () => {
  it.each(cases)('maps %j to %s', (raw, code) => {
    expect(parseLevel(raw)).toEqual({ ok: true, value: code });
  });

  it('maps NFD text like NFC text', () => {
    for (const [raw, code] of cases) expect(parseLevel(raw.normalize('NFD'))).toEqual({ ok: true, value: code });
  });

  it('does not confuse "không hoàn thành" with "hoàn thành"', () => {
    expect(parseLevel('Không hoàn thành nhiệm vụ')).toEqual({ ok: true, value: 'KHTNV' });
    expect(parseLevel('Hoàn thành nhiệm vụ')).toEqual({ ok: true, value: 'HTNV' });
  });

  it.each([[''], ['   '], ['Khá'], ['HTXS NV 2023'], ['4']])('refuses %j with a message', (raw) => {
    const r = parseLevel(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/mức xếp loại/);
  });
});

describe('ranks', () => {
  it('orders the four levels', () => {
    expect([rankOf('HTXSNV'), rankOf('HTTNV'), rankOf('HTNV'), rankOf('KHTNV')]).toEqual([4, 3, 2, 1]);
    expect(levelOfRank(3)).toBe('HTTNV');
    expect(LEVELS.HTXSNV.vi).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });
});
