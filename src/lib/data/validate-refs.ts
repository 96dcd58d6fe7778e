/**
 * References between tables: every id a row points to exists, a rated unit is in the tree of the
 * rating's year, the tree of each year has no cycle, a unit's placements do not overlap, and a
 * review has a rating for the same person and year (a warning: the review is kept).
 */
import { hasPeriods, inForceDuring, parentsOfYear, placementsByUnit, type Placement } from './placements';
import type { Problem } from './problems';
import type { TableName } from './schema';
import { describeLocation, where, type ParsedTable } from './table-builder';
import { validatePeriods } from './validate-periods';

type Tables = Partial<Record<TableName, ParsedTable>>;

export function validateReferences(tables: Tables, problems: Problem[]): void {
  const { units, unit_changes, people, ratings, reviews, disciplines } = tables;
  const unitIds = idSet(units, 'unit_id');
  const personIds = idSet(people, 'person_id');
  const placements = units && unitIds ? placementsByUnit(units) : null;
  for (const t of [units, people]) if (t?.incomplete) problems.push(notChecked(t));
  const target = {
    unit: { ids: unitIds, table: units, what: 'đơn vị', en: 'unit' },
    person: { ids: personIds, table: people, what: 'đảng viên', en: 'person' }
  } as const;

  /** Does the id exist? Reports it when not (a missing table or id column: reported elsewhere, counts as yes). */
  function check(t: ParsedTable, i: number, column: string, kind: 'unit' | 'person'): boolean {
    const v = t.data.get(i, column) ?? null;
    const to = target[kind];
    if (v === null || !to.ids || to.ids.has(String(v))) return true;
    const toFile = to.table?.file ?? `${kind === 'unit' ? 'units' : 'people'}.csv`;
    const at = where(t, i);
    problems.push({
      severity: 'error',
      ...at,
      column: at.row === undefined ? undefined : t.headerOf[column] ?? column,
      message: `không có ${to.what} "${v}" trong ${toFile} (unknown ${to.en} id: not in ${toFile})`,
      found: String(v)
    });
    return false;
  }

  const dated = placements !== null && hasPeriods(placements);
  /** A rated unit must have a placement in force during the rating year (it is then in that year's tree). */
  function checkInForce(t: ParsedTable, i: number, column: string): void {
    const id = t.data.get(i, column);
    const year = t.data.get(i, 'year');
    if (!dated || id === null || typeof year !== 'number') return;
    const list = placements!.get(String(id));
    // An inverted period is reported on its own row; the ratings it would strand are not reported again.
    if (!list || list.some((p) => inForceDuring(p, year) || (p.from !== null && p.to !== null && p.from > p.to))) return;
    const at = where(t, i);
    const periods = list.map((p) => `${describeLocation(where(units!, p.index))}: ${p.from ?? '…'} – ${p.to ?? '…'}`).join('; ');
    problems.push({
      severity: 'error',
      ...at,
      column: at.row === undefined ? undefined : t.headerOf[column] ?? column,
      message: `đơn vị "${id}" không có trong cây tổ chức năm ${year}: không thời kỳ hiệu lực nào của nó rơi vào năm ${year} (${periods}) (unit ${id} is not in the tree of ${year}: none of its placements is in force that year)`,
      expected: `một đơn vị có hiệu lực trong năm ${year} (a unit in force in ${year})`,
      found: String(id)
    });
  }

  if (units) {
    for (let i = 0; i < units.data.length; i++) check(units, i, 'parent_id', 'unit');
    if (placements) {
      validatePeriods(units, placements, problems);
      const years = dated ? yearsOf(ratings) : [];
      findCycles(units, placements, years, problems);
      warnParentsOutOfForce(units, placements, years, problems);
    }
  }
  if (unit_changes) {
    for (let i = 0; i < unit_changes.data.length; i++) {
      check(unit_changes, i, 'from_unit_id', 'unit');
      check(unit_changes, i, 'to_unit_id', 'unit');
    }
  }
  for (const t of [ratings, disciplines]) {
    if (!t) continue;
    for (let i = 0; i < t.data.length; i++) {
      const st = t.data.get(i, 'subject_type');
      if (st === 'person' || st === 'unit') {
        if (check(t, i, 'subject_id', st) && st === 'unit' && t === ratings) checkInForce(t, i, 'subject_id');
      }
      if (t === ratings) {
        if (check(t, i, 'unit_id', 'unit') && st === 'person') checkInForce(t, i, 'unit_id');
        check(t, i, 'head_id', 'person');
      }
    }
  }
  if (reviews) {
    for (let i = 0; i < reviews.data.length; i++) check(reviews, i, 'person_id', 'person');
    if (ratings) warnReviewsWithoutRating(reviews, ratings, problems);
  }
}

/** Every year from the first to the last rating year: the years that have a tree. */
function yearsOf(ratings: ParsedTable | undefined): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  if (ratings)
    for (let i = 0; i < ratings.data.length; i++) {
      const y = ratings.data.get(i, 'year');
      if (typeof y === 'number') (lo = Math.min(lo, y)), (hi = Math.max(hi, y));
    }
  return lo > hi ? [] : Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}

/**
 * A placement whose parent has no placement in force in a year of its own: that year's tree makes
 * the unit a root (its quotas and grassroots organisation then miss the parent). A warning, once per row.
 */
function warnParentsOutOfForce(units: ParsedTable, byUnit: Map<string, Placement[]>, years: readonly number[], problems: Problem[]): void {
  const warned = new Set<number>();
  for (const year of years) {
    const tree = parentsOfYear(byUnit, year);
    for (const p of tree.values()) {
      if (p.parentId === null || tree.has(p.parentId) || !byUnit.has(p.parentId) || warned.has(p.index)) continue;
      warned.add(p.index);
      const at = where(units, p.index);
      problems.push({
        severity: 'warning',
        ...at,
        column: at.row === undefined ? undefined : units.headerOf.parent_id ?? 'parent_id',
        message: `đơn vị cấp trên "${p.parentId}" của "${p.unitId}" không có hiệu lực trong năm ${year}: cây tổ chức năm ${year} coi "${p.unitId}" là gốc (the parent ${p.parentId} is not in force in ${year}; ${p.unitId} is a root of that year's tree)`,
        found: p.parentId
      });
    }
  }
}

function idSet(t: ParsedTable | undefined, column: string): Set<string> | null {
  // A missing table or id column, or a file not read whole, is reported once; no flood of reference errors follows from it.
  if (!t || t.incomplete || t.headerOf[column] === undefined) return null;
  const s = new Set<string>();
  for (let i = 0; i < t.data.length; i++) {
    const v = t.data.get(i, column);
    if (v !== null && v !== undefined) s.add(String(v));
  }
  return s;
}

/** The one line that stands for every reference into a table that could not be read whole. */
function notChecked(t: ParsedTable): Problem {
  return {
    severity: 'warning',
    file: t.file,
    message: `chưa kiểm tra các mã tham chiếu đến ${t.file} vì tệp này không đọc được trọn vẹn; sửa lỗi của tệp trước (references to this file not checked: it could not be read whole; fix its error first)`
  };
}

/**
 * One error per cycle in parent_id, on the row of the unit where the walk closed it. The tree of
 * each rating year is walked (`years`; none: one tree of the latest placements), each cycle reported once.
 */
function findCycles(units: ParsedTable, byUnit: Map<string, Placement[]>, years: readonly number[], problems: Problem[]): void {
  const reported = new Set<string>();
  for (const year of years.length ? years : [undefined]) {
    for (const cycle of cyclesOf(parentsOfYear(byUnit, year))) {
      const key = [...cycle.map((p) => p.index)].sort((a, b) => a - b).join(',');
      if (reported.has(key)) continue;
      reported.add(key);
      const at = cycle.reduce((a, b) => (a.index <= b.index ? a : b));
      const ids = cycle.map((p) => p.unitId);
      problems.push({
        severity: 'error',
        ...where(units, at.index),
        column: units.headerOf.parent_id ?? 'parent_id',
        message: `vòng lặp đơn vị cấp trên${year === undefined ? '' : ` (năm ${year})`}: ${[...ids, ids[0]].join(' → ')} (cycle in parent_id)`,
        found: ids.join(' → ')
      });
    }
  }
}

/** The cycles of one tree (unit → its placement), each as the placements along it in walk order. */
function cyclesOf(tree: Map<string, Placement>): Placement[][] {
  const cycles: Placement[][] = [];
  const state = new Map<string, 1 | 2>(); // 1: on the current walk, 2: known to reach a root
  for (const start of tree.keys()) {
    const path: string[] = [];
    let u: string | undefined = start;
    while (u !== undefined && tree.has(u) && !state.has(u)) {
      state.set(u, 1);
      path.push(u);
      u = tree.get(u)!.parentId ?? undefined;
    }
    if (u !== undefined && state.get(u) === 1) cycles.push(path.slice(path.indexOf(u)).map((id) => tree.get(id)!));
    for (const p of path) state.set(p, 2);
  }
  return cycles;
}

function warnReviewsWithoutRating(reviews: ParsedTable, ratings: ParsedTable, problems: Problem[]): void {
  const rated = new Set<string>();
  const rd = ratings.data;
  for (let i = 0; i < rd.length; i++) if (rd.get(i, 'subject_type') === 'person') rated.add(`${rd.get(i, 'subject_id')}\u0001${rd.get(i, 'year')}`);
  for (let i = 0; i < reviews.data.length; i++) {
    const person = reviews.data.get(i, 'person_id');
    const year = reviews.data.get(i, 'year');
    if (person === null || year === null || rated.has(`${person}\u0001${year}`)) continue;
    const at = where(reviews, i);
    problems.push({
      severity: 'warning',
      ...at,
      column: at.row === undefined ? undefined : reviews.headerOf.person_id ?? 'person_id',
      message: `bản kiểm điểm của ${person} năm ${year} không có xếp loại tương ứng trong ${ratings.file} (review without a rating for that person and year)`,
      found: `${person}, ${year}`
    });
  }
}
