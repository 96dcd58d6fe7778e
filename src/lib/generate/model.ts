/**
 * The generator's in-memory world: units, persons, offices and, per rating year, every level, pin,
 * self-assessment, score and date. Compact on purpose (typed arrays per person): the province scale
 * holds ~150,000 persons. Rows are only materialised when written (emit.ts).
 */
import type { RuleId } from '../domain/rule-ids';
import type { UnitKind } from '../data/schema';
import { DISCIPLINE_LABELS } from '../domain/disciplines';

export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2025;
export const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;
export const YEARS: readonly number[] = Array.from({ length: YEAR_COUNT }, (_, i) => FIRST_YEAR + i);
/** The first year rated with a 100-point score (QĐ 366). */
export const SCORED_FROM = 2025;
/** Version 2: the reorganisation takes effect on 1 July 2025; old placements end the day before. */
export const REORG_YI = 2025 - FIRST_YEAR;
export const REORG_DAY = '2025-07-01';
export const LAST_OLD_DAY = '2025-06-30';
/** Every year index set. */
export const ALL_YEARS = (1 << YEAR_COUNT) - 1;

/**
 * Why a member has no level in a year (version 2): the canonical not_rated codes, and `no_row`
 * for a year with no row at all (a late admission, or a planted missing rating).
 */
export const NOT_RATED = { mien: 1, om_dau: 2, chua_du_thoi_gian: 3, dinh_chi: 4, khac: 5, no_row: 9 } as const;
export type NotRatedCode = (typeof NOT_RATED)[keyof typeof NOT_RATED];
export const NOT_RATED_NAMES: Record<number, string> = { 1: 'mien', 2: 'om_dau', 3: 'chua_du_thoi_gian', 4: 'dinh_chi', 5: 'khac' };

/** Ranks as in docs/rules.md; 0 = no rating / no pin. */
export const HTXSNV = 4, HTTNV = 3, HTNV = 2, KHTNV = 1;

/** What kind of organisation a unit is, for names, roles and the wording of reviews. */
export type Domain =
  | 'tinh' | 'huyen' | 'xa' | 'thi_tran' | 'thon' | 'to_dan_pho' | 'co_quan_xa' | 'truong_xa' | 'cong_an_xa' | 'quan_su_xa'
  | 'co_quan_dang' | 'ban_dang' | 'chinh_quyen' | 'phong' | 'truong_thpt' | 'tieu_hoc' | 'y_te' | 'khoa' | 'doanh_nghiep'
  | 'cong_an' | 'doi_cong_an' | 'quan_su' | 'ban_quan_su' | 'thue' | 'tap_the';

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  domain: Domain;
  parent: Unit | null;
  children: Unit[];
  /** Locality written in the footer of reviews ("Tân Lập", "Yên Phong"). */
  place: string;
  /** Persons whose party-member rating is in this unit (cells: chi_bo, or a co_so without cells). */
  members: Person[];
  /** Head (người đứng đầu) per year index. */
  head: (Person | null)[];
  level: Int8Array;
  /** Level fixed by a planted case (0 = free). */
  pin: Int8Array;
  selfLevel: Int8Array;
  /** Decision date of the unit's own rating row per year, as month*100+day (1205 = 5 December). */
  decided: Int16Array;
  /** Date the unit rated its members (cells) or its leaders (collectives) per year, month*100+day. */
  meeting: Int16Array;
  /** 2025 score (NaN = none). */
  score: number;
  /** Owned by a planted case: background draws (disciplines, copies…) leave it alone. */
  planted: boolean;
  /** Membership fixed for all years (planted cells: counts must be exact). */
  fixedMembership: boolean;
  /** Index of its district (0-based; -1 above districts). */
  district: number;
  /** Years (bit per year index) the unit is in the tree with a rating row; version 2 clears years before it existed or after it ceased, or planted missing rows. */
  years: number;
  /** Years the unit is in the tree but has no rating row (version 2: a planted missing rating; a committee above the data). */
  noRow: number;
  /** Version 2: the placement from 2025-07-01 when the reorganisation moved or renamed the unit. */
  after: { parent: Unit | null; name: string } | null;
  /** Version 2: the children in the tree of 2025 when they differ from `children` (the tree of 2018–2024). */
  childrenAfter: Unit[] | null;
  /** Version 2: first and last day of the unit when it began or ended in the data's years. */
  validFrom: string | null;
  validTo: string | null;
}

export interface LeaderPost {
  /** position_group (group of equivalent positions). */
  group: string;
  /** The collective the leader is rated in (ratings.unit_id of the leader row). */
  collective: Unit;
  /** Chức vụ as written on the review. */
  title: string;
}

export type Gender = 'nam' | 'nu';

export interface Person {
  index: number;
  id: string;
  name: string;
  gender: Gender;
  birthYear: number;
  cell: Unit;
  /** First and last year index with a party-member rating (inclusive). */
  from: number;
  to: number;
  /** Stays the whole period; offices go to permanent members only. */
  permanent: boolean;
  /** Role family for the wording of reviews (roles.ts). */
  role: string;
  /** Chức vụ when holding no leader post. */
  job: string;
  /** Party-member track per year: level, pin, self level (0 = none). */
  pm: Int8Array;
  pmPin: Int8Array;
  pmSelf: Int8Array;
  pmScore: number;
  /** Leader post per year (null = none); the array itself is null for non-leaders. */
  posts: (LeaderPost | null)[] | null;
  ld: Int8Array | null;
  ldPin: Int8Array | null;
  ldSelf: Int8Array | null;
  ldScore: number;
  /** Owned by a planted case (ratings or text): background draws leave the person alone. */
  planted: boolean;
  /** Years (index) with a discipline decision. */
  disciplinedYears: number;
  /** Version 2: date of admission and of leaving (undefined: not drawn yet; null: not given). */
  joinedOn?: string | null;
  leftOn?: string | null;
  /** Version 2: not-rated code per year index (NOT_RATED; 0 = rated), and the note of `khac`. */
  status?: Int8Array;
  statusNote?: Map<number, string>;
  /** Version 2: rated on the civil_servant track in the years rated as a member. */
  civilServant?: boolean;
  cs?: Int8Array;
  csPin?: Int8Array;
  csSelf?: Int8Array;
  csScore?: number;
}

/** A member with a party-member level in year index yi. */
export function present(p: Person, yi: number): boolean {
  return yi >= p.from && yi <= p.to && !p.status?.[yi];
}

/** A member in year index yi, rated or not. */
export function member(p: Person, yi: number): boolean {
  return yi >= p.from && yi <= p.to;
}

export type SubjectType = 'person' | 'unit' | 'group';

/** The checks version 2 adds (their ids may not be registered yet where this is built). */
export const V2_RULES = ['missing_rating', 'track_mismatch'] as const;
export type TruthRule = RuleId | (typeof V2_RULES)[number];

/** One flag the checks must produce (truth.csv). */
export interface TruthRow {
  rule: TruthRule;
  year: number;
  subject_type: SubjectType;
  subject_id: string;
  case: string;
}

/** A planted hard negative: a configuration that must NOT be flagged by `rule`. */
export interface NegativeCase extends TruthRow {}

export type PartyForm = 'khien_trach' | 'canh_cao' | 'cach_chuc' | 'khai_tru' | 'giai_tan';
/** Administrative discipline of cadres, civil servants and public employees (version 2). */
export type AdministrativeForm = 'khien_trach' | 'canh_cao' | 'ha_bac_luong' | 'giang_chuc' | 'cach_chuc' | 'buoc_thoi_viec';

const ADMINISTRATIVE_LABELS: Record<string, string> = { ha_bac_luong: 'Hạ bậc lương', giang_chuc: 'Giáng chức', buoc_thoi_viec: 'Buộc thôi việc' };

/** The Vietnamese label of a discipline form, as files write it ("Khiển trách", "Hạ bậc lương"). */
export function formLabel(form: Discipline['form']): string {
  return form in DISCIPLINE_LABELS ? DISCIPLINE_LABELS[form as PartyForm].vi : ADMINISTRATIVE_LABELS[form];
}

export interface Discipline {
  subjectType: 'person' | 'unit';
  subjectId: string;
  decided: string;
  form: PartyForm | AdministrativeForm;
  /** Version 2: 'chinh_quyen' for administrative discipline; party discipline when absent. */
  system?: 'dang' | 'chinh_quyen';
  violationFrom: number | null;
  violationTo: number | null;
  selfDetected: boolean;
  decisionNo: string;
  reason: string;
}

/** One row of unit_changes.csv (version 2); effective on REORG_DAY. */
export interface UnitChange {
  from: string;
  to: string;
  kind: 'merge' | 'split' | 'rename' | 'transfer';
  decisionNo: string;
}

export interface World {
  seed: number;
  /** Version of the data contract being built. */
  format: 1 | 2;
  unitChanges: UnitChange[];
  /** Version 2: grassroots organisations with their cells per year index (the tree of that year). */
  grassrootsByYear: { unit: Unit; cells: Unit[] }[][] | null;
  /** Version 2: persons planted with a party-member level above a leader or civil-servant level (#18). */
  intendedTrackMismatch: Set<string>;
  roots: Unit[];
  /** Every unit in tree order (parents before children). */
  units: Unit[];
  persons: Person[];
  /** Grassroots organisations (kind co_so) with the cells (units with members) at or below each. */
  grassroots: { unit: Unit; cells: Unit[] }[];
  disciplines: Discipline[];
  truth: TruthRow[];
  negatives: NegativeCase[];
  /** Quota groups where a planted case breaches on purpose: the background must not repair them. */
  intendedMemberQuota: Set<string>;
  intendedUnitQuota: Set<string>;
  intendedLeaderQuota: Set<string>;
  /** Excellent units planted to fail the criteria of #8. */
  intendedCriteria: Set<string>;
  /** Decision dates set by planted cases, by row key (rowKey()). */
  dateOverrides: Map<string, number>;
  /** Scores set by planted cases, by row key. */
  scoreOverrides: Map<string, number>;
  /** Text plants, by "person_id|year". */
  reviewPlants: Map<string, ReviewPlant>;
}

/** How a planted self-review is made (years are calendar years). */
export type ReviewPlant =
  /** The review of `from`, unchanged (retitle: with this year's header and date); nfd: stored decomposed. */
  | { kind: 'exact_copy'; from: number; retitle: boolean; nfd: boolean }
  /** The review of `from` with the year, the date and two sentences changed. */
  | { kind: 'edited_copy'; from: number }
  /** The review of `from` with its sentences reordered within each section. */
  | { kind: 'reordered_copy'; from: number }
  /** A colleague's review of the same year with name, position and a sentence or two changed. */
  | { kind: 'colleague_copy'; source: Person }
  /** This year's own review, but section II as in `baseYear` with the last clause cut. */
  | { kind: 'repeated_weaknesses'; baseYear: number }
  /** Version 2: this year's own weaknesses, but the causes (part 2 of section II) of `baseYear` word for word. */
  | { kind: 'repeated_causes'; baseYear: number };

/** In the tree of year index yi (version 1: every unit, every year). */
export function inTree(u: Unit, yi: number): boolean {
  return ((u.years >> yi) & 1) === 1;
}

/** Has a rating row in year index yi. */
export function ratedIn(u: Unit, yi: number): boolean {
  return inTree(u, yi) && !((u.noRow >> yi) & 1);
}

/** The children of `u` in the tree of year index yi. */
export function childrenIn(u: Unit, yi: number): Unit[] {
  const list = yi === REORG_YI && u.childrenAfter ? u.childrenAfter : u.children;
  return list.filter((c) => inTree(c, yi));
}

/** The children of `u` with a rating row in year index yi. */
export function ratedChildren(u: Unit, yi: number): Unit[] {
  return childrenIn(u, yi).filter((c) => ratedIn(c, yi));
}

/** The parent of `u` in the tree of year index yi. */
export function parentIn(u: Unit, yi: number): Unit | null {
  return yi === REORG_YI && u.after ? u.after.parent : u.parent;
}

export function quotaKey(id: string, yi: number): string {
  return `${id}|${yi}`;
}

/** Key of one rating row: subject, track, year. */
export function rowKey(subjectId: string, track: 'unit' | 'party_member' | 'leader' | 'civil_servant', yi: number): string {
  return `${subjectId}|${track}|${yi}`;
}

export function newUnit(init: { id: string; name: string; kind: UnitKind; domain: Domain; parent: Unit | null; place: string; district: number }): Unit {
  const u: Unit = {
    ...init,
    children: [],
    members: [],
    head: new Array(YEAR_COUNT).fill(null),
    level: new Int8Array(YEAR_COUNT),
    pin: new Int8Array(YEAR_COUNT),
    selfLevel: new Int8Array(YEAR_COUNT),
    decided: new Int16Array(YEAR_COUNT),
    meeting: new Int16Array(YEAR_COUNT),
    score: NaN,
    planted: false,
    fixedMembership: false,
    years: ALL_YEARS,
    noRow: 0,
    after: null,
    childrenAfter: null,
    validFrom: null,
    validTo: null
  };
  if (init.parent) init.parent.children.push(u);
  return u;
}
