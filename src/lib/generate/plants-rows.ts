/**
 * Planted cases that change one field of one background row, once levels, self-assessments, scores
 * and dates are drawn: a score below what the level needs (#13), a final level above the
 * self-assessment (#14), a decision after the deadline (#16) — each with hard negatives at the
 * boundaries. Changing these fields cannot trip another check (none reads them), so the rows are
 * taken from the background, each from a different person or unit.
 */
import type { DistrictContext } from './structure';
import { FIRST_YEAR, HTNV, HTTNV, HTXSNV, present, rowKey, YEAR_COUNT, type Person, type Unit, type World } from './model';
import { Planter } from './planter';

const yi = (year: number) => year - FIRST_YEAR;

class RowPicker {
  /** Units already given a row case. */
  private readonly used = new Set<Unit>();
  /** Heads of any unit, per year index. */
  private readonly heads: Set<Person>[];
  /** Persons of this district. */
  private readonly persons: Person[];

  constructor(private readonly world: World, private readonly ctx: DistrictContext, private readonly t: Planter) {
    this.heads = Array.from({ length: YEAR_COUNT }, () => new Set<Person>());
    for (const u of world.units) u.head.forEach((h, y) => h && this.heads[y].add(h));
    this.persons = world.persons.filter((p) => p.cell.district === ctx.index);
  }

  private inDistrict(u: Unit): boolean {
    return u.district === this.ctx.index && !u.planted;
  }

  /** A background member without a post, present in `year`, rated `level` (or any of `levels`). */
  member(year: number, levels: readonly number[]): Person | undefined {
    const y = yi(year);
    const candidates = this.persons.filter((p) => !p.planted && !p.posts && this.inDistrict(p.cell) && present(p, y) && levels.includes(p.pm[y]) && !this.heads[y].has(p));
    const p = candidates.length ? this.t.rng.pick(candidates) : undefined;
    if (p) p.planted = true;
    return p;
  }

  leader(year: number, levels: readonly number[]): Person | undefined {
    const y = yi(year);
    const candidates = this.persons.filter((p) => !p.planted && p.posts?.[y] && this.inDistrict(p.cell) && levels.includes(p.ld![y]));
    const p = candidates.length ? this.t.rng.pick(candidates) : undefined;
    if (p) p.planted = true;
    return p;
  }

  unit(year: number, kind: 'chi_bo' | 'co_so', levels: readonly number[]): Unit | undefined {
    const y = yi(year);
    for (const level of levels) {
      const candidates = this.world.units.filter((u) => u.kind === kind && this.inDistrict(u) && !this.used.has(u) && u.level[y] === level);
      if (candidates.length) {
        const u = this.t.rng.pick(candidates);
        this.used.add(u);
        return u;
      }
    }
    return undefined;
  }
}

const LEVEL_NAMES: Record<number, string> = { 4: 'HTXSNV', 3: 'HTTNV', 2: 'HTNV', 1: 'KHTNV' };

export function plantRowCases(world: World, ctx: DistrictContext, sets = 1): void {
  const t = new Planter(ctx, world, `rows-${ctx.index}`);
  const pick = new RowPicker(world, ctx, t);
  for (let set = 0; set < sets; set++) plantRowSet(t, pick, world);
}

function plantRowSet(t: Planter, pick: RowPicker, world: World): void {
  const scored = yi(2025);

  // #13 score_level_mismatch (2025).
  const m13 = pick.member(2025, [HTTNV]);
  if (m13) {
    world.scoreOverrides.set(rowKey(m13.id, 'party_member', scored), 65);
    t.truth('score_level_mismatch', 2025, 'person', m13.id, 'party member HTTNV with score 65 (< 70)');
  }
  const u13 = pick.unit(2025, 'co_so', [HTXSNV, HTTNV]);
  if (u13) {
    const excellent = u13.level[scored] === HTXSNV;
    world.scoreOverrides.set(rowKey(u13.id, 'unit', scored), excellent ? 86 : 64);
    t.truth('score_level_mismatch', 2025, 'unit', u13.id, excellent ? 'unit HTXSNV with score 86 (< 90)' : 'unit HTTNV with score 64 (< 70)');
  }
  const l13 = pick.leader(2025, [HTXSNV, HTTNV]);
  if (l13) {
    const excellent = l13.ld![scored] === HTXSNV;
    world.scoreOverrides.set(rowKey(l13.id, 'leader', scored), excellent ? 88 : 66);
    t.truth('score_level_mismatch', 2025, 'person', l13.id, `leader row ${LEVEL_NAMES[l13.ld![scored]]} with score ${excellent ? 88 : 66}`);
  }
  const boundaries: [number, number, string][] = [
    [HTXSNV, 90, 'HTXSNV with score exactly 90'],
    [HTTNV, 70, 'HTTNV with score exactly 70'],
    [HTTNV, 95, 'HTTNV with score 95 (level below what the score allows)'],
    [HTNV, 50, 'HTNV with score exactly 50']
  ];
  for (const [level, score, note] of boundaries) {
    const p = pick.member(2025, [level]);
    if (!p) continue;
    world.scoreOverrides.set(rowKey(p.id, 'party_member', scored), score);
    t.negative('score_level_mismatch', 2025, 'person', p.id, note);
  }

  // #14 self_level_raised.
  const m14 = pick.member(2019, [HTTNV]);
  if (m14) {
    m14.pmSelf[yi(2019)] = HTNV;
    t.truth('self_level_raised', 2019, 'person', m14.id, 'party member proposed HTNV, rated HTTNV');
  }
  const c14 = pick.unit(2022, 'chi_bo', [HTTNV]);
  if (c14) {
    c14.selfLevel[yi(2022)] = HTNV;
    t.truth('self_level_raised', 2022, 'unit', c14.id, 'chi bộ proposed HTNV, rated HTTNV');
  }
  const l14 = pick.leader(2024, [HTTNV]);
  if (l14) {
    l14.ldSelf![yi(2024)] = HTNV;
    if (l14.pmSelf[yi(2024)] && l14.pmSelf[yi(2024)] < l14.pm[yi(2024)]) l14.pmSelf[yi(2024)] = l14.pm[yi(2024)];
    t.truth('self_level_raised', 2024, 'person', l14.id, 'leader row proposed HTNV, rated HTTNV');
  }
  const o14 = pick.unit(2020, 'co_so', [HTXSNV, HTTNV]);
  if (o14) {
    const level = o14.level[yi(2020)];
    o14.selfLevel[yi(2020)] = level - 1;
    t.truth('self_level_raised', 2020, 'unit', o14.id, `grassroots organisation proposed ${LEVEL_NAMES[level - 1]}, rated ${LEVEL_NAMES[level]}`);
  }

  // #16 late_rating: ratings decided after their deadline (flagged) and on it, or between the two
  // deadlines for a grassroots row (not flagged); each picked in this order, dated mmdd.
  const any = [HTXSNV, HTTNV, HTNV];
  const LATE: { who: 'member' | 'leader' | 'chi_bo' | 'co_so'; year: number; mmdd: number; flagged: boolean; note: string }[] = [
    { who: 'member', year: 2020, mmdd: 1208, flagged: true, note: 'party-member rating decided 2020-12-08 (grassroots deadline 12-05)' },
    { who: 'chi_bo', year: 2021, mmdd: 1207, flagged: true, note: 'chi bộ rating decided 2021-12-07 (grassroots deadline 12-05)' },
    { who: 'co_so', year: 2023, mmdd: 1223, flagged: true, note: 'grassroots organisation rating decided 2023-12-23 (district deadline 12-20)' },
    { who: 'leader', year: 2024, mmdd: 1221, flagged: true, note: 'leader rating decided 2024-12-21 (district deadline 12-20)' },
    { who: 'member', year: 2022, mmdd: 1205, flagged: false, note: 'party-member rating decided on the deadline 2022-12-05' },
    { who: 'co_so', year: 2022, mmdd: 1220, flagged: false, note: 'grassroots organisation rating decided on the district deadline 2022-12-20' },
    { who: 'leader', year: 2023, mmdd: 1215, flagged: false, note: 'leader row decided 2023-12-15: after the grassroots deadline, before the district one' }
  ];
  for (const c of LATE) {
    let subject: { type: 'person' | 'unit'; id: string } | undefined;
    if (c.who === 'chi_bo' || c.who === 'co_so') {
      const u = pick.unit(c.year, c.who, any);
      if (u) u.decided[yi(c.year)] = c.mmdd;
      subject = u && { type: 'unit', id: u.id };
    } else {
      const p = c.who === 'member' ? pick.member(c.year, any) : pick.leader(c.year, any);
      if (p) world.dateOverrides.set(rowKey(p.id, c.who === 'member' ? 'party_member' : 'leader', yi(c.year)), c.mmdd);
      subject = p && { type: 'person', id: p.id };
    }
    if (subject && c.flagged) t.truth('late_rating', c.year, subject.type, subject.id, c.note);
    else if (subject) t.negative('late_rating', c.year, subject.type, subject.id, c.note);
  }
}
