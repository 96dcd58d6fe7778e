/**
 * Background levels, year by year, built so that no check fires unless a planted case makes it:
 * - units bottom-up: an excellent unit only where its components allow it (#8), at most 20% excellent
 *   among the children of one parent (#2); chi bộ now and then HTNV;
 * - heads never above the units they head (#4): a head's levels are capped by those units;
 * - members of each cell: mostly HTTNV, some HTXSNV, at least one HTNV in a cell of five or more (no
 *   identical levels, #15b) and at most 20% below HTTNV (shares close to peers, #15a); then at most
 *   20% excellent per grassroots organisation (#1);
 * - leader rows from the member's level, capped like the head's; at most 20% excellent per
 *   position group and year (#3).
 * Levels fixed by planted cases (pins) are kept; where a planted case breaches a quota on purpose
 * the quota is left alone (World.intended*). Anything else that cannot be met is a construction
 * error and throws: the truth file would be wrong otherwise.
 */
import { childrenIn, HTNV, HTTNV, HTXSNV, KHTNV, parentIn, present, quotaKey, ratedChildren, ratedIn, YEAR_COUNT, type Person, type Unit, type World } from './model';
import { rngFor, type Rng } from './rng';

/** Shares of the background draws. */
const SHARE = {
  excellentCell: 0.16,
  excellentUnit: 0.2,
  lowCell: 0.05,
  memberExcellent: 0.13,
  memberLow: 0.09,
  leaderBelowMember: 0.3
} as const;

/** Excellent over 20% of good: the quota test of docs/rules.md in integers (5·exc > good). */
export function breachesQuota(excellent: number, good: number): boolean {
  return 5 * excellent > good;
}

export function lowBudget(n: number): number {
  return Math.floor(n / 5);
}

/** Units each person heads in one year. */
function headedUnits(world: World, yi: number): Map<Person, Unit[]> {
  const m = new Map<Person, Unit[]>();
  for (const u of world.units) {
    const h = u.head[yi];
    if (!h || !ratedIn(u, yi)) continue;
    const list = m.get(h);
    if (list) list.push(u);
    else m.set(h, [u]);
  }
  return m;
}

/** The highest level a planted case gives the head of `u` (either track): the unit may not go below it. */
function headFloor(u: Unit, yi: number): number {
  const h = u.head[yi];
  if (!h) return 0;
  return Math.max(h.pmPin[yi], h.ldPin?.[yi] ?? 0);
}

/** The lowest pinned level among the units a person heads (4 when none). */
function pinnedCap(p: Person, headed: Map<Person, Unit[]>, yi: number): number {
  let cap = HTXSNV;
  for (const u of headed.get(p) ?? []) if (u.pin[yi]) cap = Math.min(cap, u.pin[yi]);
  return cap;
}

function presentMembers(u: Unit, yi: number): Person[] {
  return u.members.filter((p) => present(p, yi));
}

/**
 * The child units that are components of #8: version 1, every child; version 2, the child party
 * organisations only (leadership collectives are not components). Version 2 units with such
 * children have no members of their own in this generator, so the two kinds never mix.
 */
export function componentUnits(world: World, u: Unit, yi: number): Unit[] {
  return world.format === 1 ? u.children : ratedChildren(u, yi).filter((c) => c.kind !== 'tap_the');
}

/** Can `u` be rated HTXSNV without failing #8, given what is already fixed? */
function criteriaFeasible(world: World, u: Unit, yi: number, headed: Map<Person, Unit[]>): boolean {
  const children = componentUnits(world, u, yi);
  if (children.length) {
    let good = 0;
    for (const c of children) {
      if (c.level[yi] < HTNV) return false;
      if (c.level[yi] >= HTTNV) good++;
    }
    return 5 * good >= 4 * children.length;
  }
  const members = presentMembers(u, yi);
  if (!members.length) return true;
  let low = 0;
  for (const p of members) {
    const fixed = p.pmPin[yi] || pinnedCap(p, headed, yi);
    if (fixed === KHTNV) return false;
    if (fixed === HTNV) low++;
  }
  return low <= lowBudget(members.length);
}

/** A chi bộ may be HTNV (its head then HTNV too) only where that head fits the cell's low budget. */
function cellTakesLowHead(u: Unit, yi: number): boolean {
  const members = presentMembers(u, yi);
  const h = u.head[yi];
  if (members.length < 5 || !h || h.pmPin[yi] || h.ldPin?.[yi] || h.posts?.[yi]) return false;
  return !members.some((p) => p.pmPin[yi] && p.pmPin[yi] <= HTNV);
}

function drawUnit(world: World, u: Unit, yi: number, rng: Rng, headed: Map<Person, Unit[]>): number {
  const floor = headFloor(u, yi);
  const feasible = criteriaFeasible(world, u, yi, headed);
  let level: number = HTTNV;
  if (u.kind === 'chi_bo') {
    if (feasible && rng.chance(SHARE.excellentCell)) level = HTXSNV;
    else if (parentIn(u, yi)?.pin[yi] !== HTXSNV && floor <= HTNV && cellTakesLowHead(u, yi) && rng.chance(SHARE.lowCell)) level = HTNV;
  } else if (feasible && rng.chance(SHARE.excellentUnit)) level = HTXSNV;
  if (level < floor) {
    if (floor === HTXSNV && !feasible) throw new Error(`construction: ${u.id} ${2018 + yi} must be HTXSNV for its head but fails the criteria`);
    level = floor;
  }
  return level;
}

/**
 * The groups of children #2 compares: version 1, all children of a parent; version 2, children of
 * the same kind (leadership collectives apart from party organisations).
 */
function quotaGroups(world: World, u: Unit, yi: number): Unit[][] {
  if (world.format === 1) return u.children.length ? [u.children] : [];
  // By exact kind: within quota for each kind is within quota for party organisations taken together too.
  const children = ratedChildren(u, yi);
  return [...new Set(children.map((c) => c.kind))].map((kind) => children.filter((c) => c.kind === kind));
}

/** #2 among the children of `u`: lower free excellent children, then raise free HTNV ones. */
function fixUnitQuota(u: Unit, yi: number, rng: Rng, world: World): void {
  if (world.intendedUnitQuota.has(quotaKey(u.id, yi))) return;
  for (const group of quotaGroups(world, u, yi)) fixGroupQuota(u, group, yi, rng);
}

function fixGroupQuota(u: Unit, children: Unit[], yi: number, rng: Rng): void {
  for (;;) {
    const exc = children.filter((c) => c.level[yi] === HTXSNV);
    const good = children.filter((c) => c.level[yi] === HTTNV).length;
    if (!breachesQuota(exc.length, good)) return;
    const lowerable = exc.filter((c) => !c.pin[yi] && headFloor(c, yi) < HTXSNV);
    if (lowerable.length) {
      rng.pick(lowerable).level[yi] = HTTNV;
      continue;
    }
    const raisable = children.filter((c) => c.level[yi] === HTNV && !c.pin[yi]);
    if (raisable.length) {
      rng.pick(raisable).level[yi] = HTTNV;
      continue;
    }
    throw new Error(`construction: children of ${u.id} breach the unit quota in ${2018 + yi} and nothing is free to change`);
  }
}

function assignUnitTree(u: Unit, yi: number, rng: Rng, world: World, headed: Map<Person, Unit[]>): void {
  for (const c of world.format === 1 ? u.children : childrenIn(u, yi)) assignUnitTree(c, yi, rng, world, headed);
  fixUnitQuota(u, yi, rng, world);
  if (world.format === 1 || ratedIn(u, yi)) u.level[yi] = u.pin[yi] || drawUnit(world, u, yi, rng, headed);
}

/** Each person's cap this year: the lowest level of the units he or she heads. */
function headCaps(headed: Map<Person, Unit[]>, yi: number): Map<Person, number> {
  const caps = new Map<Person, number>();
  for (const [p, units] of headed) caps.set(p, Math.min(...units.map((u) => u.level[yi])));
  return caps;
}

function assignMembers(cell: Unit, yi: number, rng: Rng, caps: Map<Person, number>): void {
  const members = presentMembers(cell, yi);
  const n = members.length;
  if (!n) return;
  let low = 0;
  const free: Person[] = [];
  for (const p of members) {
    const cap = caps.get(p) ?? HTXSNV;
    if (p.pmPin[yi]) {
      p.pm[yi] = p.pmPin[yi];
      if (p.pm[yi] <= HTNV) low++;
    } else if (cap <= HTNV) {
      if (cap === KHTNV) throw new Error(`construction: ${p.id} heads a KHTNV unit in ${2018 + yi} without a planted level`);
      p.pm[yi] = cap;
      low++;
    } else free.push(p);
  }
  const target = Math.min(Math.max(rng.binomial(n, SHARE.memberLow), n >= 5 ? 1 : 0), lowBudget(n));
  let extraLow = Math.max(0, Math.min(target - low, free.length));
  let excellent = rng.binomial(n, SHARE.memberExcellent);
  for (const p of rng.shuffled(free)) {
    const cap = caps.get(p) ?? HTXSNV;
    if (extraLow > 0) {
      p.pm[yi] = HTNV;
      extraLow--;
    } else if (excellent > 0 && cap === HTXSNV) {
      p.pm[yi] = HTXSNV;
      excellent--;
    } else p.pm[yi] = HTTNV;
  }
}

/** #1 for one grassroots organisation: lower free excellent members until within 20%. */
function fixMemberQuota(g: { unit: Unit; cells: Unit[] }, yi: number, rng: Rng, world: World): void {
  if (world.intendedMemberQuota.has(quotaKey(g.unit.id, yi))) return;
  const members = g.cells.flatMap((c) => presentMembers(c, yi));
  const excellent = members.filter((p) => p.pm[yi] === HTXSNV);
  let good = members.filter((p) => p.pm[yi] === HTTNV).length;
  const lowerable = rng.shuffled(excellent.filter((p) => !p.pmPin[yi]));
  let exc = excellent.length;
  while (breachesQuota(exc, good)) {
    const p = lowerable.pop();
    if (!p) throw new Error(`construction: ${g.unit.id} breaches the member quota in ${2018 + yi} with only planted levels`);
    p.pm[yi] = HTTNV;
    exc--;
    good++;
  }
}

function assignLeaders(world: World, yi: number, rng: Rng, caps: Map<Person, number>): Map<string, Person[]> {
  const groups = new Map<string, Person[]>();
  for (const p of world.persons) {
    const post = p.posts?.[yi];
    if (!post) continue;
    p.ld ??= new Int8Array(YEAR_COUNT);
    const pin = p.ldPin?.[yi] ?? 0;
    if (pin) p.ld[yi] = pin;
    else {
      let level = p.pm[yi];
      if (level === HTXSNV && rng.chance(SHARE.leaderBelowMember)) level = HTTNV;
      p.ld[yi] = Math.min(level, caps.get(p) ?? HTXSNV);
    }
    const list = groups.get(post.group);
    if (list) list.push(p);
    else groups.set(post.group, [p]);
  }
  return groups;
}

/** #3 for every position group: lower free excellent leader rows until within 20%. */
function fixLeaderQuotas(groups: Map<string, Person[]>, yi: number, rng: Rng, world: World): void {
  for (const [group, leaders] of groups) {
    if (world.intendedLeaderQuota.has(quotaKey(group, yi))) continue;
    let exc = leaders.filter((p) => p.ld![yi] === HTXSNV).length;
    let good = leaders.filter((p) => p.ld![yi] === HTTNV).length;
    const lowerable = rng.shuffled(leaders.filter((p) => p.ld![yi] === HTXSNV && !p.ldPin?.[yi]));
    while (breachesQuota(exc, good)) {
      const p = lowerable.pop();
      if (!p) throw new Error(`construction: position group ${group} breaches the leader quota in ${2018 + yi} with only planted levels`);
      p.ld![yi] = HTTNV;
      exc--;
      good++;
    }
  }
}

/**
 * Guard: every excellent unit meets #8 once members are rated, unless planted to fail it. Unit
 * levels are drawn before member levels, so this catches a draw that assumed too much.
 */
function checkExcellentUnits(world: World, yi: number): void {
  for (const u of world.units) {
    if (u.level[yi] !== HTXSNV || world.intendedCriteria.has(quotaKey(u.id, yi))) continue;
    const children = componentUnits(world, u, yi);
    const levels = children.length ? children.map((c) => c.level[yi]) : presentMembers(u, yi).map((p) => p.pm[yi]);
    if (!levels.length) continue;
    const good = levels.filter((l) => l >= HTTNV).length;
    if (levels.some((l) => l < HTNV) || 5 * good < 4 * levels.length)
      throw new Error(`construction: ${u.id} is HTXSNV in ${2018 + yi} but its components fail the criteria`);
  }
}

export function assignLevels(world: World): void {
  for (let yi = 0; yi < YEAR_COUNT; yi++) {
    const rng = rngFor(world.seed, 'levels', 2018 + yi);
    const headed = headedUnits(world, yi);
    for (const root of world.roots) assignUnitTree(root, yi, rng, world, headed);
    const caps = headCaps(headed, yi);
    for (const u of world.units) if (u.members.length) assignMembers(u, yi, rng, caps);
    for (const g of world.grassrootsByYear?.[yi] ?? world.grassroots) fixMemberQuota(g, yi, rng, world);
    fixLeaderQuotas(assignLeaders(world, yi, rng, caps), yi, rng, world);
    if (world.format === 2) {
      assignCivilServants(world, yi);
      alignTracks(world, yi);
    }
    checkExcellentUnits(world, yi);
  }
}

/**
 * Version 2, the civil-servant track: the level as a civil servant follows the member's level,
 * now and then a step higher (excellent in the post, good as a member: allowed). Planted levels
 * are kept.
 */
function assignCivilServants(world: World, yi: number): void {
  const rng = rngFor(world.seed, 'civil-servants', yi);
  for (const p of world.persons) {
    if (!p.civilServant || !present(p, yi)) continue;
    p.cs ??= new Int8Array(YEAR_COUNT);
    const pin = p.csPin?.[yi] ?? 0;
    p.cs[yi] = pin || (p.pm[yi] === HTTNV && rng.chance(0.08) ? HTXSNV : p.pm[yi]);
  }
}

/**
 * Version 2, #18: excellent as a member requires excellent in the post. A member rated HTXSNV
 * whose leader or civil-servant row of the year is lower is lowered to HTTNV (fewer excellent
 * members keep every quota); a planted member level is kept and the civil-servant row raised
 * instead; a planted leader row below a planted member level must be a planted case.
 */
function alignTracks(world: World, yi: number): void {
  for (const p of world.persons) {
    if (!present(p, yi) || p.pm[yi] !== HTXSNV) continue;
    const ld = p.posts?.[yi] ? p.ld![yi] : HTXSNV;
    const cs = p.civilServant ? p.cs![yi] : HTXSNV;
    if (ld === HTXSNV && cs === HTXSNV) continue;
    if (world.intendedTrackMismatch.has(quotaKey(p.id, yi))) continue;
    if (!p.pmPin[yi]) {
      p.pm[yi] = HTTNV;
      continue;
    }
    if (ld < HTXSNV) throw new Error(`construction: ${p.id} is planted HTXSNV as a member in ${2018 + yi} above a leader row ${ld}`);
    if (p.csPin?.[yi]) throw new Error(`construction: ${p.id} is planted HTXSNV as a member in ${2018 + yi} above a planted civil-servant row`);
    p.cs![yi] = HTXSNV;
  }
}
