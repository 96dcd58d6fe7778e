/**
 * The generator's in-memory world: units, persons, offices and, per rating year, every level, pin,
 * self-assessment, score and date. Compact on purpose (typed arrays per person): the province scale
 * holds ~150,000 persons. Rows are only materialised when written (emit.ts).
 */
import type { RuleId } from '../domain/rule-ids';
import type { UnitKind } from '../data/schema';

export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2025;
export const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;
export const YEARS: readonly number[] = Array.from({ length: YEAR_COUNT }, (_, i) => FIRST_YEAR + i);
/** The first year rated with a 100-point score (QĐ 366). */
export const SCORED_FROM = 2025;

/** Ranks as in docs/rules.md; 0 = no rating / no pin. */
export type Rank = 0 | 1 | 2 | 3 | 4;
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
}

export function present(p: Person, yi: number): boolean {
  return yi >= p.from && yi <= p.to;
}

export type SubjectType = 'person' | 'unit' | 'group';

/** One flag the checks must produce (truth.csv). */
export interface TruthRow {
  rule: RuleId;
  year: number;
  subject_type: SubjectType;
  subject_id: string;
  case: string;
}

/** A planted hard negative: a configuration that must NOT be flagged by `rule`. */
export interface NegativeCase extends TruthRow {}

export interface Discipline {
  subjectType: 'person' | 'unit';
  subjectId: string;
  decided: string;
  form: 'khien_trach' | 'canh_cao' | 'cach_chuc' | 'khai_tru' | 'giai_tan';
  violationFrom: number | null;
  violationTo: number | null;
  selfDetected: boolean;
  decisionNo: string;
  reason: string;
}

export interface World {
  seed: number;
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
  | { kind: 'repeated_weaknesses'; baseYear: number };

export function quotaKey(id: string, yi: number): string {
  return `${id}|${yi}`;
}

/** Key of one rating row: subject, track, year. */
export function rowKey(subjectId: string, track: 'unit' | 'party_member' | 'leader', yi: number): string {
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
    fixedMembership: false
  };
  if (init.parent) init.parent.children.push(u);
  return u;
}
