/**
 * A unit's placements (rows of units.csv with one unit_id) must not overlap: in any one day a unit
 * has one name, one parent and one kind. Two rows of one unit without dates overlap everywhere
 * (the version-1 "duplicate unit_id").
 */
import type { Placement } from './placements';
import type { Problem } from './problems';
import { describeLocation, where, type ParsedTable } from './table-builder';

const period = (p: Placement) => `${p.from ?? '…'} – ${p.to ?? '…'}`;

/** `byUnit`: placementsByUnit(units), earliest first. One error per row that overlaps an earlier one. */
export function validatePeriods(units: ParsedTable, byUnit: Map<string, Placement[]>, problems: Problem[]): void {
  const dated = units.headerOf.valid_from !== undefined || units.headerOf.valid_to !== undefined;
  const column = dated ? (units.headerOf.valid_from ?? units.headerOf.valid_to) : (units.headerOf.unit_id ?? 'unit_id');
  for (const [id, list] of byUnit) {
    // The placement reaching furthest so far: a later start before its end overlaps it.
    let reach: Placement | undefined;
    for (const p of list) {
      if (reach && (reach.to === null || p.from === null || p.from <= reach.to)) problems.push(overlap(units, id, reach, p, column));
      if (!reach || (reach.to !== null && (p.to === null || p.to > reach.to))) reach = p;
    }
  }
}

function overlap(units: ParsedTable, id: string, first: Placement, here: Placement, column: string): Problem {
  const a = where(units, first.index);
  const b = where(units, here.index);
  const sameFile = a.file === b.file && a.sheet === b.sheet && a.row !== undefined && b.row !== undefined;
  const rowsVi = sameFile ? `dòng ${a.row} (${period(first)}) và dòng ${b.row} (${period(here)})` : `${describeLocation(a)} và ${describeLocation(b)}`;
  const rowsEn = sameFile ? `rows ${a.row} and ${b.row}` : `${describeLocation(a)} and ${describeLocation(b)}`;
  return {
    severity: 'error',
    ...b,
    column: b.row === undefined ? undefined : column,
    message: `đơn vị "${id}" có hai thời kỳ hiệu lực chồng lên nhau: ${rowsVi} (overlapping periods of unit_id ${id}: ${rowsEn}; one row per placement, periods must not overlap)`,
    expected: first.to === null ? `valid_to ở dòng trước, trước ${here.from ?? 'dòng này'} (the earlier row must end before this one starts)` : `valid_from > ${first.to}`,
    found: id
  };
}
