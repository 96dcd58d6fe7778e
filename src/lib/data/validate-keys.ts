/** Duplicate keys: each table's key is unique; a repeat names the key, its value and both rows. */
import type { Problem } from './problems';
import type { TableName } from './schema';
import type { ParsedTable } from './table-builder';

export const TABLE_KEYS: Partial<Record<TableName, readonly string[]>> = {
  units: ['unit_id'],
  people: ['person_id'],
  ratings: ['year', 'subject_type', 'subject_id', 'track'],
  reviews: ['person_id', 'year']
};

// track is NULL on unit rows by design; every other key column must be set for the key to count.
const NULLABLE_KEY_COLUMNS = new Set(['track']);

export function validateKeys(t: ParsedTable, problems: Problem[]): void {
  const key = TABLE_KEYS[t.table];
  if (!key) return;
  const seen = new Map<string, number>();
  const label = key.map((c) => t.headerOf[c] ?? c).join(', ');
  rows: for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    let k = '';
    for (const c of key) {
      const v = row[c];
      if (v === null && !NULLABLE_KEY_COLUMNS.has(c)) continue rows; // already reported as a cell problem
      k += (k ? '\u0001' : '') + (v ?? '');
    }
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, i);
      continue;
    }
    const value = key.map((c) => row[c] ?? '').join(', ');
    const firstRow = t.rowNumbers[first];
    problems.push({
      severity: 'error',
      file: t.file,
      row: t.rowNumbers[i],
      column: label,
      message: `trùng khóa (${key.join(', ')}) = (${value}) với dòng ${firstRow} (duplicate key (${key.join(', ')}) = (${value}): rows ${firstRow} and ${t.rowNumbers[i]})`,
      expected: 'duy nhất (unique)',
      found: value
    });
  }
}
