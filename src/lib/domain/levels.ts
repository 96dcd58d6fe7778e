/**
 * The four quality levels (docs/data-format.md "Accepted value spellings") and the one function that maps every real
 * spelling of a level to its code.
 */
import type { Label } from './label';

export const LEVEL_CODES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type LevelCode = (typeof LEVEL_CODES)[number];

export interface LevelInfo extends Label {
  code: LevelCode;
  rank: 1 | 2 | 3 | 4;
  short: string;
}

export const LEVELS: Record<LevelCode, LevelInfo> = {
  HTXSNV: { code: 'HTXSNV', rank: 4, vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'excellent', short: 'Xuất sắc' },
  HTTNV: { code: 'HTTNV', rank: 3, vi: 'Hoàn thành tốt nhiệm vụ', en: 'good', short: 'Tốt' },
  HTNV: { code: 'HTNV', rank: 2, vi: 'Hoàn thành nhiệm vụ', en: 'completed', short: 'Hoàn thành' },
  KHTNV: { code: 'KHTNV', rank: 1, vi: 'Không hoàn thành nhiệm vụ', en: 'not completed', short: 'Không hoàn thành' }
};

export function rankOf(code: LevelCode): number {
  return LEVELS[code].rank;
}

export function levelOfRank(rank: number): LevelCode | undefined {
  return LEVEL_CODES.find((c) => LEVELS[c].rank === rank);
}

/** NFC, lower case, đ→d, accents stripped, punctuation to spaces, spaces folded. */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Each level's spellings, already folded. Order of matching matters: the longer names first,
// because "hoan thanh nhiem vu" is contained in the three others.
const SPELLINGS: [LevelCode, string[]][] = [
  ['KHTNV', ['khtnv', 'khong hoan thanh nhiem vu', 'khong hoan thanh', 'khong ht nv', 'khong htnv', 'not completed', 'kht', 'k ht nv']],
  ['HTXSNV', ['htxsnv', 'hoan thanh xuat sac nhiem vu', 'ht xuat sac nv', 'ht xuat sac nhiem vu', 'hoan thanh xuat sac', 'xuat sac', 'ht xs nv', 'htxs', 'excellent', 'xs']],
  ['HTTNV', ['httnv', 'hoan thanh tot nhiem vu', 'ht tot nv', 'ht tot nhiem vu', 'hoan thanh tot', 'tot', 'htt', 'good']],
  ['HTNV', ['htnv', 'hoan thanh nhiem vu', 'ht nv', 'hoan thanh', 'ht', 'completed']]
];

const LOOKUP = new Map<string, LevelCode>();
for (const [code, names] of SPELLINGS) for (const n of names) LOOKUP.set(n, code);

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Maps any spelling of a level ("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "Xuất sắc", NFD…) to its code. */
export function parseLevel(raw: string | null | undefined): ParseResult<LevelCode> {
  const text = (raw ?? '').trim();
  if (!text) return { ok: false, error: 'mức xếp loại trống (empty level)' };
  const folded = foldVietnamese(text);
  const hit = LOOKUP.get(folded) ?? LOOKUP.get(folded.replace(/ /g, ''));
  if (hit) return { ok: true, value: hit };
  return {
    ok: false,
    error: `không nhận ra mức xếp loại "${text}" (unknown level; expected HTXSNV, HTTNV, HTNV or KHTNV, or their Vietnamese names)`
  };
}
