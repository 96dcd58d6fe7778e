/** Duplicate keys: each table's key is unique; a repeat names the key, its value and both rows. */
import type { Problem } from './problems';
import type { TableName } from './schema';
import { describeLocation, where, type ParsedTable } from './table-builder';

// units: unit_id repeats, one row per placement; validate-periods.ts checks that they do not overlap.
export const TABLE_KEYS: Partial<Record<TableName, readonly string[]>> = {
  people: ['person_id'],
  ratings: ['year', 'subject_type', 'subject_id', 'track'],
  reviews: ['person_id', 'year']
};

// The id column of each key: rows are grouped by it, and the few rows of one id compared in full
// (a million-entry map of composite string keys costs several times more).
const GROUP_BY: Partial<Record<TableName, string>> = { people: 'person_id', ratings: 'subject_id', reviews: 'person_id' };

// track is NULL on unit rows by design; every other key column must be set for the key to count.
const NULLABLE_KEY_COLUMNS = new Set(['track']);

export function validateKeys(t: ParsedTable, problems: Problem[]): void {
  const key = TABLE_KEYS[t.table];
  const groupBy = GROUP_BY[t.table];
  if (!key || !groupBy) return;
  const rest = key.filter((c) => c !== groupBy);
  const label = key.map((c) => t.headerOf[c] ?? c).join(', ');
  // id → [rest-of-key, row index, rest-of-key, row index, …]
  const seen = new Map<unknown, (string | number)[]>();
  const { data } = t;
  rows: for (let i = 0; i < data.length; i++) {
    let k = '';
    for (const c of key) if (data.get(i, c) === null && !NULLABLE_KEY_COLUMNS.has(c)) continue rows; // reported as a cell problem
    for (const c of rest) k += `${data.get(i, c) ?? ''}\u0001`;
    const id = data.get(i, groupBy);
    const group = seen.get(id);
    if (group === undefined) {
      seen.set(id, [k, i]);
      continue;
    }
    const at = group.indexOf(k);
    if (at < 0) {
      group.push(k, i);
      continue;
    }
    const value = key.map((c) => data.get(i, c) ?? '').join(', ');
    const first = where(t, group[at + 1] as number);
    const here = where(t, i);
    const sameFile = first.file === here.file && first.sheet === here.sheet && first.row !== undefined && here.row !== undefined;
    const firstText = sameFile ? `dòng ${first.row}` : describeLocation(first);
    const rows = sameFile ? `rows ${first.row} and ${here.row}` : `${describeLocation(first)} and ${describeLocation(here)}`;
    problems.push({
      severity: 'error',
      ...here,
      column: here.row === undefined ? undefined : label,
      message: `trùng khóa (${key.join(', ')}) = (${value}) với ${firstText} (duplicate key (${key.join(', ')}) = (${value}): ${rows})`,
      expected: 'duy nhất (unique)',
      found: value
    });
  }
}
