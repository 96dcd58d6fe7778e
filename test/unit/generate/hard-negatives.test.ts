/**
 * The hard negatives the brief names are in the demo data as facts, read from the loaded tables
 * (not from the generator's own notes): the boundary configurations the checks must leave alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRow } from '../../../src/lib/data';
import { generateDataset, type NegativeCase } from '../../../src/lib/generate';
import { DEMO, demoFiles, demoParsed, readCsv } from './demo';

type Row = CanonicalRow;

describe('generator: hard negatives present in the demo data', () => {
  let units: Row[];
  let ratings: Row[];
  let disciplines: Row[];
  let truthKeys: Set<string>;
  let negatives: NegativeCase[];
  const unitOf = new Map<string, Row>();

  beforeAll(async () => {
    const files = demoFiles();
    const parsed = await demoParsed(files);
    units = parsed.tables.units!;
    ratings = parsed.tables.ratings!;
    disciplines = parsed.tables.disciplines!;
    for (const u of units) unitOf.set(u.unit_id as string, u);
    truthKeys = new Set(readCsv(files['truth.csv']).rows.map((t) => `${t.rule}|${t.year}|${t.subject_id}`));
    negatives = generateDataset(DEMO).negatives;
  });

  /** Party-member level counts per (co_so, year). */
  function grassrootsCounts(): Map<string, Record<string, number>> {
    const out = new Map<string, Record<string, number>>();
    for (const r of ratings) {
      if (r.subject_type !== 'person' || r.track !== 'party_member') continue;
      let u = unitOf.get(r.unit_id as string);
      while (u && u.kind !== 'co_so') u = unitOf.get(u.parent_id as string);
      const k = `${u!.unit_id}|${r.year}`;
      const c = out.get(k) ?? {};
      c[r.level as string] = (c[r.level as string] ?? 0) + 1;
      out.set(k, c);
    }
    return out;
  }

  it("seed 002's cell: 19 members, 4 HTXSNV and 15 HTTNV (26.7%), in the truth", () => {
    const hits = [...grassrootsCounts()].filter(([, c]) => c.HTXSNV === 4 && c.HTTNV === 15 && Object.values(c).reduce((a, b) => a + b) === 19);
    expect(hits.length).toBeGreaterThanOrEqual(1);
    const [unitId, year] = hits[0][0].split('|');
    expect(truthKeys.has(`quota_excellent_members|${year}|${unitId}`)).toBe(true);
  });

  it('exactly 20%: 3 HTXSNV against 15 HTTNV, not in the truth', () => {
    const hits = [...grassrootsCounts()].filter(([, c]) => c.HTXSNV === 3 && c.HTTNV === 15);
    expect(hits.length).toBeGreaterThanOrEqual(1);
    for (const [k] of hits) expect(truthKeys.has(`quota_excellent_members|${k.split('|')[1]}|${k.split('|')[0]}`)).toBe(false);
  });

  it('a self-detected discipline in 2021 is flagged, one in 2024 is not', () => {
    const self = disciplines.filter((d) => d.self_detected === true && d.subject_type === 'person');
    const in2021 = self.filter((d) => String(d.decided_on).startsWith('2021'));
    const in2024 = self.filter((d) => String(d.decided_on).startsWith('2024'));
    expect(in2021.some((d) => truthKeys.has(`disciplined_not_downgraded|2021|${d.subject_id}`))).toBe(true);
    const rated2024 = in2024.filter((d) => ratings.some((r) => r.subject_id === d.subject_id && r.year === 2024 && r.track === 'party_member' && (r.rank as number) > 1));
    expect(rated2024.length).toBeGreaterThanOrEqual(1);
    for (const d of rated2024) expect(truthKeys.has(`disciplined_not_downgraded|2024|${d.subject_id}`)).toBe(false);
  });

  it('a violation period that misses the rated year', () => {
    const misses = disciplines.filter((d) => {
      const from = d.violation_from as number;
      return d.subject_type === 'person' && from < Number(String(d.decided_on).slice(0, 4)) &&
        ratings.some((r) => r.subject_id === d.subject_id && r.track === 'party_member' && (r.year as number) < from && (r.rank as number) >= 3);
    });
    expect(misses.length).toBeGreaterThanOrEqual(1);
    for (const d of misses)
      for (const r of ratings.filter((r) => r.subject_id === d.subject_id && r.track === 'party_member' && (r.year as number) < (d.violation_from as number)))
        expect(truthKeys.has(`rated_high_then_disciplined|${r.year}|${d.subject_id}`)).toBe(false);
  });

  it('an excellent unit with exactly 80% of its components good or better, not in the truth', () => {
    const byParentYear = new Map<string, number[]>();
    for (const r of ratings) if (r.subject_type === 'unit') {
      const parent = unitOf.get(r.subject_id as string)!.parent_id as string | null;
      if (parent) (byParentYear.get(`${parent}|${r.year}`) ?? byParentYear.set(`${parent}|${r.year}`, []).get(`${parent}|${r.year}`)!).push(r.rank as number);
    }
    const exact = ratings.filter((r) => {
      if (r.subject_type !== 'unit' || r.rank !== 4) return false;
      const comps = byParentYear.get(`${r.subject_id}|${r.year}`);
      return comps && comps.every((x) => x >= 2) && 5 * comps.filter((x) => x >= 3).length === 4 * comps.length;
    });
    expect(exact.length).toBeGreaterThanOrEqual(1);
    for (const r of exact) expect(truthKeys.has(`excellent_unit_criteria|${r.year}|${r.subject_id}`)).toBe(false);
  });

  it('KHTNV in two non-consecutive years, not in the truth', () => {
    const years = new Map<string, number[]>();
    for (const r of ratings) if (r.track === 'party_member' && r.rank === 1) (years.get(r.subject_id as string) ?? years.set(r.subject_id as string, []).get(r.subject_id as string)!).push(r.year as number);
    const gapped = [...years].filter(([, ys]) => ys.length >= 2 && ys.every((y, i) => i === 0 || y - ys[i - 1] > 1));
    expect(gapped.length).toBeGreaterThanOrEqual(1);
    for (const [id, ys] of gapped) for (const y of ys) expect(truthKeys.has(`not_completed_twice|${y}|${id}`)).toBe(false);
  });

  it('head equal to the collective, and the copy, weakness and score boundaries, are listed as negatives', () => {
    const rules = new Set(negatives.map((n) => n.rule));
    for (const r of ['head_above_collective', 'review_copied_colleague', 'repeated_weaknesses', 'score_level_mismatch', 'late_rating', 'quota_excellent_leaders', 'unit_with_disciplined'])
      expect(rules.has(r as NegativeCase['rule']), r).toBe(true);
    const equal = negatives.find((n) => n.rule === 'head_above_collective' && n.case.includes('equal to the cell'))!;
    const head = ratings.find((r) => r.subject_id === equal.subject_id && r.year === equal.year && r.track === 'party_member')!;
    const unit = ratings.find((r) => r.subject_type === 'unit' && r.head_id === equal.subject_id && r.year === equal.year && r.rank === head.rank);
    expect(unit).toBeDefined();
  });
});
