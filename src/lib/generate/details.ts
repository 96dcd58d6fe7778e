/**
 * What a rating row carries besides its level, drawn once levels are final:
 * - self_level on most rows, equal to the final level or one step above it (a collective lowering a
 *   self-assessment is ordinary; raising it is #14, planted only);
 * - from 2025, a score consistent with the level (QĐ 366: ≥ 90 excellent, 70–<90 good, 50–<70
 *   completed, < 50 not completed; #13 planted only);
 * - decision dates before the plan's deadlines (#16): cells meet and rate their members between
 *   10 November and 5 December, chi bộ rows are decided by 5 December, every other row (units
 *   above the cell, leader rows) between 1 and 20 December.
 */
import { HTXSNV, KHTNV, present, SCORED_FROM, FIRST_YEAR, YEAR_COUNT, type World } from './model';
import { rngFor, type Rng } from './rng';

const P_SELF_GIVEN = 0.94;
const P_SELF_HIGHER = 0.2;

export function selfLevelFor(level: number, rng: Rng): number {
  if (!level || !rng.chance(P_SELF_GIVEN)) return 0;
  if (level === KHTNV) return rng.chance(0.7) ? KHTNV + 1 : KHTNV;
  return level < HTXSNV && rng.chance(P_SELF_HIGHER) ? level + 1 : level;
}

/** A 2025 score inside the band of the level. */
export function scoreFor(level: number, rng: Rng): number {
  const [lo, hi] = level === 4 ? [90, 99] : level === 3 ? [70, 89] : level === 2 ? [50, 69] : [28, 49];
  const whole = rng.int(lo, hi);
  return whole < hi && rng.chance(0.25) ? whole + 0.5 : whole;
}

/** A date between two month*100+day values of one year (both included). */
export function dayBetween(rng: Rng, from: number, to: number): number {
  const toDays = (md: number) => (Math.floor(md / 100) === 12 ? 30 + (md % 100) : md % 100);
  const d = rng.int(toDays(from), toDays(to));
  return d > 30 ? 1200 + (d - 30) : 1100 + d;
}

export function assignDetails(world: World): void {
  const rng = rngFor(world.seed, 'details');
  const scored = SCORED_FROM - FIRST_YEAR;
  for (const u of world.units) {
    for (let yi = 0; yi < YEAR_COUNT; yi++) {
      u.selfLevel[yi] = selfLevelFor(u.level[yi], rng);
      u.decided[yi] = u.kind === 'chi_bo' ? dayBetween(rng, 1115, 1205) : dayBetween(rng, 1201, 1220);
      u.meeting[yi] = u.members.length ? dayBetween(rng, 1110, 1205) : dayBetween(rng, 1201, 1220);
    }
    u.score = scoreFor(u.level[scored], rng);
  }
  for (const p of world.persons) {
    for (let yi = p.from; yi <= p.to; yi++) {
      p.pmSelf[yi] = selfLevelFor(p.pm[yi], rng);
      if (p.posts?.[yi]) {
        p.ldSelf ??= new Int8Array(YEAR_COUNT);
        p.ldSelf[yi] = selfLevelFor(p.ld![yi], rng);
      }
    }
    if (present(p, scored)) p.pmScore = scoreFor(p.pm[scored], rng);
    if (p.posts?.[scored]) p.ldScore = scoreFor(p.ld![scored], rng);
  }
}

/** Version 2: self-assessment and 2025 score of the civil-servant rows (own stream: version 1 draws stay as they were). */
export function assignCivilServantDetails(world: World): void {
  const rng = rngFor(world.seed, 'details-civil-servants');
  const scored = SCORED_FROM - FIRST_YEAR;
  for (const p of world.persons) {
    if (!p.civilServant || !p.cs) continue;
    p.csSelf = new Int8Array(YEAR_COUNT);
    for (let yi = p.from; yi <= p.to; yi++) if (present(p, yi)) p.csSelf[yi] = selfLevelFor(p.cs[yi], rng);
    if (present(p, scored)) p.csScore = scoreFor(p.cs[scored], rng);
  }
}
