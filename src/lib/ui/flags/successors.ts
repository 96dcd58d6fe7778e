/**
 * The unit that answers today for the unit a flag is about, when that unit no longer exists (the
 * 2025 reorganisation merged communes and abolished district committees): the flag's own
 * `successor:` items (its `related` column), else the dataset's unit_successors. Pure.
 */
import type { Flag } from '../../rules/types';

/** The items of a `related` cell of one type: "successor:X; person:P" → successor → ['X']. */
export function relatedIds(related: string | null | undefined, type: string): string[] {
  if (!related) return [];
  const prefix = `${type}:`;
  return related
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item.startsWith(prefix))
    .map((item) => item.slice(prefix.length));
}

/** The unit a flag belongs to in the tree: a unit subject itself, else the flag's unit. */
export function flagUnit(flag: Pick<Flag, 'subject_type' | 'subject_id' | 'unit_id'>): string | null {
  return flag.subject_type === 'unit' ? flag.subject_id : flag.unit_id;
}

/** The successors of the flag's unit (none when the unit is still in force or nothing answers for it). */
export function flagSuccessors(
  flag: Pick<Flag, 'subject_type' | 'subject_id' | 'unit_id'> & { related?: string | null },
  successors: ReadonlyMap<string, readonly string[]>
): readonly string[] {
  const own = relatedIds(flag.related, 'successor');
  if (own.length) return own;
  const unit = flagUnit(flag);
  return (unit !== null && successors.get(unit)) || [];
}

/** unit_successors rows → successors by unit. */
export function successorMap(rows: readonly { unit_id: string; successor_id: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) (map.get(r.unit_id) ?? map.set(r.unit_id, []).get(r.unit_id)!).push(r.successor_id);
  return map;
}
