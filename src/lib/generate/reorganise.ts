/**
 * The July 2025 reorganisation (version 2 of the data contract). From 2025-07-01:
 * - the district committee is dissolved: its placement ends 2025-06-30 and its successor is the
 *   province committee (a `merge` change), its Ban Thường vụ likewise;
 * - groups of communes merge into new đảng bộ xã (`merge` changes): the old communes and their Ban
 *   Thường vụ end on 2025-06-30, their cells move under the new commune (`transfer`), whose new Ban
 *   Thường vụ takes the posts of the old secretaries and chairmen;
 * - townships become communes (`rename`, same id), and every other grassroots organisation of the
 *   district is placed directly under the province committee (`transfer`).
 * The tree of 2025 (placements in force on 31 December) is then `Unit.childrenAfter`; the tree of
 * 2018–2024 stays `Unit.children`. Rating rows of 2025 are made in the new tree.
 */
import type { DistrictContext } from './structure';
import { nextCommuneName } from './structure';
import { LAST_OLD_DAY, newUnit, REORG_DAY, REORG_YI, type LeaderPost, type Person, type Unit, type UnitChange, type World } from './model';
import { rngFor, type Rng } from './rng';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Communes merge in groups of this size (about 10,000 into 3,300 nationwide). */
const GROUP = 3;

export interface Reorganiser {
  world: World;
  province: Unit;
  rng: Rng;
}

export function reorganiser(world: World, province: Unit): Reorganiser {
  province.childrenAfter ??= province.children.filter((c) => c.kind !== 'cap_tren');
  return { world, province, rng: rngFor(world.seed, 'reorganise') };
}

function decision(r: Reorganiser): string {
  return `${r.rng.int(1100, 2990)}-QĐ/TU`;
}

function change(r: Reorganiser, from: Unit, to: Unit, kind: UnitChange['kind'], decisionNo: string): void {
  r.world.unitChanges.push({ from: from.id, to: to.id, kind, decisionNo });
}

/** The unit ends on 2025-06-30: no row, no place in the tree of 2025. */
export function cease(u: Unit): void {
  u.years &= ~(1 << REORG_YI);
  u.validTo = LAST_OLD_DAY;
}

/** A new placement from 2025-07-01 (another parent, maybe another name). */
export function place(u: Unit, parent: Unit, name = u.name): void {
  u.after = { parent, name };
  (parent.childrenAfter ??= parent.children.slice()).push(u);
}

/** A unit that exists from 2025-07-01 only. */
function createUnit(r: Reorganiser, init: Parameters<typeof newUnit>[0], parent: Unit): Unit {
  const u = newUnit({ ...init, parent: null });
  u.parent = parent;
  u.years = 1 << REORG_YI;
  u.validFrom = REORG_DAY;
  (parent.childrenAfter ??= []).push(u);
  r.world.units.push(u);
  return u;
}

/** Leader posts in 2025 of a collective that ceased: the holders lose them (or take a new one). */
function endPosts(world: World, collective: Unit): Person[] {
  const holders: Person[] = [];
  for (const p of world.persons) if (p.posts?.[REORG_YI]?.collective === collective) {
    holders.push(p);
    p.posts[REORG_YI] = null;
  }
  return holders;
}

function secretaryOf(commune: Unit): Person {
  const h = commune.head[REORG_YI];
  if (!h) throw new Error(`reorganise: no secretary of ${commune.id} in 2025`);
  return h;
}

/**
 * Merges `group` (communes) into a new đảng bộ xã under the province from 2025-07-01 and returns
 * it. `cellsTo` may send a cell of the group elsewhere instead of to the new commune.
 */
export function mergeCommunes(r: Reorganiser, ctx: DistrictContext, group: readonly Unit[], id: string, cellsTo: Map<Unit, Unit> = new Map()): Unit {
  const name = nextCommuneName(ctx);
  const no = decision(r);
  const merged = createUnit(r, { id, name: `Đảng bộ xã ${name}`, kind: 'co_so', domain: 'xa', parent: null, place: name, district: ctx.index }, r.province);
  merged.planted = group.some((g) => g.planted);
  const btv = createUnit(r, { id: `${id}-BTV`, name: `Ban Thường vụ Đảng ủy xã ${name}`, kind: 'tap_the', domain: 'tap_the', parent: null, place: name, district: ctx.index }, merged);
  const secretaries = group.map(secretaryOf);
  const oldPosts = new Map<Person, LeaderPost>();
  for (const commune of group) {
    cease(commune);
    change(r, commune, merged, 'merge', no);
    for (const c of commune.children) {
      if (c.kind === 'tap_the') {
        cease(c);
        for (const p of r.world.persons) {
          const post = p.posts?.[REORG_YI];
          if (post?.collective === c) oldPosts.set(p, post);
        }
        endPosts(r.world, c);
        change(r, c, btv, 'merge', no);
      } else {
        const to = cellsTo.get(c) ?? merged;
        place(c, to);
        change(r, c, c, 'transfer', no);
      }
    }
  }
  // The new Ban Thường vụ: the first commune's secretary leads, the others' secretaries become
  // deputies, the first chairman stays chairman, the other chairmen become vice-chairmen.
  const chairs = [...oldPosts].filter(([, post]) => post.group === 'chu_tich_ubnd_xa').map(([p]) => p);
  const posts: [Person, string, string][] = [[secretaries[0], 'bi_thu_dang_uy_xa', `Bí thư Đảng ủy xã ${name}`]];
  for (const s of secretaries.slice(1)) posts.push([s, 'pho_bi_thu_dang_uy_xa', `Phó Bí thư Đảng ủy xã ${name}`]);
  if (chairs[0]) posts.push([chairs[0], 'chu_tich_ubnd_xa', `Phó Bí thư Đảng ủy, Chủ tịch UBND xã ${name}`]);
  for (const c of chairs.slice(1)) posts.push([c, 'pho_chu_tich_ubnd_xa', `Phó Chủ tịch UBND xã ${name}`]);
  for (const [p, group, title] of posts) {
    p.posts ??= new Array(p.pm.length).fill(null);
    p.posts[REORG_YI] = { group, title, collective: btv };
  }
  merged.head[REORG_YI] = secretaries[0];
  btv.head[REORG_YI] = secretaries[0];
  return merged;
}

/**
 * Reorganises one district: the background communes merge in groups of three (a last single one
 * is kept and moved), townships become communes, units in `keep` and every other grassroots
 * organisation move under the province, the district committee and its Ban Thường vụ end.
 */
export function reorganiseDistrict(r: Reorganiser, ctx: DistrictContext, handled: ReadonlySet<Unit>): void {
  const no = decision(r);
  const communes = ctx.communes.filter((c) => c.domain === 'xa' && !handled.has(c));
  const groups: Unit[][] = [];
  for (let i = 0; i + 1 < communes.length; i += GROUP) {
    const rest = communes.length - i;
    groups.push(communes.slice(i, rest === GROUP + 1 ? i + rest : i + Math.min(GROUP, rest)));
    if (rest === GROUP + 1) break;
  }
  const merged = new Set(groups.flat());
  groups.forEach((g, k) => mergeCommunes(r, ctx, g, `${ctx.code}-XM${pad2(k + 1)}`));
  for (const c of ctx.root.children) {
    if (merged.has(c) || handled.has(c)) continue;
    if (c.kind === 'tap_the') {
      cease(c);
      endPosts(r.world, c);
      change(r, c, r.province, 'merge', no);
    } else if (c.domain === 'thi_tran') {
      place(c, r.province, c.name.replace('thị trấn', 'xã'));
      for (const t of c.children) if (t.kind === 'tap_the') t.after = { parent: c, name: t.name.replace('thị trấn', 'xã') };
      change(r, c, c, 'rename', no);
    } else {
      place(c, r.province);
      change(r, c, c, 'transfer', no);
    }
  }
  cease(ctx.root);
  change(r, ctx.root, r.province, 'merge', no);
}
