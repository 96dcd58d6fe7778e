/**
 * Version 2 of the data contract as the generator writes it (the default): the July 2025
 * reorganisation in units.csv and unit_changes.csv, ratings made in the tree of their year,
 * not-rated rows, membership dates that agree with the rows, the civil-servant track and
 * administrative discipline, and planted cases of the two checks version 2 adds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCsvFiles, generateDataset } from '../../../src/lib/generate';
import { readCsv, type CsvRow } from './demo';

const V2 = { scale: 'demo', seed: 1 } as const;

describe('generator: version 2 of the data contract (demo, seed 1)', () => {
  let files: Record<string, string>;
  let units: CsvRow[], changes: CsvRow[], people: CsvRow[], ratings: CsvRow[], disciplines: CsvRow[], truth: CsvRow[];
  beforeAll(() => {
    files = generateCsvFiles(V2);
    [units, changes, people, ratings, disciplines, truth] = ['units', 'unit_changes', 'people', 'ratings', 'disciplines', 'truth'].map((t) => readCsv(files[`${t}.csv`]).rows);
  });

  it('is the default, and the same seed gives the same bytes', () => {
    const again = generateCsvFiles({ ...V2, format: 2 });
    for (const name of Object.keys(files)) expect(again[name] === files[name], name).toBe(true);
    expect(readCsv(files['units.csv']).header).toEqual(['unit_id', 'name', 'parent_id', 'kind', 'valid_from', 'valid_to']);
    expect(readCsv(files['ratings.csv']).header.slice(-2)).toEqual(['not_rated', 'note']);
  });

  it('dissolves the district committee on 2025-06-30, its successor the province committee', () => {
    const district = units.filter((u) => u.unit_id === 'HU01');
    expect(district).toEqual([expect.objectContaining({ parent_id: 'TU', valid_to: '2025-06-30', valid_from: '' })]);
    expect(changes).toContainEqual(expect.objectContaining({ from_unit_id: 'HU01', to_unit_id: 'TU', kind: 'merge', effective_on: '2025-07-01' }));
    expect(ratings.some((r) => r.subject_type === 'unit' && r.subject_id === 'HU01' && r.year === '2025')).toBe(false);
    expect(ratings.some((r) => r.subject_type === 'unit' && r.subject_id === 'HU01' && r.year === '2024')).toBe(true);
  });

  it('merges communes into new ones from 2025-07-01: their cells move, the old communes end', () => {
    const merged = changes.filter((c) => c.kind === 'merge' && /-XA\d+$/.test(c.from_unit_id));
    expect(merged.length).toBeGreaterThanOrEqual(2);
    const successor = merged[0].to_unit_id;
    expect(units.filter((u) => u.unit_id === successor)).toEqual([expect.objectContaining({ valid_from: '2025-07-01', parent_id: 'TU', kind: 'co_so' })]);
    for (const c of merged) expect(units.find((u) => u.unit_id === c.from_unit_id)?.valid_to).toBe('2025-06-30');
    // A cell of a merged commune: two placements, the old one ending the day before the new one begins.
    const cell = changes.find((c) => c.kind === 'transfer' && c.from_unit_id.startsWith(`${merged[0].from_unit_id}-CB`))!;
    const placements = units.filter((u) => u.unit_id === cell.from_unit_id);
    expect(placements.map((p) => [p.parent_id, p.valid_from, p.valid_to])).toEqual([
      [merged[0].from_unit_id, '', '2025-06-30'],
      [successor, '2025-07-01', '']
    ]);
    expect(changes.every((c) => /\d+-QĐ\/TU$/.test(c.decision_no))).toBe(true);
    // Ratings of 2025 are made in the new units, none in the old ones; none in the new ones before.
    const rated = (id: string, year: string) => ratings.some((r) => r.subject_type === 'unit' && r.subject_id === id && r.year === year);
    expect(rated(successor, '2025') && !rated(successor, '2024') && rated(merged[0].from_unit_id, '2024') && !rated(merged[0].from_unit_id, '2025')).toBe(true);
  });

  it('writes not-rated rows without a level, with a canonical reason, and no review for them', () => {
    const notRated = ratings.filter((r) => r.not_rated);
    expect(notRated.length).toBeGreaterThan(5);
    for (const r of notRated) expect([r.level, r.self_level, r.score], r.subject_id).toEqual(['', '', '']);
    expect(new Set(notRated.map((r) => r.not_rated))).toEqual(new Set(['mien', 'om_dau', 'chua_du_thoi_gian'].filter((c) => notRated.some((r) => r.not_rated === c))));
    expect(notRated.some((r) => r.not_rated === 'mien')).toBe(true);
    const reviews = new Set(readCsv(files['reviews.csv']).rows.map((r) => `${r.person_id}|${r.year}`));
    expect(notRated.filter((r) => reviews.has(`${r.subject_id}|${r.year}`))).toEqual([]);
  });

  it('gives membership dates that agree with the rows', () => {
    const years = new Map<string, number[]>();
    for (const r of ratings) if (r.subject_type === 'person') years.set(r.subject_id, [...(years.get(r.subject_id) ?? []), Number(r.year)]);
    const bad = people.filter((p) => {
      const ys = years.get(p.person_id) ?? [];
      const joined = p.joined_on ? Number(p.joined_on.slice(0, 4)) : -Infinity;
      const left = p.left_on ? Number(p.left_on.slice(0, 4)) : Infinity;
      return ys.some((y) => y < joined || y >= left);
    });
    expect(bad).toEqual([]);
    expect(people.filter((p) => p.left_on).length).toBeGreaterThan(5);
    expect(people.filter((p) => !p.joined_on).length).toBeGreaterThan(0);
  });

  it('rates civil servants on their own track and records administrative discipline', () => {
    expect(ratings.filter((r) => r.track === 'civil_servant').length).toBeGreaterThan(300);
    const administrative = disciplines.filter((d) => d.system === 'chinh_quyen');
    expect(administrative.length).toBeGreaterThanOrEqual(4);
    expect(administrative.some((d) => d.form === 'ha_bac_luong' || d.form === 'Hạ bậc lương')).toBe(true);
  });

  it('rates no member HTXSNV above his or her own leader or civil-servant row, except the planted cases of #18', () => {
    const planted = new Set(truth.filter((t) => t.rule === 'track_mismatch').map((t) => `${t.subject_id}|${t.year}`));
    const rank: Record<string, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1 };
    const byKey = new Map<string, Record<string, number>>();
    for (const r of ratings) {
      if (r.subject_type !== 'person' || !rank[r.level]) continue;
      const key = `${r.subject_id}|${r.year}`;
      byKey.set(key, { ...byKey.get(key), [r.track || 'party_member']: rank[r.level] });
    }
    const mismatches = [...byKey].filter(([, t]) => t.party_member === 4 && ((t.leader ?? 4) < 4 || (t.civil_servant ?? 4) < 4)).map(([k]) => k);
    expect(mismatches.sort()).toEqual([...planted].sort());
    expect(planted.size).toBeGreaterThanOrEqual(3);
  });

  it('plants cases and hard negatives of every new semantics', () => {
    const data = generateDataset(V2);
    const count = (rules: string[], rule: string) => rules.filter((r) => r === rule).length;
    for (const rule of ['missing_rating', 'track_mismatch', 'unit_with_disciplined', 'disciplined_not_downgraded', 'quota_excellent_members']) {
      expect(count(truth.map((t) => t.rule), rule), rule).toBeGreaterThanOrEqual(2);
      expect(count(data.negatives.map((n) => n.rule), rule), rule).toBeGreaterThanOrEqual(1);
    }
    const keys = new Set(truth.map((t) => `${t.rule}|${t.year}|${t.subject_id}`));
    expect(data.negatives.filter((n) => keys.has(`${n.rule}|${n.year}|${n.subject_id}`))).toEqual([]);
  });
});
