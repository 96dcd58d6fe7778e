/**
 * Version 2 of the data contract: who was a member when, who was not rated and why, and who is
 * also rated as a cadre, civil servant or public employee.
 * - joined_on / left_on agree with the rows: a member rated from 2018 joined before 2018; one
 *   admitted in year Y joined in Y before the cell's meeting (and is rated), or after it (then
 *   not rated: a `chua_du_thoi_gian` row, or no row at all); one who stops being rated left in the
 *   next year before the meetings. A few persons carry no dates (old files lack them).
 * - Not rated (`not_rated`, level empty): elderly village members excused from party activity
 *   (`mien`, from some year on), a year of long illness (`om_dau`), suspension (`dinh_chi`),
 *   other reasons with a note (`khac`). Never heads, leaders or members of planted cases.
 * - The civil-servant track: members whose work is in the state apparatus (commune staff, district
 *   and party offices, teachers, health, tax) have a `civil_servant` row in every year they are
 *   rated as members; leaders are rated on their leader track instead.
 */
import { FIRST_YEAR, NOT_RATED, YEAR_COUNT, type NotRatedCode, type Person, type World } from './model';
import { rngFor } from './rng';

const CIVIL_SERVANT_ROLES = new Set(['commune_staff', 'civil_servant', 'party_staff', 'tax', 'teacher', 'health']);

/** Shares of persons: without dates, admitted during the years, excused, ill, suspended, not rated for another reason. */
const SHARE = { noDates: 0.03, lateJoiner: 0.25, excused: 0.3, ill: 0.004, suspended: 0.0005, other: 0.001 } as const;

const OTHER_NOTES = ['Đi lao động ở nước ngoài theo hợp đồng', 'Đi làm ăn xa, chưa chuyển sinh hoạt đảng', 'Đang học tập dài hạn ở nước ngoài'];

function day(year: number, month: number, d: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Persons who head a unit or hold a post in any year: always rated. */
function officeHolders(world: World): Set<Person> {
  const out = new Set<Person>();
  for (const u of world.units) for (const h of u.head) if (h) out.add(h);
  for (const p of world.persons) if (p.posts?.some(Boolean)) out.add(p);
  return out;
}

function setStatus(p: Person, yi: number, code: NotRatedCode, note?: string): void {
  p.status ??= new Int8Array(YEAR_COUNT);
  p.status[yi] = code;
  if (note) (p.statusNote ??= new Map()).set(yi, note);
}

/** Membership dates, background not-rated years and the civil-servant track (before levels). */
export function assignMembership(world: World): void {
  const offices = officeHolders(world);
  for (const p of world.persons) {
    const rng = rngFor(world.seed, 'membership', p.id);
    const free = !p.planted && !p.cell.planted && !offices.has(p);
    if (CIVIL_SERVANT_ROLES.has(p.role) && !p.posts?.some(Boolean)) p.civilServant = true;
    if (p.joinedOn === undefined) {
      if (p.from === 0) p.joinedOn = day(Math.min(2017, Math.max(1965, p.birthYear + rng.int(19, 35))), rng.int(1, 12), rng.int(1, 28));
      else if (free && rng.chance(SHARE.lateJoiner)) {
        // Admitted after the cell's year-end meeting: too new to be rated that year.
        p.joinedOn = day(FIRST_YEAR + p.from, 12, rng.int(10, 28));
        setStatus(p, p.from, rng.chance(0.5) ? NOT_RATED.chua_du_thoi_gian : NOT_RATED.no_row);
      } else p.joinedOn = day(FIRST_YEAR + p.from, rng.int(1, 9), rng.int(1, 28));
    }
    if (p.leftOn === undefined) p.leftOn = p.to < YEAR_COUNT - 1 ? day(FIRST_YEAR + p.to + 1, rng.int(1, 10), rng.int(1, 28)) : null;
    if (free && rng.chance(SHARE.noDates) && p.from === 0 && p.to === YEAR_COUNT - 1) p.joinedOn = null;
    if (!free) continue;
    if ((p.cell.domain === 'thon' || p.cell.domain === 'to_dan_pho') && p.birthYear <= 1948 && rng.chance(SHARE.excused)) {
      const from = rng.int(Math.max(1, p.from), YEAR_COUNT - 1);
      for (let yi = from; yi <= p.to; yi++) if (!(p.disciplinedYears & (1 << yi))) setStatus(p, yi, NOT_RATED.mien);
      continue;
    }
    for (let yi = p.from; yi <= p.to; yi++) {
      if (p.status?.[yi] || p.disciplinedYears & (1 << yi)) continue;
      const x = rng.next();
      if (x < SHARE.ill) setStatus(p, yi, NOT_RATED.om_dau);
      else if (x < SHARE.ill + SHARE.suspended) setStatus(p, yi, NOT_RATED.dinh_chi, 'Đình chỉ sinh hoạt đảng trong thời gian xem xét kỷ luật');
      else if (x < SHARE.ill + SHARE.suspended + SHARE.other) setStatus(p, yi, NOT_RATED.khac, rng.pick(OTHER_NOTES));
    }
  }
}
