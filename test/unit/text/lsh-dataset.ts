/**
 * One grassroots organisation of 80 members in one year, larger than the colleague rule's all-pairs
 * limit (50), so its copy search goes through LSH; 20 planted pairs share about a third of their
 * substance (weighted Jaccard just above 0.3): copies that the fixed 42 × 3 bands found with p ≈ 0.7
 * each, so all 20 only rarely.
 */
import type { CanonicalRow } from '../../../src/lib/data/values';
import { honestParts, renderReview } from './review-fixtures';
import type { TextDataset } from './text-dataset';

export const LSH_YEAR = 2023;
const MEMBERS = 80;
export const PLANTED_PAIRS = 20;
const pid = (i: number) => `M${String(i).padStart(2, '0')}`;
const cellOf = (i: number) => `C${1 + (i % 4)}`;

/** Persons 1..40 form the pairs (1, 2), (3, 4), …; the second writes part of the first's tasks. */
export const plantedPairs = (): [string, string][] => Array.from({ length: PLANTED_PAIRS }, (_, k) => [pid(2 * k + 1), pid(2 * k + 2)]);

/**
 * How many of the first member's tasks the second of each pair copies (the rest are the second's
 * own): the fewest that bring the pair's weighted Jaccard to 0.30 or just above (0.30–0.37; the test
 * checks it).
 */
export const COPIED_TASKS = [6, 6, 5, 6, 6, 6, 6, 5, 6, 6, 6, 5, 7, 7, 8, 5, 6, 6, 6, 7];

export function lshDataset(copied: readonly number[] = COPIED_TASKS): TextDataset {
  const units: CanonicalRow[] = [
    { unit_id: 'H', name: 'Huyện ủy Gia Lâm', parent_id: null, kind: 'cap_tren' },
    { unit_id: 'G', name: 'Đảng bộ xã Đa Tốn', parent_id: 'H', kind: 'co_so' },
    ...[1, 2, 3, 4].map((c) => ({ unit_id: `C${c}`, name: `Chi bộ thôn ${c}`, parent_id: 'G', kind: 'chi_bo' }))
  ];
  const people: CanonicalRow[] = [];
  const ratings: CanonicalRow[] = [];
  const reviews: CanonicalRow[] = [];
  const parts = (i: number) => honestParts(7000 + i, `Đảng viên ${pid(i)}`, LSH_YEAR, `Chi bộ thôn ${cellOf(i)}`);
  for (let i = 1; i <= MEMBERS; i++) {
    people.push({ person_id: pid(i), full_name: `Đảng viên ${pid(i)}`, birth_year: 1970 + (i % 25), gender: i % 2 ? 'nam' : 'nu' });
    ratings.push({ year: LSH_YEAR, subject_type: 'person', subject_id: pid(i), unit_id: cellOf(i), track: 'party_member', level: 'HTTNV', rank: 3 });
    const own = parts(i);
    const original = i <= 2 * PLANTED_PAIRS && i % 2 === 0 ? parts(i - 1) : null;
    const k = copied[i / 2 - 1];
    const p = original ? { ...own, tasks: [...original.tasks.slice(0, k), ...own.tasks.slice(k)] } : own;
    reviews.push({ person_id: pid(i), year: LSH_YEAR, text: renderReview(p) });
  }
  return { units, people, ratings, reviews };
}
