/**
 * References between tables: every id a row points to exists, the unit tree has no cycle, and a
 * review has a rating for the same person and year (a warning: the review is kept).
 */
import type { Problem } from './problems';
import type { TableName } from './schema';
import { where, type ParsedTable } from './table-builder';

type Tables = Partial<Record<TableName, ParsedTable>>;

export function validateReferences(tables: Tables, problems: Problem[]): void {
  const { units, people, ratings, reviews, disciplines } = tables;
  const unitIds = idSet(units, 'unit_id');
  const personIds = idSet(people, 'person_id');
  const target = {
    unit: { ids: unitIds, table: units, what: 'đơn vị', en: 'unit' },
    person: { ids: personIds, table: people, what: 'đảng viên', en: 'person' }
  } as const;

  function check(t: ParsedTable, i: number, column: string, kind: 'unit' | 'person'): void {
    const v = t.data.get(i, column) ?? null;
    const to = target[kind];
    if (v === null || !to.ids || to.ids.has(String(v))) return;
    const toFile = to.table?.file ?? `${kind === 'unit' ? 'units' : 'people'}.csv`;
    const at = where(t, i);
    problems.push({
      severity: 'error',
      ...at,
      column: at.row === undefined ? undefined : t.headerOf[column] ?? column,
      message: `không có ${to.what} "${v}" trong ${toFile} (unknown ${to.en} id: not in ${toFile})`,
      found: String(v)
    });
  }

  if (units) {
    for (let i = 0; i < units.data.length; i++) check(units, i, 'parent_id', 'unit');
    findCycles(units, problems);
  }
  for (const t of [ratings, disciplines]) {
    if (!t) continue;
    for (let i = 0; i < t.data.length; i++) {
      const st = t.data.get(i, 'subject_type');
      if (st === 'person' || st === 'unit') check(t, i, 'subject_id', st);
      if (t === ratings) {
        check(t, i, 'unit_id', 'unit');
        check(t, i, 'head_id', 'person');
      }
    }
  }
  if (reviews) {
    for (let i = 0; i < reviews.data.length; i++) check(reviews, i, 'person_id', 'person');
    if (ratings) warnReviewsWithoutRating(reviews, ratings, problems);
  }
}

function idSet(t: ParsedTable | undefined, column: string): Set<string> | null {
  // A missing table or id column is reported once; no flood of reference errors follows from it.
  if (!t || t.headerOf[column] === undefined) return null;
  const s = new Set<string>();
  for (let i = 0; i < t.data.length; i++) {
    const v = t.data.get(i, column);
    if (v !== null && v !== undefined) s.add(String(v));
  }
  return s;
}

/** One error per cycle in parent_id, on the row of the unit where the walk closed it. */
function findCycles(units: ParsedTable, problems: Problem[]): void {
  const parentOf = new Map<string, string>();
  const rowOf = new Map<string, number>(); // unit → its row index
  for (let i = 0; i < units.data.length; i++) {
    const unit = units.data.get(i, 'unit_id');
    const parent = units.data.get(i, 'parent_id');
    if (unit === null) continue;
    const id = String(unit);
    if (!rowOf.has(id)) rowOf.set(id, i);
    if (parent !== null) parentOf.set(id, String(parent));
  }
  const state = new Map<string, 1 | 2>(); // 1: on the current walk, 2: known to reach a root
  for (const start of rowOf.keys()) {
    const path: string[] = [];
    let u: string | undefined = start;
    while (u !== undefined && !state.has(u)) {
      state.set(u, 1);
      path.push(u);
      u = parentOf.get(u);
    }
    if (u !== undefined && state.get(u) === 1) {
      const cycle = path.slice(path.indexOf(u));
      const at = cycle.reduce((a, b) => (rowOf.get(a)! <= rowOf.get(b)! ? a : b));
      problems.push({
        severity: 'error',
        ...where(units, rowOf.get(at)!),
        column: units.headerOf.parent_id ?? 'parent_id',
        message: `vòng lặp đơn vị cấp trên: ${[...cycle, cycle[0]].join(' → ')} (cycle in parent_id)`,
        found: cycle.join(' → ')
      });
    }
    for (const p of path) state.set(p, 2);
  }
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
