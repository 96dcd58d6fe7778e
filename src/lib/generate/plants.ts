/**
 * The planted cases of the rating checks (#1–9, #15), per district, each in units of its own (or in
 * years of its own) so that it trips exactly the flags written in the truth — and hard negatives
 * beside them that must not be flagged. Every case names the flags it causes; where a case could
 * trip another check, the comment says why it does not.
 *
 * Units created here (all with fixed membership so that counts are exact):
 *   P1  Chi bộ Trường Tiểu học … (co_so, 19 members)     #1 seed 002, #1 exactly 20%, #8 members
 *   P2  Đảng bộ xã … (3 cells × 8)                        #2 small parent, #7 child disciplined, #1 spread over cells
 *   P3  Chi bộ Công ty … (co_so, 3 members)               #1 with no HTTNV at all
 *   P8  Đảng bộ xã … (5 cells × 7)                        #5, #6, #7 head, #9, #7 exactly 20% (negative)
 *   P9  Chi bộ Chi cục Thuế … (co_so, 8 members)          #6 unit rated high in the term later disciplined (seed 003)
 *   P11 Đảng bộ xã … (6 cells × 5)                        #8 cells and parent, #2 exactly 20% and breach
 *   P12 Chi bộ Trường THPT … with Ban Giám hiệu            #8 components are child units (negative)
 *   P14 Đảng bộ thị trấn … (5 cells × 5)                  #15 peer gap
 *   P15 Đảng bộ xã … (4 cells)                            #15 identical levels three years running
 * and in a background commune: #4 head above the collective and its negatives.
 */
import { buildHighSchool, nextCommuneName, nextCompany, nextPatron, type DistrictContext } from './structure';
import { FIRST_YEAR, quotaKey, type Discipline, type Person, type Unit } from './model';
import { HTNV, HTTNV, HTXSNV, KHTNV, Planter } from './planter';

const pad2 = (n: number) => String(n).padStart(2, '0');

export function plantCommune(ctx: DistrictContext, tag: string, cellSizes: readonly number[], township = false): { unit: Unit; cells: Unit[] } {
  const { b } = ctx;
  const name = nextCommuneName(ctx);
  const word = township ? 'thị trấn' : 'xã';
  const unit = b.unit({ id: `${ctx.code}-${tag}`, name: `Đảng bộ ${word} ${name}`, kind: 'co_so', domain: township ? 'thi_tran' : 'xa', parent: ctx.root, place: name, district: ctx.index });
  unit.planted = true;
  const cells = cellSizes.map((n, i) => {
    const label = township ? `Tổ dân phố số ${i + 1}` : i === 0 ? `Cơ quan xã ${name}` : `thôn ${['Đông', 'Đoài', 'Trung', 'Thượng', 'Hạ', 'Nam', 'Bắc'][i - 1] ?? i}`;
    const domain = township ? 'to_dan_pho' : i === 0 ? 'co_quan_xa' : 'thon';
    const c = b.unit({ id: `${unit.id}-CB${pad2(i + 1)}`, name: `Chi bộ ${label}`, kind: 'chi_bo', domain, parent: unit, place: name, district: ctx.index });
    c.planted = true;
    b.populate(c, n, `${label}${i ? `, ${word} ${name}` : ''}`, true);
    // Planted cells keep one head all eight years: the cases count on who is (not) a head.
    b.chooseHeads(c, c.members, ctx.rng, 1);
    return c;
  });
  b.chooseHeads(unit, cells[0].members, ctx.rng, 1);
  markPlanted(cells);
  return { unit, cells };
}

export function plantDirectCell(ctx: DistrictContext, tag: string, name: string, domain: 'tieu_hoc' | 'doanh_nghiep' | 'thue', members: number, where: string): Unit {
  const unit = ctx.b.unit({ id: `${ctx.code}-${tag}`, name, kind: 'co_so', domain, parent: ctx.root, place: ctx.name, district: ctx.index });
  unit.planted = true;
  ctx.b.populate(unit, members, where, true);
  ctx.b.chooseHeads(unit, unit.members, ctx.rng, 1);
  markPlanted([unit]);
  return unit;
}

function markPlanted(cells: readonly Unit[]): void {
  for (const c of cells) for (const p of c.members) p.planted = true;
}

export function headOf(u: Unit, year: number): Person {
  const h = u.head[year - FIRST_YEAR];
  if (!h) throw new Error(`no head of ${u.id} in ${year}`);
  return h;
}

function pct(a: number, b: number): string {
  return `${((100 * a) / b).toFixed(1)}%`;
}

/** Unit id tag of a planted organisation: P1 in the first set of cases, P1S2 in the second… */
type Tag = (n: number) => string;

/**
 * One set of the planted rating cases in a district (`set` counts from 0; larger scales plant
 * several sets). The head-above cases use the district's commune number `set`.
 */
export function plantDistrict(ctx: DistrictContext, set = 0): void {
  const t = new Planter(ctx, ctx.b.world, `district-${ctx.index}-${set}`);
  const tag: Tag = (n) => (set ? `P${n}S${set + 1}` : `P${n}`);
  plantQuotaCell(ctx, t, tag);
  plantSmallCommune(ctx, t, tag);
  plantNoGoodCompany(ctx, t, tag);
  plantHeadAbove(ctx, t, ctx.communes[set]);
  plantDisciplines(ctx, t, tag);
  plantTaxOffice(ctx, t, tag);
  plantCriteria(ctx, t, tag);
  plantChildComponents(ctx, t);
  plantPeerGap(ctx, t, tag);
  plantUniform(ctx, t, tag);
}

/** P1: seed 002's cell — 4 HTXSNV against 15 HTTNV (flag), 3 against 15 (exactly 20%: none), and an excellent unit at 78.9%. */
function plantQuotaCell(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const patron = nextPatron(ctx, 'Mạc Đĩnh Chi');
  const p1 = plantDirectCell(ctx, tag(1), `Chi bộ Trường Tiểu học ${patron}`, 'tieu_hoc', 19, `Trường Tiểu học ${patron}`);
  // 2021: the cell proposes itself excellent, as in seed 002; its members 4 HTXSNV / 15 HTTNV.
  t.pinUnit(p1, 2021, HTXSNV);
  t.pinCounts([p1], 2021, { 4: 4, 3: 15 });
  t.intendMemberQuota(p1, 2021);
  t.truth('quota_excellent_members', 2021, 'unit', p1.id, 'seed 002: 4 HTXSNV vs 15 HTTNV in one chi bộ cơ sở (26.7%)');
  // 2022: 3 against 15 is exactly 20%.
  t.pinCounts([p1], 2022, { 4: 3, 3: 15, 2: 1 });
  t.negative('quota_excellent_members', 2022, 'unit', p1.id, 'exactly 20%: 3 HTXSNV vs 15 HTTNV');
  // 2024: rated HTXSNV with 15 of 19 members ≥ HTTNV (78.9% < 80%); it has no child units, so members are the components.
  t.pinUnit(p1, 2024, HTXSNV);
  t.pinCounts([p1], 2024, { 3: 15, 2: 4 });
  t.intendCriteria(p1, 2024);
  t.truth('excellent_unit_criteria', 2024, 'unit', p1.id, `excellent chi bộ cơ sở, members 15/19 ≥ HTTNV (${pct(15, 19)} < 80%)`);
}

/** P2: a commune of 3 cells — any excellent cell breaks the unit quota; a disciplined cell is a third of its children; 6 excellent members among 24. */
function plantSmallCommune(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const { unit, cells } = plantCommune(ctx, tag(2), [8, 8, 8]);
  const [a, bCell, c] = cells;
  // 2021: 1 excellent cell against 2 good (allowed: floor(0.4) = 0).
  t.pinUnit(a, 2021, HTXSNV);
  t.pinUnit(bCell, 2021, HTTNV);
  t.pinUnit(c, 2021, HTTNV);
  t.intendUnitQuota(unit, 2021);
  t.truth('quota_excellent_units', 2021, 'unit', unit.id, '1 of 3 child cells HTXSNV vs 2 HTTNV (50%)');
  // 2022: cell c disciplined and rated KHTNV (no #5); its head KHTNV too (#4 would fire otherwise);
  // the commune, rated HTTNV, has 1 of its 3 children disciplined: 33% > 20%.
  t.pinUnit(c, 2022, KHTNV);
  t.pinMember(headOf(c, 2022), 2022, KHTNV);
  t.pinUnit(unit, 2022, HTTNV);
  t.discipline({ subjectType: 'unit', subjectId: c.id, decided: t.date(2022, 8, 17), form: 'khien_trach', violationFrom: null, violationTo: null, selfDetected: false, reason: 'Buông lỏng lãnh đạo, để xảy ra sai phạm trong quản lý quỹ đất công ích của thôn' });
  t.truth('unit_with_disciplined', 2022, 'unit', unit.id, '1 of 3 child cells disciplined in 2022 (33% > 20%)');
  t.negative('disciplined_not_downgraded', 2022, 'unit', c.id, 'disciplined cell rated KHTNV');
  // 2023: 6 HTXSNV, 16 HTTNV, 2 HTNV spread over the three cells: 37.5% for the organisation.
  t.pinCounts([a], 2023, { 4: 2, 3: 5, 2: 1 });
  t.pinCounts([bCell], 2023, { 4: 2, 3: 6 });
  t.pinCounts([c], 2023, { 4: 2, 3: 5, 2: 1 });
  t.intendMemberQuota(unit, 2023);
  t.truth('quota_excellent_members', 2023, 'unit', unit.id, '6 HTXSNV vs 16 HTTNV over 3 cells (37.5%)');
}

/** P3: three members, one HTXSNV and no HTTNV: the denominator is 0. */
function plantNoGoodCompany(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const company = `Công ty ${nextCompany(ctx)}`;
  const p3 = plantDirectCell(ctx, tag(3), `Chi bộ ${company}`, 'doanh_nghiep', 3, company);
  t.pinCounts([p3], 2024, { 4: 1, 2: 2 });
  t.intendMemberQuota(p3, 2024);
  t.truth('quota_excellent_members', 2024, 'unit', p3.id, '1 HTXSNV and 0 HTTNV (denominator 0)');
}

/** #4 in the district's first commune: a head above the collective, and two heads that are not. */
function plantHeadAbove(ctx: DistrictContext, t: Planter, commune: Unit): void {
  const btv = commune.children.find((c) => c.kind === 'tap_the')!;
  const villages = commune.children.filter((c) => c.domain === 'thon' || c.domain === 'to_dan_pho');
  const [v, w] = villages;
  v.planted = w.planted = true;
  // 2019: the village cell HTTNV, its secretary (no leader post) HTXSNV as a member.
  t.pinUnit(v, 2019, HTTNV);
  const hv = headOf(v, 2019);
  t.pinMember(hv, 2019, HTXSNV);
  t.truth('head_above_collective', 2019, 'person', hv.id, `head of ${v.id} rated HTXSNV (party member) above the cell's HTTNV`);
  // 2020: the commune HTNV, its secretary's leader row HTTNV (and Ban Thường vụ HTTNV).
  const sec = headOf(commune, 2020);
  if (headOf(commune, 2021) !== sec) throw new Error('plant: the commune secretary must serve 2020–2021');
  t.pinUnit(commune, 2020, HTNV);
  t.pinUnit(btv, 2020, HTTNV);
  t.pinLeader(sec, 2020, HTTNV);
  t.truth('head_above_collective', 2020, 'person', sec.id, `secretary rated HTTNV (leader) above ${commune.id} HTNV`);
  // 2021: leader row equal to the collective; the party-member row is higher but the leader row counts.
  t.pinUnit(commune, 2021, HTTNV);
  t.pinUnit(btv, 2021, HTTNV);
  t.pinLeader(sec, 2021, HTTNV);
  t.pinMember(sec, 2021, HTXSNV);
  t.negative('head_above_collective', 2021, 'person', sec.id, 'leader row HTTNV equals the collective; party-member row HTXSNV is not the one compared');
  if (t.world.format === 2) {
    // Version 2: excellent as a member while good as a leader is #18.
    t.world.intendedTrackMismatch.add(quotaKey(sec.id, 2021 - FIRST_YEAR));
    t.truth('track_mismatch', 2021, 'person', sec.id, 'HTXSNV as a party member, HTTNV on the leader track (the #4 negative of 2021)');
  }
  // 2022: head HTXSNV of an HTXSNV cell: equal. (Version 2 compares cells apart from the commune's
  // Ban Thường vụ for #2, and a small commune's other cells cannot then balance an excellent one.)
  if (t.world.format === 2) return;
  t.pinUnit(w, 2022, HTXSNV);
  const hw = headOf(w, 2022);
  t.pinMember(hw, 2022, HTXSNV);
  t.negative('head_above_collective', 2022, 'person', hw.id, 'head HTXSNV equal to the cell HTXSNV');
}

/** P8: discipline decisions of persons and a cell, and members not completing their tasks. */
function plantDisciplines(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const { unit, cells } = plantCommune(ctx, tag(8), [7, 7, 7, 7, 7]);
  const pick = (cell: Unit, k: number) => {
    const p = t.ordinaryMembers(cell)[k];
    if (!p) throw new Error(`plant: not enough ordinary members in ${cell.id}`);
    return p;
  };
  const reasons = [
    'Vi phạm Quy định những điều đảng viên không được làm: tổ chức đánh bạc tại gia đình',
    'Vi phạm quy định về quản lý, sử dụng đất đai: xây dựng công trình trên đất nông nghiệp',
    'Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao, để xảy ra thất thoát kinh phí hỗ trợ',
    'Vi phạm chính sách dân số: sinh con thứ ba',
    'Vi phạm quy định về kê khai tài sản, thu nhập'
  ];
  /** A party discipline of p decided on [year, month, day]; the violation years (null: the decision's year) and self-detection where the case needs them. */
  const disciplineOf = (p: Person, [y, m, d]: [number, number, number], form: Discipline['form'], reason: string, violation: [number | null, number | null] = [null, null], selfDetected = false) =>
    t.discipline({ subjectType: 'person', subjectId: p.id, decided: t.date(y, m, d), form, violationFrom: violation[0], violationTo: violation[1], selfDetected, reason });
  // #5: disciplined in 2019, rated HTNV in 2019.
  const a = pick(cells[0], 0);
  t.pinMember(a, 2019, HTNV);
  disciplineOf(a, [2019, 7, 12], 'khien_trach', reasons[0]);
  t.truth('disciplined_not_downgraded', 2019, 'person', a.id, 'disciplined 2019 (khiển trách), rated HTNV in 2019');
  // #5: self-detected but before 2023: the exception does not apply.
  const bP = pick(cells[1], 0);
  t.pinMember(bP, 2021, HTNV);
  disciplineOf(bP, [2021, 5, 20], 'khien_trach', reasons[2], [2021, 2021], true);
  t.truth('disciplined_not_downgraded', 2021, 'person', bP.id, 'self-detected discipline in 2021 (before QĐ 124), rated HTNV');
  // Negative: self-detected in 2024 (QĐ 124 exception), rated HTTNV.
  const c = pick(cells[2], 0);
  t.pinMember(c, 2024, HTTNV);
  disciplineOf(c, [2024, 6, 3], 'khien_trach', reasons[4], [null, null], true);
  t.negative('disciplined_not_downgraded', 2024, 'person', c.id, 'self-detected and remedied in 2024 (QĐ 124 exception), rated HTTNV');
  // #6: HTXSNV 2019 and HTTNV 2020, disciplined 2022 for violations in 2019–2020; KHTNV in 2022 (no #5).
  const e = pick(cells[3], 0);
  t.pinMember(e, 2019, HTXSNV);
  t.pinMember(e, 2020, HTTNV);
  t.pinMember(e, 2022, KHTNV);
  disciplineOf(e, [2022, 3, 15], 'canh_cao', reasons[2], [2019, 2020]);
  t.truth('rated_high_then_disciplined', 2019, 'person', e.id, 'rated HTXSNV in 2019, disciplined 2022 for 2019–2020 (high)');
  t.truth('rated_high_then_disciplined', 2020, 'person', e.id, 'rated HTTNV in 2020, disciplined 2022 for 2019–2020');
  // Negative #6: violations 2021–2022 (rated HTNV then), disciplined 2023; rated HTTNV in 2020, outside the period.
  const f = pick(cells[4], 0);
  t.pinMember(f, 2020, HTTNV);
  t.pinMember(f, 2021, HTNV);
  t.pinMember(f, 2022, HTNV);
  t.pinMember(f, 2023, KHTNV);
  disciplineOf(f, [2023, 5, 9], 'khien_trach', reasons[1], [2021, 2022]);
  t.negative('rated_high_then_disciplined', 2020, 'person', f.id, 'violation period 2021–2022 misses the HTTNV year 2020');
  // #6 (high): HTXSNV 2024, disciplined 2025 for 2024; KHTNV in 2025.
  const g = pick(cells[0], 1);
  t.pinMember(g, 2024, HTXSNV);
  t.pinMember(g, 2025, KHTNV);
  disciplineOf(g, [2025, 3, 26], 'canh_cao', reasons[3], [2024, 2024]);
  t.truth('rated_high_then_disciplined', 2024, 'person', g.id, 'rated HTXSNV in 2024, disciplined 2025 for 2024 (high)');
  // #7 (a): the head of cell 2 disciplined in 2023 (rated KHTNV himself), the cell HTTNV.
  const h2 = headOf(cells[1], 2023);
  t.pinMember(h2, 2023, KHTNV);
  t.pinUnit(cells[1], 2023, HTTNV);
  disciplineOf(h2, [2023, 9, 21], 'khien_trach', reasons[2]);
  t.truth('unit_with_disciplined', 2023, 'unit', cells[1].id, 'head of the cell disciplined in 2023, cell rated HTTNV');
  // #5 on a unit: cell 3 disciplined 2022, rated HTNV. Its parent, rated HTXSNV, has exactly 1 of 5
  // children disciplined (20%, no #7) and exactly 4 of 5 children ≥ HTTNV (80%, no #8).
  t.pinUnit(cells[2], 2022, HTNV);
  t.discipline({ subjectType: 'unit', subjectId: cells[2].id, decided: t.date(2022, 10, 4), form: 'khien_trach', violationFrom: null, violationTo: null, selfDetected: false, reason: 'Vi phạm nguyên tắc tập trung dân chủ trong lãnh đạo công tác xây dựng nông thôn mới của thôn' });
  t.truth('disciplined_not_downgraded', 2022, 'unit', cells[2].id, 'cell disciplined 2022, rated HTNV');
  t.pinUnit(unit, 2022, HTXSNV);
  t.negative('unit_with_disciplined', 2022, 'unit', unit.id, 'exactly 1 of 5 child cells disciplined (20%)');
  t.negative('excellent_unit_criteria', 2022, 'unit', unit.id, 'excellent with exactly 4 of 5 child cells ≥ HTTNV (80%)');
  // #9: KHTNV 2019 and 2020; KHTNV 2021–2023 (flags 2022 and 2023); KHTNV 2019 and 2021 (not consecutive).
  const khtnvIn = (p: Person, years: number[]): Person => {
    for (const y of years) t.pinMember(p, y, KHTNV);
    return p;
  };
  t.allowConsecutiveKhtnv = true;
  const hP = khtnvIn(pick(cells[3], 1), [2019, 2020]);
  t.truth('not_completed_twice', 2020, 'person', hP.id, 'KHTNV 2019 and 2020');
  const iP = khtnvIn(pick(cells[4], 1), [2021, 2022, 2023]);
  t.truth('not_completed_twice', 2022, 'person', iP.id, 'KHTNV 2021–2023 (second year)');
  t.truth('not_completed_twice', 2023, 'person', iP.id, 'KHTNV 2021–2023 (third year)');
  t.allowConsecutiveKhtnv = false;
  const j = khtnvIn(pick(cells[2], 1), [2019, 2021]);
  t.negative('not_completed_twice', 2021, 'person', j.id, 'KHTNV 2019 and 2021, not consecutive');
}

/** Organisations for P9, one per set of cases: what was neglected, in their own words. */
const OFFICES: readonly [string, string][] = [
  ['Chi cục Thuế khu vực', 'Thiếu kiểm tra, giám sát việc hoàn thuế giá trị gia tăng, để doanh nghiệp chiếm đoạt tiền hoàn thuế trong nhiệm kỳ 2015–2020'],
  ['Kho bạc Nhà nước', 'Buông lỏng kiểm soát chi, để xảy ra sai phạm trong thanh toán vốn đầu tư xây dựng cơ bản giai đoạn 2018–2020'],
  ['Bảo hiểm xã hội huyện', 'Thiếu trách nhiệm trong lãnh đạo, chỉ đạo, để xảy ra trục lợi quỹ bảo hiểm y tế giai đoạn 2018–2020'],
  ['Ngân hàng Chính sách xã hội huyện', 'Buông lỏng quản lý, để xảy ra sai phạm trong cho vay hộ nghèo giai đoạn 2018–2020']
];

/** P9: seed 003's pattern — an organisation rated HTXSNV/HTTNV in 2018–2020, disciplined in 2023 for that term. */
function plantTaxOffice(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const n = ctx.b.world.units.filter((u) => u.district === ctx.index && /-P9(S\d+)?$/.test(u.id)).length;
  const [office, reason] = OFFICES[n % OFFICES.length];
  const p9 = plantDirectCell(ctx, tag(9), `Chi bộ ${office} ${ctx.name}`, 'thue', 8, `${office} ${ctx.name}`);
  t.pinUnit(p9, 2018, HTXSNV);
  t.pinUnit(p9, 2019, HTTNV);
  t.pinUnit(p9, 2020, HTTNV);
  // 2023: KHTNV for the year of the decision (no #5) and its head KHTNV (no #4).
  t.pinUnit(p9, 2023, KHTNV);
  t.pinMember(headOf(p9, 2023), 2023, KHTNV);
  t.discipline({ subjectType: 'unit', subjectId: p9.id, decided: t.date(2023, 4, 18), form: 'khien_trach', violationFrom: 2018, violationTo: 2020, selfDetected: false, reason });
  t.truth('rated_high_then_disciplined', 2018, 'unit', p9.id, 'seed 003: rated HTXSNV in 2018, disciplined 2023 for 2018–2020 (high)');
  t.truth('rated_high_then_disciplined', 2019, 'unit', p9.id, 'seed 003: rated HTTNV in 2019, disciplined 2023 for 2018–2020');
  t.truth('rated_high_then_disciplined', 2020, 'unit', p9.id, 'seed 003: rated HTTNV in 2020, disciplined 2023 for 2018–2020');
}

/** P11: excellent cells failing the criteria, one at exactly 80%, an excellent parent at 4/6, and the unit quota. */
function plantCriteria(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const { unit, cells } = plantCommune(ctx, tag(11), [5, 5, 5, 5, 5, 5]);
  const others = (except: Unit) => cells.filter((c) => c !== except);
  // 2019: cell 1 HTXSNV with 3 of 5 ≥ HTTNV; the five other cells HTTNV: 1 vs 5 is exactly 20% (no #2).
  t.pinUnit(cells[0], 2019, HTXSNV);
  t.pinCounts([cells[0]], 2019, { 4: 1, 3: 2, 2: 2 });
  for (const c of others(cells[0])) t.pinUnit(c, 2019, HTTNV);
  t.intendCriteria(cells[0], 2019);
  t.truth('excellent_unit_criteria', 2019, 'unit', cells[0].id, 'excellent cell with 3/5 members ≥ HTTNV (60%)');
  t.negative('quota_excellent_units', 2019, 'unit', unit.id, 'exactly 20%: 1 HTXSNV vs 5 HTTNV child cells');
  // 2020: cell 2 HTXSNV with one KHTNV member.
  t.pinUnit(cells[1], 2020, HTXSNV);
  t.pinCounts([cells[1]], 2020, { 3: 4, 1: 1 });
  for (const c of others(cells[1])) t.pinUnit(c, 2020, HTTNV);
  t.intendCriteria(cells[1], 2020);
  t.truth('excellent_unit_criteria', 2020, 'unit', cells[1].id, 'excellent cell with a KHTNV member');
  // 2021: cell 3 HTXSNV with exactly 4 of 5 ≥ HTTNV.
  t.pinUnit(cells[2], 2021, HTXSNV);
  t.pinCounts([cells[2]], 2021, { 4: 1, 3: 3, 2: 1 });
  for (const c of others(cells[2])) t.pinUnit(c, 2021, HTTNV);
  t.negative('excellent_unit_criteria', 2021, 'unit', cells[2].id, 'excellent cell with exactly 4/5 members ≥ HTTNV (80%)');
  // 2022: the commune HTXSNV with 2 of its 6 cells HTNV (4/6 = 66.7%).
  t.pinUnit(unit, 2022, HTXSNV);
  t.pinUnit(cells[3], 2022, HTNV);
  t.pinUnit(cells[4], 2022, HTNV);
  t.intendCriteria(unit, 2022);
  t.truth('excellent_unit_criteria', 2022, 'unit', unit.id, 'excellent commune with 4/6 child cells ≥ HTTNV (66.7%)');
  // 2023: 3 excellent cells against 3 good.
  for (const c of cells.slice(0, 3)) t.pinUnit(c, 2023, HTXSNV);
  for (const c of cells.slice(3)) t.pinUnit(c, 2023, HTTNV);
  t.intendUnitQuota(unit, 2023);
  t.truth('quota_excellent_units', 2023, 'unit', unit.id, '3 HTXSNV vs 3 HTTNV child cells (100%)');
}

/** P12: an excellent school organisation whose members fall short, but whose component is its Ban Giám hiệu. */
function plantChildComponents(ctx: DistrictContext, t: Planter): void {
  const p12 = buildHighSchool(ctx, 12, { deputies: 1, fixed: true });
  p12.planted = true;
  markPlanted([p12]);
  const bgh = p12.children[0];
  t.pinUnit(p12, 2023, HTXSNV);
  t.pinUnit(bgh, 2023, HTTNV);
  const members = p12.members.filter((p) => p.from <= 5 && p.to >= 5);
  t.pinCounts([p12], 2023, { 3: members.length - 4, 2: 4 });
  if (t.world.format === 1) t.negative('excellent_unit_criteria', 2023, 'unit', p12.id, 'excellent; its component is its child unit Ban Giám hiệu (HTTNV), not its members (4 HTNV)');
  else {
    // Version 2: a leadership collective is no component; the members rated in the school are.
    t.intendCriteria(p12, 2023);
    t.truth('excellent_unit_criteria', 2023, 'unit', p12.id, `excellent; its Ban Giám hiệu (HTTNV) is no component, its members are: ${members.length - 4}/${members.length} ≥ HTTNV`);
  }
}

/** P14: three tổ dân phố at 60% ≥ HTTNV every year, two at 100%: gap 0.4 over the peers' median. */
function plantPeerGap(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const { cells } = plantCommune(ctx, tag(14), [5, 5, 5, 5, 5], true);
  for (let year = 2018; year <= 2025; year++) {
    for (const c of cells.slice(0, 3)) t.pinCounts([c], year, { 3: 3, 2: 2 });
    for (const c of cells.slice(3)) t.pinCounts([c], year, { 4: 1, 3: 4 });
  }
  for (const c of cells.slice(3)) t.truth('rating_outlier', 2025, 'unit', c.id, 'peer gap: 100% ≥ HTTNV over 2018–2025 vs peers at 60% (gap 0.40)');
  t.negative('rating_outlier', 2025, 'unit', cells[0].id, 'peer below the median, not above');
}

/** P15: identical levels — three years (flag), four years (two flags), two years and four members (none). */
function plantUniform(ctx: DistrictContext, t: Planter, tag: Tag): void {
  const { cells } = plantCommune(ctx, tag(15), [6, 5, 4, 7]);
  const [u1, u2, u3, u4] = cells;
  for (const y of [2019, 2020, 2021]) t.pinCounts([u1], y, { 3: 6 });
  t.truth('rating_outlier', 2021, 'unit', u1.id, 'all 6 members HTTNV 2019–2021');
  for (const y of [2022, 2023, 2024, 2025]) t.pinCounts([u2], y, { 3: 5 });
  t.truth('rating_outlier', 2024, 'unit', u2.id, 'all 5 members HTTNV 2022–2024');
  t.truth('rating_outlier', 2025, 'unit', u2.id, 'all 5 members HTTNV 2023–2025');
  for (let y = 2018; y <= 2025; y++) t.pinCounts([u3], y, { 3: 4 });
  t.negative('rating_outlier', 2020, 'unit', u3.id, 'all HTTNV every year but only 4 members (< 5)');
  for (const y of [2020, 2021]) t.pinCounts([u4], y, { 3: 7 });
  t.negative('rating_outlier', 2021, 'unit', u4.id, 'all 7 members HTTNV in two years only');
}
