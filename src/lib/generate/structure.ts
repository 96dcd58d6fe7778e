/**
 * The background organisation: a huyện party organisation (đảng bộ huyện) with its Ban Thường vụ,
 * the đảng bộ of its party and government offices, its communes (đảng bộ xã, thị trấn) with their
 * cells (chi bộ thôn, cơ quan, trường, công an, quân sự), upper-secondary schools, enterprises, the
 * health centre, police and military; for a province, a tỉnh ủy above ten of them.
 */
import { WorldBuilder, type PostDef } from './builder';
import { ALL_YEARS, type Domain, type Unit } from './model';
import { COMMUNE_NAMES, COMPANY_NAMES, DISTRICT_NAMES, PROVINCE_NAME, SCHOOL_PATRONS, VILLAGE_NAMES } from './names';
import { drawRole } from './roles';
import { rngFor, type Rng } from './rng';
import type { DistrictShape } from './scales';

const PARTY_ORGANS = ['Văn phòng Huyện ủy', 'Ban Tổ chức Huyện ủy', 'Ban Tuyên giáo Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy', 'Ban Dân vận Huyện ủy', 'Trung tâm Chính trị huyện', 'Ủy ban MTTQ và các đoàn thể huyện'];

const DEPARTMENTS: readonly [string, string][] = [
  ['Văn phòng HĐND và UBND huyện', 'Chánh Văn phòng HĐND và UBND huyện'],
  ['Phòng Nội vụ', 'Trưởng phòng Nội vụ'],
  ['Phòng Tài chính - Kế hoạch', 'Trưởng phòng Tài chính - Kế hoạch'],
  ['Phòng Giáo dục và Đào tạo', 'Trưởng phòng Giáo dục và Đào tạo'],
  ['Phòng Tài nguyên và Môi trường', 'Trưởng phòng Tài nguyên và Môi trường'],
  ['Phòng Nông nghiệp và Phát triển nông thôn', 'Trưởng phòng Nông nghiệp và Phát triển nông thôn'],
  ['Phòng Kinh tế và Hạ tầng', 'Trưởng phòng Kinh tế và Hạ tầng'],
  ['Phòng Văn hóa và Thông tin', 'Trưởng phòng Văn hóa và Thông tin'],
  ['Phòng Lao động - Thương binh và Xã hội', 'Trưởng phòng Lao động - Thương binh và Xã hội'],
  ['Phòng Tư pháp', 'Trưởng phòng Tư pháp'],
  ['Phòng Y tế', 'Trưởng phòng Y tế'],
  ['Thanh tra huyện', 'Chánh Thanh tra huyện']
];

const STANDING_TITLES = [
  'Chánh Văn phòng Huyện ủy', 'Trưởng Ban Tổ chức Huyện ủy', 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy', 'Trưởng Ban Tuyên giáo Huyện ủy',
  'Trưởng Ban Dân vận Huyện ủy', 'Phó Chủ tịch Thường trực UBND huyện', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện', 'Giám đốc Trung tâm Chính trị huyện',
  'Phó Chủ tịch HĐND huyện', 'Chỉ huy trưởng Ban Chỉ huy Quân sự huyện', 'Trưởng Công an huyện', 'Trưởng Ban Kinh tế - Xã hội HĐND huyện'
];

const HEALTH_CELLS = ['Khoa Khám bệnh - Cấp cứu', 'Khoa Nội - Nhi - Truyền nhiễm', 'Khoa Ngoại - Sản', 'Khoa Dược - Xét nghiệm - Chẩn đoán hình ảnh', 'Phòng Kế hoạch - Tổng hợp', 'Khoa Kiểm soát bệnh tật'];
const POLICE_CELLS = ['Đội Tham mưu - Tổng hợp', 'Đội Cảnh sát hình sự', 'Đội An ninh', 'Đội Cảnh sát giao thông - Trật tự', 'Đội Cảnh sát quản lý hành chính về trật tự xã hội', 'Đội Cảnh sát điều tra tội phạm về kinh tế và ma túy'];
const MILITARY_CELLS = ['Ban Tham mưu', 'Ban Chính trị', 'Ban Hậu cần - Kỹ thuật'];
const COMMUNE_SCHOOLS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS'];

export interface DistrictContext {
  b: WorldBuilder;
  index: number;
  /** Unit id prefix, e.g. "HU01". */
  code: string;
  name: string;
  root: Unit;
  rng: Rng;
  /** Communes built so far (plants use the first ones). */
  communes: Unit[];
  /** Names already used in this district (communes, schools, companies). */
  usedCommuneNames: Set<string>;
  usedPatrons: Set<string>;
  usedCompanies: Set<string>;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function range(rng: Rng, [a, b]: [number, number]): number {
  return rng.int(a, b);
}

/** A role draw for the holder of a post, from the domain of the cell he or she belongs to. */
function holderDraw(rng: Rng, home: Unit) {
  return drawRole(rng, home.domain, home.name.replace(/^Chi bộ /, ''));
}

export function nextCommuneName(ctx: DistrictContext): string {
  const free = COMMUNE_NAMES.filter((n) => !ctx.usedCommuneNames.has(n));
  const name = free.length ? ctx.rng.pick(free) : `${ctx.rng.pick(COMMUNE_NAMES)} ${ctx.usedCommuneNames.size + 1}`;
  ctx.usedCommuneNames.add(name);
  return name;
}

export function nextPatron(ctx: DistrictContext, prefer?: string): string {
  if (prefer && !ctx.usedPatrons.has(prefer)) {
    ctx.usedPatrons.add(prefer);
    return prefer;
  }
  const free = SCHOOL_PATRONS.filter((n) => !ctx.usedPatrons.has(n));
  const name = free.length ? ctx.rng.pick(free) : `${ctx.rng.pick(SCHOOL_PATRONS)} ${ctx.usedPatrons.size + 1}`;
  ctx.usedPatrons.add(name);
  return name;
}

export function nextCompany(ctx: DistrictContext): string {
  const free = COMPANY_NAMES.filter((n) => !ctx.usedCompanies.has(n));
  const name = free.length ? ctx.rng.pick(free) : `TNHH ${ctx.rng.pick(VILLAGE_NAMES)} ${ctx.usedCompanies.size + 1}`;
  ctx.usedCompanies.add(name);
  return name;
}

/** Builds the tỉnh ủy level (province scale) and returns its root. */
export function buildProvinceTop(b: WorldBuilder): Unit {
  const rng = rngFor(b.seed, 'province');
  const root = b.unit({ id: 'TU', name: `Đảng bộ tỉnh ${PROVINCE_NAME}`, kind: 'cap_tren', domain: 'tinh', parent: null, place: PROVINCE_NAME, district: -1 });
  const btv = b.unit({ id: 'TU-BTV', name: `Ban Thường vụ Tỉnh ủy ${PROVINCE_NAME}`, kind: 'tap_the', domain: 'tap_the', parent: root, place: PROVINCE_NAME, district: -1 });
  const organ = b.unit({ id: 'TU-CQ', name: `Đảng bộ Cơ quan Tỉnh ủy ${PROVINCE_NAME}`, kind: 'co_so', domain: 'co_quan_dang', parent: root, place: PROVINCE_NAME, district: -1 });
  const organCells = ['Văn phòng Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Ban Nội chính Tỉnh ủy'].map((n, i) => {
    const c = b.unit({ id: `TU-CQ-CB${pad2(i + 1)}`, name: `Chi bộ ${n}`, kind: 'chi_bo', domain: 'ban_dang', parent: organ, place: PROVINCE_NAME, district: -1 });
    b.populate(c, rng.int(14, 22), n);
    return c;
  });
  const posts: PostDef[] = [
    { group: 'bi_thu_tinh_uy', title: `Bí thư Tỉnh ủy ${PROVINCE_NAME}`, collective: btv, home: organCells[0], heads: [root, btv] },
    ...[1, 2, 3].map((i) => ({ group: 'pho_bi_thu_tinh_uy', title: i === 1 ? 'Phó Bí thư Thường trực Tỉnh ủy' : i === 2 ? 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' : 'Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh', collective: btv, home: organCells[i % organCells.length], heads: [] })),
    ...Array.from({ length: 12 }, (_, i) => ({ group: 'uy_vien_btv_tinh_uy', title: 'Ủy viên Ban Thường vụ Tỉnh ủy', collective: btv, home: organCells[i % organCells.length], heads: [] }))
  ];
  b.assignPosts(posts, rng, (d) => holderDraw(rng, d.home));
  b.chooseHeads(organ, organCells[1].members, rng);
  for (const c of organCells) b.chooseHeads(c, c.members, rng);
  return root;
}

/**
 * Version 2, district scale: the province committee above the district, with no rows of its own
 * (a district's data holds the ratings the district made), which takes over its grassroots
 * organisations from 2025-07-01.
 */
export function buildProvinceShell(b: WorldBuilder): Unit {
  const root = b.unit({ id: 'TU', name: `Đảng bộ tỉnh ${PROVINCE_NAME}`, kind: 'cap_tren', domain: 'tinh', parent: null, place: PROVINCE_NAME, district: -1 });
  root.noRow = ALL_YEARS;
  return root;
}

/** A district's root and background units; plants are added by plants.ts. */
export function buildDistrict(b: WorldBuilder, index: number, parent: Unit | null, shape: DistrictShape): DistrictContext {
  const rng = rngFor(b.seed, 'district', index);
  const code = `HU${pad2(index + 1)}`;
  const name = DISTRICT_NAMES[index % DISTRICT_NAMES.length];
  const root = b.unit({ id: code, name: `Đảng bộ huyện ${name}`, kind: 'cap_tren', domain: 'huyen', parent, place: name, district: index });
  const ctx: DistrictContext = { b, index, code, name, root, rng, communes: [], usedCommuneNames: new Set(), usedPatrons: new Set(), usedCompanies: new Set() };

  buildStandingCommittee(ctx, shape);
  buildGovernment(ctx, shape);
  for (let i = 0; i < shape.communes + shape.townships; i++) buildCommune(ctx, shape, i >= shape.communes);
  for (let i = 0; i < shape.highSchools; i++) buildHighSchool(ctx, range(rng, shape.highSchoolMembers));
  for (let i = 0; i < shape.enterprises; i++) buildEnterprise(ctx, range(rng, shape.enterpriseMembers));
  if (shape.health) buildCellular(ctx, 'TTYT', `Đảng bộ Trung tâm Y tế huyện ${name}`, 'y_te', 'khoa', HEALTH_CELLS, [10, 18], {
    tapThe: `Ban Giám đốc Trung tâm Y tế huyện ${name}`,
    chief: ['giam_doc_don_vi_su_nghiep', `Giám đốc Trung tâm Y tế huyện ${name}`],
    deputies: ['pho_giam_doc_don_vi_su_nghiep', `Phó Giám đốc Trung tâm Y tế huyện ${name}`, 2]
  });
  if (shape.police) buildCellular(ctx, 'CA', `Đảng bộ Công an huyện ${name}`, 'cong_an', 'doi_cong_an', POLICE_CELLS, [12, 22]);
  if (shape.military) buildCellular(ctx, 'QS', `Đảng bộ Quân sự huyện ${name}`, 'quan_su', 'ban_quan_su', MILITARY_CELLS, [8, 14]);
  return ctx;
}

/** Ban Thường vụ Huyện ủy and the Đảng bộ Cơ quan Đảng whose cells its members belong to. */
function buildStandingCommittee(ctx: DistrictContext, shape: DistrictShape): void {
  const { b, code, name, root, rng } = ctx;
  const btv = b.unit({ id: `${code}-BTV`, name: `Ban Thường vụ Huyện ủy ${name}`, kind: 'tap_the', domain: 'tap_the', parent: root, place: name, district: ctx.index });
  const organ = b.unit({ id: `${code}-CQD`, name: `Đảng bộ Cơ quan Đảng huyện ${name}`, kind: 'co_so', domain: 'co_quan_dang', parent: root, place: name, district: ctx.index });
  const cells = PARTY_ORGANS.slice(0, shape.partyOrganCells).map((organName, i) => {
    const c = b.unit({ id: `${code}-CQD-CB${pad2(i + 1)}`, name: `Chi bộ ${organName}`, kind: 'chi_bo', domain: 'ban_dang', parent: organ, place: name, district: ctx.index });
    b.populate(c, range(rng, shape.organMembers), organName);
    return c;
  });
  const posts: PostDef[] = [
    { group: 'bi_thu_huyen_uy', title: `Bí thư Huyện ủy ${name}`, collective: btv, home: cells[0], heads: [root, btv] },
    { group: 'pho_bi_thu_huyen_uy', title: 'Phó Bí thư Thường trực Huyện ủy', collective: btv, home: cells[0], heads: [] },
    { group: 'pho_bi_thu_huyen_uy', title: `Phó Bí thư Huyện ủy, Chủ tịch UBND huyện ${name}`, collective: btv, home: cells[1 % cells.length], heads: [] },
    ...STANDING_TITLES.slice(0, shape.standingMembers).map((t, i) => ({
      group: 'uy_vien_btv_huyen_uy',
      title: `Ủy viên Ban Thường vụ Huyện ủy, ${t}`,
      collective: btv,
      home: cells[i % cells.length],
      heads: [] as Unit[]
    }))
  ];
  b.assignPosts(posts, rng, (d) => holderDraw(rng, d.home));
  b.chooseHeads(organ, cells[0].members, rng);
  for (const c of cells) b.chooseHeads(c, c.members, rng);
}

/** Đảng bộ Cơ quan Chính quyền huyện: one cell per phòng, whose head is its trưởng phòng. */
function buildGovernment(ctx: DistrictContext, shape: DistrictShape): void {
  const { b, code, name, root, rng } = ctx;
  const gov = b.unit({ id: `${code}-CQCQ`, name: `Đảng bộ Cơ quan Chính quyền huyện ${name}`, kind: 'co_so', domain: 'chinh_quyen', parent: root, place: name, district: ctx.index });
  const lead = b.unit({ id: `${code}-CQCQ-LD`, name: `Tập thể lãnh đạo các phòng, ban chuyên môn thuộc UBND huyện ${name}`, kind: 'tap_the', domain: 'tap_the', parent: gov, place: name, district: ctx.index });
  const posts: PostDef[] = [];
  DEPARTMENTS.slice(0, shape.departments).forEach(([dept, chief], i) => {
    const c = b.unit({ id: `${code}-CQCQ-CB${pad2(i + 1)}`, name: `Chi bộ ${dept}`, kind: 'chi_bo', domain: 'phong', parent: gov, place: name, district: ctx.index });
    b.populate(c, range(rng, shape.departmentMembers), dept);
    posts.push({ group: 'truong_phong', title: chief, collective: lead, home: c, heads: i === 0 ? [c, lead] : i === 1 ? [c, gov] : [c] });
    posts.push({ group: 'pho_truong_phong', title: chief.replace(/^(Trưởng phòng|Chánh Văn phòng|Chánh Thanh tra)/, (m) => `Phó ${m.charAt(0).toLowerCase()}${m.slice(1)}`), collective: lead, home: c, heads: [] });
  });
  b.assignPosts(posts, rng, (d) => holderDraw(rng, d.home));
}

/** Đảng bộ xã / thị trấn with its Ban Thường vụ Đảng ủy and cells. */
export function buildCommune(ctx: DistrictContext, shape: DistrictShape, township: boolean): Unit {
  const { b, code, rng } = ctx;
  const n = ctx.communes.length + 1;
  const cname = nextCommuneName(ctx);
  const word = township ? 'thị trấn' : 'xã';
  const id = `${code}-${township ? 'TT' : 'XA'}${pad2(n)}`;
  const commune = b.unit({ id, name: `Đảng bộ ${word} ${cname}`, kind: 'co_so', domain: township ? 'thi_tran' : 'xa', parent: ctx.root, place: cname, district: ctx.index });
  ctx.communes.push(commune);
  const btv = b.unit({ id: `${id}-BTV`, name: `Ban Thường vụ Đảng ủy ${word} ${cname}`, kind: 'tap_the', domain: 'tap_the', parent: commune, place: cname, district: ctx.index });
  let k = 0;
  const cell = (cellName: string, domain: Domain, members: number, where: string) => {
    const c = b.unit({ id: `${id}-CB${pad2(++k)}`, name: cellName, kind: 'chi_bo', domain, parent: commune, place: cname, district: ctx.index });
    b.populate(c, members, where);
    return c;
  };
  const office = cell(`Chi bộ Cơ quan ${word} ${cname}`, 'co_quan_xa', range(rng, shape.officeMembers), `${word} ${cname}`);
  const villages = rng.int(shape.villages[0], shape.villages[1]);
  const villageNames = rng.shuffled(VILLAGE_NAMES);
  const cells = [office];
  for (let v = 0; v < villages; v++) {
    const vname = township ? `Tổ dân phố số ${v + 1}` : `thôn ${villageNames[v % villageNames.length]}${v >= villageNames.length ? ` ${v + 1}` : ''}`;
    cells.push(cell(`Chi bộ ${vname}`, township ? 'to_dan_pho' : 'thon', range(rng, shape.villageMembers), `${vname}, ${word} ${cname}`));
  }
  for (let s = 0; s < shape.communeSchools; s++) {
    const school = `${COMMUNE_SCHOOLS[s % COMMUNE_SCHOOLS.length]} ${cname}`;
    cells.push(cell(`Chi bộ ${school}`, 'truong_xa', range(rng, shape.schoolMembers), school));
  }
  if (shape.communeSecurity) {
    cells.push(cell(`Chi bộ Công an ${word} ${cname}`, 'cong_an_xa', rng.int(4, 8), `Công an ${word} ${cname}`));
    cells.push(cell(`Chi bộ Quân sự ${word} ${cname}`, 'quan_su_xa', rng.int(3, 6), `Ban Chỉ huy Quân sự ${word} ${cname}`));
  }
  const posts: PostDef[] = [
    { group: 'bi_thu_dang_uy_xa', title: `Bí thư Đảng ủy ${word} ${cname}`, collective: btv, home: office, heads: [commune, btv] },
    { group: 'pho_bi_thu_dang_uy_xa', title: `Phó Bí thư Thường trực Đảng ủy ${word} ${cname}`, collective: btv, home: office, heads: [] },
    { group: 'chu_tich_ubnd_xa', title: `Phó Bí thư Đảng ủy, Chủ tịch UBND ${word} ${cname}`, collective: btv, home: office, heads: [] },
    { group: 'pho_chu_tich_ubnd_xa', title: `Phó Chủ tịch UBND ${word} ${cname}`, collective: btv, home: office, heads: [] },
    { group: 'pho_chu_tich_ubnd_xa', title: `Phó Chủ tịch UBND ${word} ${cname}`, collective: btv, home: office, heads: [] }
  ];
  b.assignPosts(posts, rng, (d) => holderDraw(rng, d.home));
  for (const c of cells) b.chooseHeads(c, c.members, rng);
  return commune;
}

/** Chi bộ cơ sở of an upper-secondary school, members rated in it directly; its Ban Giám hiệu. */
export function buildHighSchool(ctx: DistrictContext, members: number, opts: { patron?: string; deputies?: number; fixed?: boolean } = {}): Unit {
  const { b, code, rng } = ctx;
  const patron = nextPatron(ctx, opts.patron);
  const school = `Trường THPT ${patron}`;
  const id = `${code}-THPT${pad2(ctx.usedPatrons.size)}`;
  const unit = b.unit({ id, name: `Chi bộ ${school}`, kind: 'co_so', domain: 'truong_thpt', parent: ctx.root, place: ctx.name, district: ctx.index });
  const bgh = b.unit({ id: `${id}-BGH`, name: `Ban Giám hiệu ${school}`, kind: 'tap_the', domain: 'tap_the', parent: unit, place: ctx.name, district: ctx.index });
  b.populate(unit, members, school, opts.fixed);
  const posts: PostDef[] = [
    { group: 'hieu_truong', title: `Hiệu trưởng ${school}`, collective: bgh, home: unit, heads: [unit, bgh] },
    ...Array.from({ length: opts.deputies ?? 2 }, () => ({ group: 'pho_hieu_truong', title: `Phó Hiệu trưởng ${school}`, collective: bgh, home: unit, heads: [] as Unit[] }))
  ];
  b.assignPosts(posts, rng, (d) => holderDraw(rng, d.home));
  return unit;
}

/** Chi bộ cơ sở of an enterprise; a Ban Giám đốc when it has ten members or more. */
function buildEnterprise(ctx: DistrictContext, members: number): Unit {
  const { b, code, rng } = ctx;
  const company = `Công ty ${nextCompany(ctx)}`;
  const id = `${code}-DN${pad2(ctx.usedCompanies.size)}`;
  const unit = b.unit({ id, name: `Chi bộ ${company}`, kind: 'co_so', domain: 'doanh_nghiep', parent: ctx.root, place: ctx.name, district: ctx.index });
  b.populate(unit, members, company);
  if (members >= 10) {
    const bgd = b.unit({ id: `${id}-BGD`, name: `Ban Giám đốc ${company}`, kind: 'tap_the', domain: 'tap_the', parent: unit, place: ctx.name, district: ctx.index });
    b.assignPosts(
      [
        { group: 'giam_doc_doanh_nghiep', title: `Giám đốc ${company}`, collective: bgd, home: unit, heads: [unit, bgd] },
        { group: 'pho_giam_doc_doanh_nghiep', title: `Phó Giám đốc ${company}`, collective: bgd, home: unit, heads: [] }
      ],
      rng,
      (d) => holderDraw(rng, d.home)
    );
  } else b.chooseHeads(unit, unit.members, rng);
  return unit;
}

/** A đảng bộ cơ sở made of cells (health centre, police, military), optionally with a leadership. */
function buildCellular(
  ctx: DistrictContext,
  suffix: string,
  name: string,
  domain: Domain,
  cellDomain: Domain,
  cellNames: readonly string[],
  size: [number, number],
  leadership?: { tapThe: string; chief: [string, string]; deputies: [string, string, number] }
): Unit {
  const { b, code, rng } = ctx;
  const id = `${code}-${suffix}`;
  const unit = b.unit({ id, name, kind: 'co_so', domain, parent: ctx.root, place: ctx.name, district: ctx.index });
  const collective = leadership ? b.unit({ id: `${id}-LD`, name: leadership.tapThe, kind: 'tap_the', domain: 'tap_the', parent: unit, place: ctx.name, district: ctx.index }) : null;
  const cells = cellNames.map((cn, i) => {
    const c = b.unit({ id: `${id}-CB${pad2(i + 1)}`, name: `Chi bộ ${cn}`, kind: 'chi_bo', domain: cellDomain, parent: unit, place: ctx.name, district: ctx.index });
    b.populate(c, range(rng, size), `${cn}, ${name.replace(/^Đảng bộ /, '')}`);
    return c;
  });
  if (leadership && collective) {
    const [dg, dt, dn] = leadership.deputies;
    b.assignPosts(
      [
        { group: leadership.chief[0], title: leadership.chief[1], collective, home: cells[0], heads: [unit, collective] },
        ...Array.from({ length: dn }, (_, i) => ({ group: dg, title: dt, collective, home: cells[(i + 1) % cells.length], heads: [] as Unit[] }))
      ],
      rng,
      (d) => holderDraw(rng, d.home)
    );
  } else b.chooseHeads(unit, cells[0].members, rng);
  for (const c of cells) b.chooseHeads(c, c.members, rng);
  return unit;
}
