/**
 * The tools planted cases are written with: fix a level (pin), fix the level counts of a cell, record
 * a discipline decision, and write down what the checks must (truth) or must not (negatives) say.
 * Pins refuse to contradict each other, so two cases cannot silently overwrite one another.
 */
import type { DistrictContext } from './structure';
import { FIRST_YEAR, HTNV, HTTNV, HTXSNV, KHTNV, present, quotaKey, YEAR_COUNT, type Discipline, type Person, type SubjectType, type TruthRule, type Unit, type World } from './model';
import { rngFor, type Rng } from './rng';

export type LevelCounts = Partial<Record<1 | 2 | 3 | 4, number>>;

const yearIndex = (year: number) => year - FIRST_YEAR;

export class Planter {
  readonly world: World;
  readonly rng: Rng;
  /** Set while planting not_completed_twice, the only case that wants KHTNV in consecutive years. */
  allowConsecutiveKhtnv = false;

  constructor(readonly ctx: DistrictContext | null, world: World, label: string) {
    this.world = world;
    this.rng = rngFor(world.seed, 'plant', label);
  }

  truth(rule: TruthRule, year: number, subjectType: SubjectType, subjectId: string, note: string): void {
    this.world.truth.push({ rule, year, subject_type: subjectType, subject_id: subjectId, case: note });
  }

  negative(rule: TruthRule, year: number, subjectType: SubjectType, subjectId: string, note: string): void {
    this.world.negatives.push({ rule, year, subject_type: subjectType, subject_id: subjectId, case: note });
  }

  pinUnit(u: Unit, year: number, level: number): void {
    const yi = yearIndex(year);
    if (u.pin[yi] && u.pin[yi] !== level) throw new Error(`plant conflict: ${u.id} ${year} pinned ${u.pin[yi]} and ${level}`);
    u.pin[yi] = level;
  }

  pinMember(p: Person, year: number, level: number): void {
    const yi = yearIndex(year);
    if (!present(p, yi)) throw new Error(`plant: ${p.id} is not a member in ${year}`);
    if (p.pmPin[yi] && p.pmPin[yi] !== level) throw new Error(`plant conflict: ${p.id} ${year} pinned ${p.pmPin[yi]} and ${level}`);
    if (level === KHTNV && ((yi > 0 && p.pmPin[yi - 1] === KHTNV) || (yi < YEAR_COUNT - 1 && p.pmPin[yi + 1] === KHTNV)) && !this.allowConsecutiveKhtnv)
      throw new Error(`plant: ${p.id} would be KHTNV two years running in ${year}`);
    p.pmPin[yi] = level;
    p.planted = true;
  }

  pinLeader(p: Person, year: number, level: number): void {
    const yi = yearIndex(year);
    if (!p.posts?.[yi]) throw new Error(`plant: ${p.id} holds no leader post in ${year}`);
    p.ldPin ??= new Int8Array(YEAR_COUNT);
    if (p.ldPin[yi] && p.ldPin[yi] !== level) throw new Error(`plant conflict: leader ${p.id} ${year}`);
    p.ldPin[yi] = level;
    p.planted = true;
  }

  /** Version 2: fixes a civil-servant row (the person becomes a civil servant if not yet). */
  pinCivilServant(p: Person, year: number, level: number): void {
    const yi = yearIndex(year);
    if (!present(p, yi)) throw new Error(`plant: ${p.id} is not rated as a member in ${year}`);
    p.civilServant = true;
    p.csPin ??= new Int8Array(YEAR_COUNT);
    if (p.csPin[yi] && p.csPin[yi] !== level) throw new Error(`plant conflict: civil servant ${p.id} ${year}`);
    p.csPin[yi] = level;
    p.planted = true;
  }

  /**
   * Fixes the levels of every member present in `cells` in `year` to exactly these counts. Members
   * already pinned keep their level (and count); heads of units get HTTNV first, then HTNV, never
   * HTXSNV, so that the units they head need not move; KHTNV goes to a member not KHTNV next to
   * this year.
   */
  pinCounts(cells: readonly Unit[], year: number, counts: LevelCounts): Person[] {
    const yi = yearIndex(year);
    const members = cells.flatMap((c) => c.members.filter((p) => present(p, yi)));
    const left = { 1: counts[1] ?? 0, 2: counts[2] ?? 0, 3: counts[3] ?? 0, 4: counts[4] ?? 0 } as Record<1 | 2 | 3 | 4, number>;
    const total = left[1] + left[2] + left[3] + left[4];
    if (total !== members.length) throw new Error(`plant: ${cells.map((c) => c.id).join(',')} has ${members.length} members in ${year}, counts give ${total}`);
    const free: Person[] = [];
    for (const p of members) {
      const pin = p.pmPin[yi] as 1 | 2 | 3 | 4 | 0;
      if (pin) {
        if (--left[pin] < 0) throw new Error(`plant: counts of ${cells[0].id} ${year} contradict existing pins`);
      } else free.push(p);
    }
    const headSet = this.headsOf(yi);
    const isHead = (p: Person) => headSet.has(p) || !!p.posts?.[yi];
    const heads = free.filter(isHead);
    const others = this.rng.shuffled(free.filter((p) => !isHead(p)));
    for (const h of heads) {
      const level = left[3] > 0 ? HTTNV : left[2] > 0 ? HTNV : 0;
      if (!level) throw new Error(`plant: no HTTNV/HTNV left for head ${h.id} of ${cells[0].id} ${year}`);
      left[level as 2 | 3]--;
      this.pinMember(h, year, level);
    }
    const nextToKhtnv = (p: Person) => (yi > 0 && p.pmPin[yi - 1] === KHTNV) || (yi < YEAR_COUNT - 1 && p.pmPin[yi + 1] === KHTNV);
    others.sort((a, b) => Number(nextToKhtnv(a)) - Number(nextToKhtnv(b)));
    for (const level of [KHTNV, HTXSNV, HTNV, HTTNV] as const) {
      for (let k = 0; k < left[level]; k++) {
        const p = others.shift();
        if (!p) throw new Error(`plant: not enough members in ${cells[0].id} ${year}`);
        this.pinMember(p, year, level);
      }
    }
    return members;
  }

  private headCache: { units: number; heads: Set<Person>[] } | null = null;

  /** Heads of any unit in year index yi (recomputed when units were added since). */
  private headsOf(yi: number): Set<Person> {
    if (!this.headCache || this.headCache.units !== this.world.units.length) {
      const heads = Array.from({ length: YEAR_COUNT }, () => new Set<Person>());
      for (const u of this.world.units) u.head.forEach((h, y) => h && heads[y].add(h));
      this.headCache = { units: this.world.units.length, heads };
    }
    return this.headCache.heads[yi];
  }

  /** Members of a cell present all years who head nothing and hold no post, not yet used by a plant. */
  ordinaryMembers(cell: Unit): Person[] {
    this.headsOf(0);
    const byYear = this.headCache!.heads;
    const isHead = (p: Person) => byYear.some((h) => h.has(p));
    return cell.members.filter((p) => p.permanent && p.from === 0 && p.to === YEAR_COUNT - 1 && !p.posts && !isHead(p) && !p.pmPin.some((x) => x));
  }

  discipline(d: Omit<Discipline, 'decisionNo'> & { decisionNo?: string }, person?: Person): Discipline {
    const year = Number(d.decided.slice(0, 4));
    const issuer = d.subjectType === 'unit' ? 'UBKTHU' : this.rng.pick(['ĐU', 'UBKTHU', 'UBKTĐU']);
    const full: Discipline = { ...d, decisionNo: d.decisionNo ?? `${this.rng.int(3, 95)}-QĐ/${issuer}` };
    this.world.disciplines.push(full);
    if (d.subjectType === 'person') {
      const p = person ?? this.world.persons.find((x) => x.id === d.subjectId);
      if (p) p.disciplinedYears |= 1 << yearIndex(year);
    }
    return full;
  }

  intendMemberQuota(u: Unit, year: number): void {
    this.world.intendedMemberQuota.add(quotaKey(u.id, yearIndex(year)));
  }

  intendUnitQuota(u: Unit, year: number): void {
    this.world.intendedUnitQuota.add(quotaKey(u.id, yearIndex(year)));
  }

  intendCriteria(u: Unit, year: number): void {
    this.world.intendedCriteria.add(quotaKey(u.id, yearIndex(year)));
  }

  intendLeaderQuota(group: string, year: number): void {
    this.world.intendedLeaderQuota.add(quotaKey(group, yearIndex(year)));
  }

  /** A date of `year` as YYYY-MM-DD. */
  date(year: number, month: number, day: number): string {
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
}

export { HTNV, HTTNV, HTXSNV, KHTNV };
