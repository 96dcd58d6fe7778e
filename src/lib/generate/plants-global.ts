/**
 * Planted cases that span the whole dataset: the leaders' quota (#3) is counted per position group
 * over every district, and the province's own unit quota (#2 over the districts).
 *
 * The leader cases use deputy posts (phó …): deputies head no unit, so fixing their leader rows
 * cannot put a head above his or her collective (#4).
 */
import { FIRST_YEAR, type Person, type Unit, type World } from './model';
import { HTNV, HTTNV, HTXSNV, Planter } from './planter';

interface LeaderCase {
  group: string;
  year: number;
  /** breach: just over 20%; exact: exactly 20% (a hard negative). */
  kind: 'breach' | 'exact';
}

const LEADER_CASES: readonly LeaderCase[] = [
  { group: 'pho_bi_thu_dang_uy_xa', year: 2019, kind: 'breach' },
  { group: 'pho_chu_tich_ubnd_xa', year: 2021, kind: 'breach' },
  { group: 'pho_truong_phong', year: 2023, kind: 'exact' },
  { group: 'pho_hieu_truong', year: 2024, kind: 'breach' }
];

function holders(world: World, group: string, year: number): Person[] {
  const yi = year - FIRST_YEAR;
  return world.persons.filter((p) => p.posts?.[yi]?.group === group);
}

export function plantLeaderQuotas(world: World): void {
  const t = new Planter(null, world, 'leaders');
  for (const c of LEADER_CASES) {
    const rows = t.rng.shuffled(holders(world, c.group, c.year));
    const n = rows.length;
    if (c.kind === 'breach') {
      if (n < 2) continue;
      // The fewest excellent that breach: e > 0.2 (n − e), i.e. e > n/6.
      const e = Math.floor(n / 6) + 1;
      rows.forEach((p, i) => t.pinLeader(p, c.year, i < e ? HTXSNV : HTTNV));
      t.intendLeaderQuota(c.group, c.year);
      t.truth('quota_excellent_leaders', c.year, 'group', c.group, `${e} HTXSNV vs ${n - e} HTTNV among ${c.group} (${((100 * e) / (n - e)).toFixed(1)}%)`);
    } else {
      const k = Math.floor(n / 6);
      if (k < 1) continue;
      rows.forEach((p, i) => t.pinLeader(p, c.year, i < k ? HTXSNV : i < 6 * k ? HTTNV : HTNV));
      t.intendLeaderQuota(c.group, c.year);
      t.negative('quota_excellent_leaders', c.year, 'group', c.group, `exactly 20%: ${k} HTXSNV vs ${5 * k} HTTNV among ${c.group}`);
    }
  }
}

/** Province only: three districts rated HTXSNV in 2021 among the province's direct units. */
export function plantProvinceQuota(world: World, province: Unit): void {
  const t = new Planter(null, world, 'province');
  const districts = province.children.filter((u) => u.kind === 'cap_tren');
  const excellent = districts.slice(0, 3);
  for (const d of excellent) t.pinUnit(d, 2021, HTXSNV);
  t.intendUnitQuota(province, 2021);
  t.truth('quota_excellent_units', 2021, 'unit', province.id, `3 of the ${province.children.length} direct units of the province (districts) HTXSNV`);
}
