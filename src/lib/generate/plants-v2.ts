/**
 * Planted cases of what version 2 of the data contract changes (docs/generator.md), per district,
 * each in organisations of its own with fixed membership, with hard negatives beside them:
 *   PA, PB → PC  two communes merged on 2025-07-01; a cell of PA goes to PE instead: #1 stays
 *                with PA in 2024, PC is within quota over its 2025 members only; #17 not on PA 2025
 *   PN  Chi bộ trường (co_so, 19)     not-rated members: a #1 breach that counting them would hide,
 *                                     an excellent unit that counting them would fail (#8)
 *   PK  Đảng bộ xã (6 cells + BTV)    #2 by kind, #8 without the collective, #7 under QĐ 366 (2025)
 *                                     against the 20% allowance before it (2021)
 *   PT  Đảng bộ xã (5 cells + BTV with leader posts, civil servants in its office cell):
 *       #5 and #6 on the civil-servant and leader tracks, #6 self-detected from 2023, #7 under QĐ
 *       366 (a leadership member disciplined), #18, #17 (members and a cell)
 */
import { NOT_RATED, quotaKey, YEAR_COUNT, type Discipline, type NotRatedCode, type Person, type Unit, type World } from './model';
import { headOf, plantCommune, plantDirectCell } from './plants';
import { HTNV, HTTNV, HTXSNV, KHTNV, Planter } from './planter';
import { mergeCommunes, type Reorganiser } from './reorganise';
import { drawNewMember, drawRole } from './roles';
import { nextPatron, type DistrictContext } from './structure';
import type { PostDef } from './builder';

const yi = (year: number) => year - 2018;

function setStatus(p: Person, year: number, code: NotRatedCode): void {
  p.status ??= new Int8Array(YEAR_COUNT);
  p.status[yi(year)] = code;
  p.planted = true;
}

function ordinary(t: Planter, cell: Unit, k: number): Person {
  const p = t.ordinaryMembers(cell).filter((x) => !x.planted || x.cell.planted)[k];
  if (!p) throw new Error(`plant: not enough ordinary members in ${cell.id}`);
  return p;
}

/** Before the district is reorganised: the planted merge, and the organisations of the cases. Returns the units it reorganised itself. */
export function plantReorganisation(r: Reorganiser, ctx: DistrictContext): Set<Unit> {
  const t = new Planter(ctx, r.world, `v2-${ctx.index}`);
  const handled = plantMerge(r, ctx, t);
  plantNotRatedQuota(ctx, t);
  plantKinds(ctx, t);
  plantTracks(ctx, t);
  return handled;
}

/** PA (6, 6, 5) and PB (6, 6) merge into PC; PA's third cell goes to PE (8, 8). */
function plantMerge(r: Reorganiser, ctx: DistrictContext, t: Planter): Set<Unit> {
  const pa = plantCommune(ctx, 'PA', [6, 6, 5]);
  const pb = plantCommune(ctx, 'PB', [6, 6]);
  const pe = plantCommune(ctx, 'PE', [8, 8]);
  const moved = pa.cells[2];
  const pc = mergeCommunes(r, ctx, [pa.unit, pb.unit], `${ctx.code}-PC`, new Map([[moved, pe.unit]]));
  // 2024: PA breaches (3 HTXSNV vs 12 HTTNV); the flag is PA's, PC does not exist yet.
  t.pinCounts(pa.cells, 2024, { 4: 3, 3: 12, 2: 2 });
  t.intendMemberQuota(pa.unit, 2024);
  t.truth('quota_excellent_members', 2024, 'unit', pa.unit.id, '3 HTXSNV vs 12 HTTNV (25%) in a commune merged away on 2025-07-01: the 2024 flag stays with it');
  t.negative('quota_excellent_members', 2024, 'unit', pc.id, 'successor of a commune that breached in 2024: did not exist then');
  // 2025: PC's members (PA's first two cells and PB's) are 4 HTXSNV vs 20 HTTNV, exactly 20%; with
  // the cell that went to PE (2 HTXSNV, 2 HTTNV) it would be 6 vs 22, and PA by its old cells 6 vs 10.
  t.pinCounts(pa.cells.slice(0, 2), 2025, { 4: 4, 3: 8 });
  t.pinCounts(pb.cells, 2025, { 3: 12 });
  t.pinCounts([moved], 2025, { 4: 2, 3: 2, 2: 1 });
  t.pinCounts(pe.cells, 2025, { 3: 15, 2: 1 });
  t.negative('quota_excellent_members', 2025, 'unit', pc.id, 'merged commune: 4 HTXSNV vs 20 HTTNV over its 2025 members (exactly 20%); 6 vs 22 if the cell moved to another commune were counted');
  t.negative('quota_excellent_members', 2025, 'unit', pa.unit.id, 'merged away on 2025-07-01: its old cells (6 HTXSNV vs 10 HTTNV) are rated elsewhere in 2025');
  t.negative('quota_excellent_members', 2025, 'unit', pe.unit.id, 'received a cell on 2025-07-01: 2 HTXSNV vs 17 HTTNV');
  t.negative('missing_rating', 2025, 'unit', pa.unit.id, 'merged away on 2025-07-01: not in the tree for the whole of 2025, no row');
  return new Set([pa.unit, pb.unit]);
}

/** PN: a school's chi bộ cơ sở of 19 with not-rated members that would change a quota or a criterion if counted. */
function plantNotRatedQuota(ctx: DistrictContext, t: Planter): void {
  const patron = nextPatron(ctx);
  const pn = plantDirectCell(ctx, 'PN', `Chi bộ Trường Mầm non ${patron}`, 'tieu_hoc', 19, `Trường Mầm non ${patron}`);
  const [ill, away] = [ordinary(t, pn, 0), ordinary(t, pn, 1)];
  // 2023: 3 HTXSNV vs 14 HTTNV (a breach); the member on sick leave, counted as HTTNV, would make it exactly 20%.
  setStatus(ill, 2023, NOT_RATED.om_dau);
  t.pinCounts([pn], 2023, { 4: 3, 3: 14, 2: 1 });
  t.intendMemberQuota(pn, 2023);
  t.truth('quota_excellent_members', 2023, 'unit', pn.id, '3 HTXSNV vs 14 HTTNV (21.4%); one member not rated (om_dau) counts in no quota');
  // 2021: excellent with 15 of its 18 rated members ≥ HTTNV (83%); with the excused member counted, 15/19.
  setStatus(away, 2021, NOT_RATED.mien);
  t.pinUnit(pn, 2021, HTXSNV);
  t.pinCounts([pn], 2021, { 4: 2, 3: 13, 2: 3 });
  t.negative('excellent_unit_criteria', 2021, 'unit', pn.id, 'excellent with 15/18 rated members ≥ HTTNV (83%); the not-rated member is no component (15/19 = 78.9% if counted)');
  t.negative('missing_rating', 2021, 'person', away.id, 'not rated in 2021 (mien): a row that says why is not missing');
}

/** PK: six cells and a Ban Thường vụ under one commune. */
function plantKinds(ctx: DistrictContext, t: Planter): void {
  const { unit: pk, cells } = plantCommune(ctx, 'PK', [5, 5, 5, 5, 5, 5]);
  const btv = ctx.b.unit({ id: `${pk.id}-BTV`, name: `Ban Thường vụ Đảng ủy ${pk.name.replace('Đảng bộ ', '')}`, kind: 'tap_the', domain: 'tap_the', parent: pk, place: pk.place, district: ctx.index });
  btv.planted = true;
  btv.head = pk.head.slice();
  const [c1, , , , , c6] = cells;
  const rest = cells.slice(1, 5);
  // 2022, #2 by kind: 1 excellent cell vs 4 good (25%); with the collective (HTTNV) counted, 1 vs 5.
  t.pinUnit(c1, 2022, HTXSNV);
  for (const c of rest) t.pinUnit(c, 2022, HTTNV);
  t.pinUnit(c6, 2022, HTNV);
  t.pinUnit(btv, 2022, HTTNV);
  t.intendUnitQuota(pk, 2022);
  t.truth('quota_excellent_units', 2022, 'unit', pk.id, '1 HTXSNV vs 4 HTTNV among its 6 cells (25%); its Ban Thường vụ (HTTNV) is compared apart');
  // 2023: exactly 20% among the cells.
  t.pinUnit(c1, 2023, HTXSNV);
  for (const c of [...rest, c6]) t.pinUnit(c, 2023, HTTNV);
  t.pinUnit(btv, 2023, HTTNV);
  t.negative('quota_excellent_units', 2023, 'unit', pk.id, '1 HTXSNV vs 5 HTTNV cells (exactly 20%)');
  // 2024, #8: components are the six cells (5/6 ≥ HTTNV), not the Ban Thường vụ (HTNV; 5/7 if counted).
  t.pinUnit(pk, 2024, HTXSNV);
  for (const c of [c1, ...rest]) t.pinUnit(c, 2024, HTTNV);
  t.pinUnit(c6, 2024, HTNV);
  t.pinUnit(btv, 2024, HTNV);
  t.negative('excellent_unit_criteria', 2024, 'unit', pk.id, 'excellent with 5/6 cells ≥ HTTNV; its Ban Thường vụ (HTNV) is no component');
  // 2021 and 2025, #7: one of six cells disciplined (16.7%) under an excellent commune: within the
  // 20% allowance before QĐ 366, excluded by QĐ 366 Điều 11 from 2025. Both years also fail #8 (a KHTNV cell).
  const reason = 'Buông lỏng lãnh đạo, để xảy ra sai phạm trong quản lý, sử dụng kinh phí xây dựng nhà văn hóa thôn';
  for (const year of [2021, 2025]) {
    t.pinUnit(pk, year, HTXSNV);
    for (const c of [c1, ...rest]) t.pinUnit(c, year, HTTNV);
    t.pinUnit(c6, year, KHTNV);
    t.pinMember(headOf(c6, year), year, KHTNV);
    t.discipline({ subjectType: 'unit', subjectId: c6.id, decided: t.date(year, 6, 12), form: 'khien_trach', violationFrom: null, violationTo: null, selfDetected: false, reason });
    t.intendCriteria(pk, year);
    t.truth('excellent_unit_criteria', year, 'unit', pk.id, 'excellent with a cell rated KHTNV');
  }
  t.negative('unit_with_disciplined', 2021, 'unit', pk.id, '1 of 6 cells disciplined (16.7%, within the 20% of QĐ 124)');
  t.truth('unit_with_disciplined', 2025, 'unit', pk.id, 'HTXSNV with 1 of 6 cells disciplined in 2025 (QĐ 366: any disciplined child organisation)');
}

/** PT: a commune whose office cell holds civil servants, with a Ban Thường vụ of leader posts. */
function plantTracks(ctx: DistrictContext, t: Planter): void {
  const { unit: pt, cells } = plantCommune(ctx, 'PT', [11, 6, 6, 6, 6]);
  const [office, v1, v2, v3, v4] = cells;
  const name = pt.name.replace('Đảng bộ ', '');
  const btv = ctx.b.unit({ id: `${pt.id}-BTV`, name: `Ban Thường vụ Đảng ủy ${name}`, kind: 'tap_the', domain: 'tap_the', parent: pt, place: pt.place, district: ctx.index });
  btv.planted = true;
  const posts: PostDef[] = [
    { group: 'bi_thu_dang_uy_xa', title: `Bí thư Đảng ủy ${name}`, collective: btv, home: office, heads: [pt, btv] },
    { group: 'pho_bi_thu_dang_uy_xa', title: `Phó Bí thư Thường trực Đảng ủy ${name}`, collective: btv, home: office, heads: [] },
    { group: 'pho_chu_tich_ubnd_xa', title: `Phó Chủ tịch UBND ${name}`, collective: btv, home: office, heads: [] },
    { group: 'pho_chu_tich_ubnd_xa', title: `Phó Chủ tịch UBND ${name}`, collective: btv, home: office, heads: [] }
  ];
  ctx.b.assignPosts(posts, t.rng, () => drawRole(t.rng, 'co_quan_xa', name));
  for (const p of office.members) p.planted = true;
  const holder = (year: number, group: string, not?: Person) => {
    const p = office.members.find((x) => x.posts?.[yi(year)]?.group === group && x !== not);
    if (!p) throw new Error(`plant: no ${group} in ${pt.id} ${year}`);
    return p;
  };
  const staff = t.ordinaryMembers(office);
  if (staff.length < 8) throw new Error(`plant: ${office.id} has too few ordinary members`);
  const [m1, m2, m3, m5, m6, m7, m8, m9] = staff;
  const admin = (p: Person, year: number, form: Discipline['form'], violation: number | null = null) =>
    t.discipline({ subjectType: 'person', subjectId: p.id, decided: t.date(year, 5, 14), form, system: 'chinh_quyen', violationFrom: violation, violationTo: violation, selfDetected: false, reason: 'Vi phạm quy định về thời hạn giải quyết hồ sơ đất đai của công dân', decisionNo: `${t.rng.int(100, 990)}/QĐ-UBND` }, p);
  const party = (p: Person, year: number, form: Discipline['form'], selfDetected = false, violation: number | null = null) =>
    t.discipline({ subjectType: 'person', subjectId: p.id, decided: t.date(year, 8, 6), form, violationFrom: violation, violationTo: violation, selfDetected, reason: 'Vi phạm quy định về kê khai tài sản, thu nhập' }, p);

  // #5 on the civil-servant track: administrative discipline, the civil-servant row HTNV.
  admin(m1, 2022, 'ha_bac_luong');
  t.pinCivilServant(m1, 2022, HTNV);
  t.pinMember(m1, 2022, HTTNV);
  t.truth('disciplined_not_downgraded', 2022, 'person', m1.id, 'administrative discipline (hạ bậc lương) in 2022, civil-servant row HTNV');
  // Negatives: an administrative discipline does not cover the party-member row, a party one not the civil-servant row.
  admin(m2, 2023, 'canh_cao');
  t.pinCivilServant(m2, 2023, KHTNV);
  t.pinMember(m2, 2023, HTTNV);
  t.negative('disciplined_not_downgraded', 2023, 'person', m2.id, 'administrative discipline, civil-servant row KHTNV; the party-member row (HTTNV) is not covered');
  party(m3, 2021, 'khien_trach');
  t.pinMember(m3, 2021, KHTNV);
  t.pinCivilServant(m3, 2021, HTTNV);
  t.negative('disciplined_not_downgraded', 2021, 'person', m3.id, 'party discipline, party-member row KHTNV; the civil-servant row (HTTNV) is not covered');
  // #5 on the leader track: a vice-chairman's administrative discipline, leader row HTTNV.
  const l1 = holder(2024, 'pho_chu_tich_ubnd_xa');
  admin(l1, 2024, 'khien_trach');
  t.pinLeader(l1, 2024, HTTNV);
  t.pinMember(l1, 2024, HTTNV);
  t.truth('disciplined_not_downgraded', 2024, 'person', l1.id, 'administrative discipline (khiển trách) in 2024, leader row HTTNV');
  // Before QĐ 366 only the head of a leadership counts for #7: the commune, HTXSNV in 2024, is not flagged.
  t.pinUnit(pt, 2024, HTXSNV);
  t.pinUnit(btv, 2024, HTTNV);
  t.negative('unit_with_disciplined', 2024, 'unit', pt.id, 'HTXSNV while a member of its Ban Thường vụ (not the head) was disciplined in 2024: before QĐ 366');
  // #6 on the civil-servant track: HTXSNV in 2022, administrative discipline in 2024 for 2022.
  t.pinCivilServant(m5, 2022, HTXSNV);
  t.pinMember(m5, 2022, HTXSNV);
  admin(m5, 2024, 'canh_cao', 2022);
  t.pinCivilServant(m5, 2024, KHTNV);
  t.pinMember(m5, 2024, HTTNV);
  t.truth('rated_high_then_disciplined', 2022, 'person', m5.id, 'civil-servant row HTXSNV in 2022, administrative discipline in 2024 for 2022 (high)');
  // #6 self-detected from 2023: HTTNV in 2023, a self-detected discipline in 2024 for 2023.
  const m4 = ordinary(t, v4, 0);
  t.pinMember(m4, 2023, HTTNV);
  t.pinMember(m4, 2024, HTNV);
  party(m4, 2024, 'khien_trach', true, 2023);
  t.negative('rated_high_then_disciplined', 2023, 'person', m4.id, 'HTTNV in 2023, discipline of 2024 for 2023 self-detected and remedied (QĐ 124 exception)');
  t.negative('disciplined_not_downgraded', 2024, 'person', m4.id, 'self-detected and remedied in 2024, rated HTNV');
  // #18: HTXSNV as a member, below in the post; and three configurations that are not.
  const tracks = (p: Person, year: number, member: number, post: 'civil_servant' | 'leader', level: number, flagged: boolean, note: string) => {
    t.pinMember(p, year, member);
    if (post === 'leader') t.pinLeader(p, year, level);
    else t.pinCivilServant(p, year, level);
    if (flagged) {
      t.world.intendedTrackMismatch.add(quotaKey(p.id, yi(year)));
      t.truth('track_mismatch', year, 'person', p.id, note);
    } else t.negative('track_mismatch', year, 'person', p.id, note);
  };
  tracks(m6, 2023, HTXSNV, 'civil_servant', HTTNV, true, 'HTXSNV as a party member, HTTNV as a civil servant');
  tracks(holder(2022, 'pho_bi_thu_dang_uy_xa'), 2022, HTXSNV, 'leader', HTTNV, true, 'HTXSNV as a party member, HTTNV on the leader track');
  tracks(m7, 2024, HTXSNV, 'civil_servant', HTXSNV, false, 'HTXSNV on both tracks');
  tracks(m8, 2024, HTTNV, 'civil_servant', HTNV, false, 'HTTNV as a member, HTNV as a civil servant: not excellent as a member');
  tracks(m9, 2021, HTTNV, 'civil_servant', HTXSNV, false, 'HTXSNV as a civil servant, HTTNV as a member');
  // #7 under QĐ 366: a Ban Thường vụ member (not the head) disciplined in 2025, the commune HTXSNV.
  const l3 = holder(2025, 'pho_chu_tich_ubnd_xa', l1);
  party(l3, 2025, 'canh_cao');
  t.pinMember(l3, 2025, KHTNV);
  t.pinLeader(l3, 2025, KHTNV);
  t.pinUnit(pt, 2025, HTXSNV);
  t.pinUnit(btv, 2025, HTTNV);
  t.truth('unit_with_disciplined', 2025, 'unit', pt.id, 'HTXSNV while a member of its Ban Thường vụ was disciplined in 2025 (QĐ 366 Điều 11)');
  // #17: members for the whole year without a row (with dates; without them, rated the years around),
  // and members without a row who are not missing (excused, admitted or gone during the year).
  const m10 = ordinary(t, v1, 0);
  setStatus(m10, 2022, NOT_RATED.no_row);
  t.truth('missing_rating', 2022, 'person', m10.id, 'member since before 2018, no row in 2022');
  const m11 = ordinary(t, v1, 1);
  setStatus(m11, 2020, NOT_RATED.no_row);
  m11.joinedOn = null;
  m11.leftOn = null;
  t.truth('missing_rating', 2020, 'person', m11.id, 'no membership dates; rated 2019 and 2021, no row in 2020');
  const m12 = ordinary(t, v2, 0);
  for (let year = 2021; year <= 2025; year++) setStatus(m12, year, NOT_RATED.mien);
  t.negative('missing_rating', 2021, 'person', m12.id, 'excused from party activity from 2021 (not_rated mien rows)');
  const m13 = ctx.b.person(v3, drawNewMember(t.rng, v3.domain, `${v3.name.replace('Chi bộ ', '')}`, 2023), yi(2023), YEAR_COUNT - 1, false);
  m13.joinedOn = '2023-09-20';
  setStatus(m13, 2023, NOT_RATED.no_row);
  t.negative('missing_rating', 2023, 'person', m13.id, 'admitted on 2023-09-20: not a member for the whole of 2023');
  const m14 = ordinary(t, v3, 0);
  m14.to = yi(2021);
  m14.leftOn = '2022-05-14';
  m14.planted = true;
  t.negative('missing_rating', 2022, 'person', m14.id, 'left on 2022-05-14: not a member for the whole of 2022');
  v2.noRow |= 1 << yi(2021);
  t.truth('missing_rating', 2021, 'unit', v2.id, 'cell in the tree all of 2021, no row');
}
