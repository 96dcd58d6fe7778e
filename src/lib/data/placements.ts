/**
 * The placements of units over time, read from the parsed units table: what the validator needs to
 * know of the tree of a year before anything reaches an engine. The engine builds the same tree in
 * SQL (src/lib/sql/tree.ts); both follow one definition: the tree of year Y holds each unit's
 * placement in force on 31 December Y, or, for a unit that ceased during Y, its last placement in Y.
 */
import type { ParsedTable } from './table-builder';

export interface Placement {
  /** Row index in the parsed table. */
  index: number;
  unitId: string;
  parentId: string | null;
  /** 'YYYY-MM-DD' or null (since ever / still in force). */
  from: string | null;
  to: string | null;
}

/** Every unit's placements, earliest first (a placement "since ever" comes first). */
export function placementsByUnit(units: ParsedTable): Map<string, Placement[]> {
  const out = new Map<string, Placement[]>();
  const { data } = units;
  for (let i = 0; i < data.length; i++) {
    const id = data.get(i, 'unit_id');
    if (id === null) continue;
    const parent = data.get(i, 'parent_id');
    const p: Placement = { index: i, unitId: String(id), parentId: parent === null ? null : String(parent), from: dateOf(data.get(i, 'valid_from')), to: dateOf(data.get(i, 'valid_to')) };
    const list = out.get(p.unitId);
    if (list) list.push(p);
    else out.set(p.unitId, [p]);
  }
  for (const list of out.values()) if (list.length > 1) list.sort(byStart);
  return out;
}

function dateOf(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function byStart(a: Placement, b: Placement): number {
  if (a.from === b.from) return a.index - b.index;
  if (a.from === null) return -1;
  if (b.from === null) return 1;
  return a.from < b.from ? -1 : 1;
}

/** Does the placement's period share a day with year Y? */
export function inForceDuring(p: Placement, year: number): boolean {
  return (p.from === null || p.from <= `${year}-12-31`) && (p.to === null || p.to >= `${year}-01-01`);
}

/** The unit's placement in the tree of year Y: the last one in force during Y (periods do not overlap). */
export function placementOfYear(list: readonly Placement[], year: number): Placement | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (inForceDuring(list[k], year)) return list[k];
  return undefined;
}

/** Does any placement carry a date? Without dates every year has the same tree. */
export function hasPeriods(byUnit: Map<string, Placement[]>): boolean {
  for (const list of byUnit.values()) for (const p of list) if (p.from !== null || p.to !== null) return true;
  return false;
}

/** unit → parent in the tree of year Y (or, with `year` undefined, of the latest placements). */
export function parentsOfYear(byUnit: Map<string, Placement[]>, year: number | undefined): Map<string, Placement> {
  const out = new Map<string, Placement>();
  for (const [id, list] of byUnit) {
    const p = year === undefined ? list[list.length - 1] : placementOfYear(list, year);
    if (p) out.set(id, p);
  }
  return out;
}
