/**
 * Low-level construction of the world: units, members of a cell (with members joining and leaving
 * over the years), leader posts and heads by term. structure.ts and plants.ts describe *what* to
 * build with these.
 */
import type { UnitKind } from '../data/schema';
import { newUnit, YEAR_COUNT, type Domain, type LeaderPost, type Person, type Unit, type World } from './model';
import { personName } from './names';
import { drawNewMember, drawRole, type RoleDraw } from './roles';
import { rngFor, type Rng } from './rng';

/** Party terms by year index: 2018–2019, 2020–2024 (đại hội 2020), 2025 (đại hội 2025). */
export const TERMS: readonly (readonly [number, number])[] = [[0, 1], [2, 6], [7, 7]];

export interface PostDef {
  group: string;
  title: string;
  collective: Unit;
  /** Cell the holder is a party member of. */
  home: Unit;
  /** Units this post heads (người đứng đầu). */
  heads: Unit[];
}

export class WorldBuilder {
  readonly world: World;
  private personSeq = 0;

  constructor(readonly seed: number, format: 1 | 2 = 1) {
    this.world = {
      seed,
      format,
      unitChanges: [],
      grassrootsByYear: null,
      intendedTrackMismatch: new Set(),
      roots: [],
      units: [],
      persons: [],
      grassroots: [],
      disciplines: [],
      truth: [],
      negatives: [],
      intendedMemberQuota: new Set(),
      intendedUnitQuota: new Set(),
      intendedLeaderQuota: new Set(),
      intendedCriteria: new Set(),
      dateOverrides: new Map(),
      scoreOverrides: new Map(),
      reviewPlants: new Map()
    };
  }

  unit(init: { id: string; name: string; kind: UnitKind; domain: Domain; parent: Unit | null; place: string; district: number }): Unit {
    const u = newUnit(init);
    this.world.units.push(u);
    if (!init.parent) this.world.roots.push(u);
    return u;
  }

  person(cell: Unit, draw: RoleDraw, from: number, to: number, permanent: boolean, name?: string): Person {
    const rng = rngFor(this.seed, 'person', this.personSeq);
    const p: Person = {
      index: this.world.persons.length,
      id: `DV${String(++this.personSeq).padStart(7, '0')}`,
      name: name ?? personName(rng, draw.gender),
      gender: draw.gender,
      birthYear: draw.birthYear,
      cell,
      from,
      to,
      permanent,
      role: draw.role,
      job: draw.job,
      pm: new Int8Array(YEAR_COUNT),
      pmPin: new Int8Array(YEAR_COUNT),
      pmSelf: new Int8Array(YEAR_COUNT),
      pmScore: NaN,
      posts: null,
      ld: null,
      ldPin: null,
      ldSelf: null,
      ldScore: NaN,
      planted: false,
      disciplinedYears: 0
    };
    cell.members.push(p);
    this.world.persons.push(p);
    return p;
  }

  /**
   * The members of a cell: `n` at the start; unless `fixed`, some leave over the years (moved away,
   * died) and new members are admitted. At least 60% (and 3) stay all eight years.
   */
  populate(cell: Unit, n: number, where: string, fixed = false): Person[] {
    const rng = rngFor(this.seed, 'populate', cell.id);
    const out: Person[] = [];
    const permanentCount = fixed ? n : Math.max(3, Math.ceil(n * 0.6));
    const leaveRate = cell.domain === 'thon' || cell.domain === 'to_dan_pho' ? 0.035 : 0.025;
    for (let i = 0; i < n; i++) {
      const permanent = i < permanentCount;
      let to = YEAR_COUNT - 1;
      if (!permanent) for (let yi = 0; yi < YEAR_COUNT - 1; yi++) if (rng.chance(leaveRate)) { to = yi; break; }
      out.push(this.person(cell, drawRole(rng, cell.domain, where), 0, to, permanent));
    }
    if (!fixed) {
      for (let yi = 1; yi < YEAR_COUNT; yi++) {
        const k = rng.binomial(n, 0.03);
        for (let j = 0; j < k; j++) out.push(this.person(cell, drawNewMember(rng, cell.domain, where, 2018 + yi), yi, YEAR_COUNT - 1, false));
      }
    }
    cell.fixedMembership = fixed;
    return out;
  }

  /**
   * Holders of leader posts, term by term: a holder keeps the post into the next term with
   * probability 0.65, else a new permanent member of the home cell takes it. Heads follow the posts.
   */
  assignPosts(defs: readonly PostDef[], rng: Rng, jobOf: (def: PostDef) => RoleDraw): void {
    const holderOf = new Map<PostDef, Person>();
    for (const [t0, t1] of TERMS) {
      const taken = new Set<Person>();
      for (const def of defs) {
        const prev = holderOf.get(def);
        let holder: Person;
        if (prev && rng.chance(0.65) && !taken.has(prev)) holder = prev;
        else holder = this.person(def.home, jobOf(def), 0, YEAR_COUNT - 1, true);
        taken.add(holder);
        holderOf.set(def, holder);
        holder.posts ??= new Array(YEAR_COUNT).fill(null);
        const post: LeaderPost = { group: def.group, collective: def.collective, title: def.title };
        for (let yi = t0; yi <= t1; yi++) {
          holder.posts[yi] = post;
          for (const u of def.heads) u.head[yi] = holder;
        }
      }
    }
    for (const def of defs) for (const u of def.heads) u.head.forEach((h, yi) => { if (!h) throw new Error(`no head for ${u.id} in ${2018 + yi}`); });
  }

  /**
   * Heads of a unit without a post of its own, by term, among permanent members of `pool` who
   * hold no post that term; a head stays for the next term with probability `stay`.
   */
  chooseHeads(unit: Unit, pool: readonly Person[], rng: Rng, stay = 0.6): void {
    let prev: Person | null = null;
    for (const [t0, t1] of TERMS) {
      const eligible = pool.filter((p) => p.permanent && p.from === 0 && p.to === YEAR_COUNT - 1 && !holdsPost(p, t0, t1));
      if (!eligible.length) throw new Error(`no eligible head for ${unit.id}`);
      const head: Person = prev && eligible.includes(prev) && rng.chance(stay) ? prev : rng.pick(eligible);
      for (let yi = t0; yi <= t1; yi++) unit.head[yi] = head;
      prev = head;
    }
  }
}

export function holdsPost(p: Person, t0: number, t1: number): boolean {
  if (!p.posts) return false;
  for (let yi = t0; yi <= t1; yi++) if (p.posts[yi]) return true;
  return false;
}

/** Every unit at or below `u` that has members (the cells of a grassroots organisation). */
export function cellsBelow(u: Unit): Unit[] {
  const out: Unit[] = [];
  const walk = (x: Unit) => {
    if (x.members.length) out.push(x);
    for (const c of x.children) walk(c);
  };
  walk(u);
  return out;
}
